// Where a file that is not valid JSON is broken, and why: the checker that names the usual
// mistakes first, nlohmann's exact SAX parser for anything it lets through.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/native_json/event_file_parser.h"
#include "core/native_json/json_syntax_check.h"

namespace chronomap::native_json {
namespace {

// Finds where a syntax error is, with nlohmann's SAX parser (exact byte position, good
// messages, no DOM built); only called once simdjson has said the text is not valid JSON.
struct SyntaxErrorLocator : nlohmann::json_sax<nlohmann::json> {
    size_t position = 0;
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        position = pos > 0 ? pos - 1 : 0;  // the character where the parser gave up
        message = ex.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
        if (auto at = message.find(": syntax error"); at != std::string::npos)
            message = message.substr(at + 2);
        else if (auto colon = message.find("] "); colon != std::string::npos)
            message = message.substr(colon + 2);
        return false;
    }
};

}  // namespace

bool EventFileParser::locate_syntax_error(bool replace_diagnostics) {
    // First the checker that names the usual mistakes (a missing comma at the end of the line
    // before, a trailing comma, single quotes, a truncated file ...); nlohmann's exact SAX
    // parser for anything it lets through.
    if (auto problem = check_json_syntax(text_.substr(bom_))) {
        if (replace_diagnostics) diagnostics_.clear();
        report_at(Severity::error, std::min(problem->offset + bom_, text_.size()), "",
                  std::move(problem->message), std::move(problem->hint));
        return true;
    }
    SyntaxErrorLocator locator;
    bool ok = nlohmann::json::sax_parse(text_.substr(bom_), &locator);
    if (ok) return false;
    if (replace_diagnostics) diagnostics_.clear();
    size_t offset = std::min(locator.position + bom_, text_.size());
    report_at(Severity::error, offset, "", locator.message,
              "JSON needs double quotes around names and strings, a comma between items and none "
              "after the last one; fix the file at this point and load it again");
    return true;
}

bool EventFileParser::fail_with_syntax_error() {
    if (reads_part_) return false;  // the parser of the whole file locates it
    if (!locate_syntax_error(true)) report_at(Severity::error, 0, "", "the file is not valid JSON");
    return false;
}

}  // namespace chronomap::native_json
