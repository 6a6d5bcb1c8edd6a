#include "core/native_json/json_syntax_check.h"

#include <cerrno>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace chronomap {
namespace {

struct Frame {
    bool is_object = false;
    size_t opened = 0;          // offset of its '{' or '['
    std::string_view key;       // the member name holding it, if any
    size_t index = 0;           // elements or members read so far
    bool in_events = false;     // an element of the top-level "events" array
    size_t element_index = 0;   // its index there
};

class Checker {
public:
    Checker(std::string_view text, size_t max_depth) : text_(text), max_depth_(max_depth) {}
    std::optional<JsonSyntaxProblem> run();

private:
    enum class Expect { value, first_key, key, colon, comma_or_close, end };

    // Line and column (in characters) of a byte, as an editor shows them.
    std::pair<size_t, size_t> line_column(size_t offset) const {
        size_t line = 1, line_start = 0;
        for (size_t i = 0; i < offset && i < text_.size(); ++i)
            if (text_[i] == '\n') ++line, line_start = i + 1;
        size_t column = 1;
        for (size_t i = line_start; i < offset && i < text_.size(); ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        return {line, column};
    }
    std::string where(size_t offset) const {
        auto [line, column] = line_column(offset);
        return std::to_string(line) + ":" + std::to_string(column);
    }
    std::string line_of(size_t offset) const { return std::to_string(line_column(offset).first); }
    std::string describe(const Frame& frame) const;
    std::string shown(size_t offset, size_t length) const;
    JsonSyntaxProblem problem(size_t offset, std::string message, std::string hint = {}) const {
        return {offset, std::move(message), std::move(hint)};
    }
    std::optional<JsonSyntaxProblem> unexpected(size_t at, Expect expect) const;
    std::optional<JsonSyntaxProblem> scan_string(size_t& i, std::string_view* out);
    std::optional<JsonSyntaxProblem> scan_word_or_number(size_t& i);
    std::optional<JsonSyntaxProblem> truncated() const;

    std::string_view text_;
    size_t max_depth_;
    std::vector<Frame> stack_;
    std::string_view last_key_;
    size_t last_value_end_ = 0;  // just past the last complete value
    size_t last_event_end_ = std::string_view::npos;
    size_t last_string_open_ = std::string_view::npos;  // the last value, when it was a string
};

std::string Checker::shown(size_t offset, size_t length) const {
    std::string out(text_.substr(offset, std::min<size_t>(length, 40)));
    if (length > 40) out += "...";
    return out;
}

std::string Checker::describe(const Frame& frame) const {
    std::string what;
    if (frame.in_events)
        what = "the event /events/" + std::to_string(frame.element_index);
    else if (stack_.size() && &frame == &stack_.front())
        what = std::string("the top-level ") + (frame.is_object ? "object" : "array");
    else if (frame.key == "events")
        what = "the events array";
    else if (!frame.key.empty())
        what = "the \"" + std::string(frame.key) + "\" " + (frame.is_object ? "object" : "array");
    else
        what = frame.is_object ? "an object" : "an array";
    return what + " opened at " + where(frame.opened);
}

std::optional<JsonSyntaxProblem> Checker::truncated() const {
    // The innermost container, and the events array around it when there is one.
    const Frame& inner = stack_.back();
    std::string message = "the file ends inside " + describe(inner);
    for (const Frame& frame : stack_)
        if (&frame != &inner && frame.in_events) message += " (in the event /events/" + std::to_string(frame.element_index) + ")";
    if (stack_.size() > 2 && &inner != &stack_[1] && stack_[1].key == "events" && !stack_[1].is_object)
        message += ", in " + describe(stack_[1]);
    message += ": it may be truncated";
    std::string hint = "check that the file is whole (a download or a copy may have stopped short)";
    if (last_event_end_ != std::string_view::npos)
        hint += "; the last complete event ends on line " + line_of(last_event_end_);
    return problem(text_.size(), std::move(message), std::move(hint));
}

std::optional<JsonSyntaxProblem> Checker::unexpected(size_t at, Expect expect) const {
    char c = text_[at];
    if (c == '\'')
        return problem(at, "single quotes: JSON writes names and strings in double quotes",
                       "write \"name\" instead of 'name'");
    if (c == '/' && at + 1 < text_.size() && (text_[at + 1] == '/' || text_[at + 1] == '*'))
        return problem(at, "a comment: JSON has no comments", "remove it, or keep it as a field: \"notes\": \"...\"");
    if (c == '\0')
        return problem(at, "a NUL byte: the file holds binary data or is corrupted",
                       "open it in a text editor and save it as UTF-8 JSON");
    if (static_cast<unsigned char>(c) < 0x20)
        return problem(at, "a control character (byte " + std::to_string(static_cast<int>(c)) +
                               ") where JSON text was expected",
                       "remove it: JSON allows only spaces, tabs and line breaks between values");
    std::string got = static_cast<unsigned char>(c) >= 0x80 ? std::string("a non-ASCII character")
                                                             : "'" + std::string(1, c) + "'";
    switch (expect) {
        case Expect::value: return problem(at, "expected a value, found " + got, "write a string in double quotes, a number, true, false, null, an object or an array");
        case Expect::first_key:
        case Expect::key: return problem(at, "expected a name in double quotes, found " + got, "write \"name\": value");
        case Expect::colon: return problem(at, "expected ':' after the name \"" + std::string(last_key_) + "\", found " + got, "write \"name\": value");
        case Expect::comma_or_close: {
            const Frame& frame = stack_.back();
            return problem(at, "expected ',' or '" + std::string(frame.is_object ? "}" : "]") + "' after a value in " + describe(frame) + ", found " + got,
                           "separate items with ',' and close " + std::string(frame.is_object ? "the object with '}'" : "the array with ']'"));
        }
        case Expect::end: break;
    }
    return problem(at, "unexpected " + got + " after the end of the top-level value",
                   "a file holds one JSON object: remove what follows its closing '}'");
}

std::optional<JsonSyntaxProblem> Checker::scan_string(size_t& i, std::string_view* out) {
    size_t open = i++;
    auto unclosed = [&](size_t at) {
        return problem(open, "the string opened at " + where(open) + " is not closed on its line",
                       "add the closing '\"' (a line break inside a string is written \\n) at " +
                           where(at));
    };
    while (true) {
        if (i >= text_.size())
            return problem(open, "the file ends inside the string opened at " + where(open) + ": it may be truncated",
                           "add the closing '\"', or check that the file is whole");
        auto b = static_cast<unsigned char>(text_[i]);
        if (b == '"') {
            if (out) *out = text_.substr(open + 1, i - open - 1);
            ++i;
            return std::nullopt;
        }
        if (b == '\n' || b == '\r') return unclosed(i);
        if (b == 0)
            return problem(i, "a NUL byte inside a string: the file holds binary data or is corrupted",
                           "write \\u0000 if the text really holds one, or remove it");
        if (b < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(b));
            return problem(i, "a raw control character (byte " + std::to_string(b) + ") inside a string",
                           std::string("write it escaped: ") + (b == '\t' ? "\\t" : escape));
        }
        if (b == '\\') {
            if (i + 1 >= text_.size()) {  // a backslash last: reported as the end of the file above
                ++i;  // (without this step the loop never ended: found by fuzzing)
                continue;
            }
            char e = text_[i + 1];
            if (e == 'u') {
                auto hex = [&](size_t at, unsigned& value) {
                    value = 0;
                    for (size_t k = 0; k < 4; ++k) {
                        if (at + k >= text_.size()) return false;
                        char h = text_[at + k];
                        unsigned digit = h >= '0' && h <= '9'   ? static_cast<unsigned>(h - '0')
                                         : h >= 'a' && h <= 'f' ? static_cast<unsigned>(h - 'a' + 10)
                                         : h >= 'A' && h <= 'F' ? static_cast<unsigned>(h - 'A' + 10)
                                                                : 16u;
                        if (digit == 16) return false;
                        value = value * 16 + digit;
                    }
                    return true;
                };
                unsigned unit = 0;
                if (!hex(i + 2, unit))
                    return problem(i, "\\u must be followed by four hex digits", "write \\u00e9 for é");
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return problem(i, "a lone low surrogate \\u" + shown(i + 2, 4) + " in a string", "write the character itself, in UTF-8");
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    unsigned low = 0;
                    if (i + 7 >= text_.size() || text_[i + 6] != '\\' || text_[i + 7] != 'u' || !hex(i + 8, low) ||
                        low < 0xDC00 || low > 0xDFFF)
                        return problem(i, "a lone high surrogate \\u" + shown(i + 2, 4) + " in a string", "write the character itself, in UTF-8");
                    i += 12;
                    continue;
                }
                i += 6;
                continue;
            }
            if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
                return problem(i, "invalid escape \\" + (static_cast<unsigned char>(e) < 0x20 ? std::string("(control)") : std::string(1, e)) +
                                      " in a string",
                               "a backslash is written \\\\; escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
            i += 2;
            continue;
        }
        if (b < 0x80) {  // the common case: plain text up to the next byte that matters
            ++i;
            while (i < text_.size()) {
                auto next = static_cast<unsigned char>(text_[i]);
                if (next == '"' || next == '\\' || next < 0x20 || next >= 0x80) break;
                ++i;
            }
            continue;
        }
        {
            // UTF-8: a lead byte and its continuation bytes, no overlong or surrogate forms.
            size_t length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            bool valid = length > 0 && i + length <= text_.size();
            for (size_t k = 1; valid && k < length; ++k)
                valid = (static_cast<unsigned char>(text_[i + k]) & 0xC0) == 0x80;
            if (valid && length == 3) {
                auto b1 = static_cast<unsigned char>(text_[i + 1]);
                valid = !(b == 0xE0 && b1 < 0xA0) && !(b == 0xED && b1 >= 0xA0);
            }
            if (valid && length == 4) {
                auto b1 = static_cast<unsigned char>(text_[i + 1]);
                valid = !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 >= 0x90);
            }
            if (!valid) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(b));
                return problem(i, std::string("invalid UTF-8 (byte ") + byte + "): the file is not UTF-8",
                               "save it as UTF-8 (in an editor: Encoding > UTF-8; it may be Latin-1 or Windows-1252 now)");
            }
            i += length;
            continue;
        }
    }
}

std::optional<JsonSyntaxProblem> Checker::scan_word_or_number(size_t& i) {
    size_t start = i;
    while (i < text_.size()) {
        char c = text_[i];
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
            c == '+' || c == '-' || c == '_')
            ++i;
        else
            break;
    }
    std::string_view word = text_.substr(start, i - start);
    if (word == "true" || word == "false" || word == "null") return std::nullopt;
    std::string_view bare = word.starts_with('-') || word.starts_with('+') ? word.substr(1) : word;
    if (bare == "NaN" || bare == "nan" || bare == "Infinity" || bare == "inf" || bare == "Inf")
        return problem(start, std::string(word) + " is not a JSON number",
                       "write null or leave the field out when the value is not known");
    bool numeric = !word.empty() && ((word[0] >= '0' && word[0] <= '9') || word[0] == '-');
    if (numeric) {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        size_t k = 0;
        auto digit = [&](size_t at) { return at < word.size() && word[at] >= '0' && word[at] <= '9'; };
        bool ok = true, integer = true;
        if (word[k] == '-') ++k;
        if (!digit(k)) ok = false;
        else if (word[k] == '0') ++k;
        else while (digit(k)) ++k;
        if (ok && k < word.size() && word[k] == '.') {
            integer = false;
            ++k;
            if (!digit(k)) ok = false;
            while (digit(k)) ++k;
        }
        if (ok && k < word.size() && (word[k] == 'e' || word[k] == 'E')) {
            integer = false;
            ++k;
            if (k < word.size() && (word[k] == '+' || word[k] == '-')) ++k;
            if (!digit(k)) ok = false;
            while (digit(k)) ++k;
        }
        if (!ok || k != word.size())
            return problem(start, "invalid number " + shown(start, word.size()),
                           "numbers are written 4, -2.5 or 1e6: no leading zeros, '+', or trailing '.'");
        // Only long numbers or exponents can be out of range: short ones need no conversion.
        if (word.find_first_of("eE") == std::string_view::npos && word.size() <= 18) return std::nullopt;
        std::string copy(word);
        errno = 0;
        double value = std::strtod(copy.c_str(), nullptr);
        if (std::isinf(value))
            return problem(start, "the number " + shown(start, word.size()) + " is too large to read",
                           "numbers must be within about ±1.8e308; write a smaller one, or a string");
        if (integer) {
            bool negative = word[0] == '-';
            errno = 0;
            if (negative) (void)std::strtoll(copy.c_str(), nullptr, 10);
            else (void)std::strtoull(copy.c_str(), nullptr, 10);
            if (errno == ERANGE)
                return problem(start, "the whole number " + shown(start, word.size()) + " is too large to read exactly",
                               "whole numbers must fit in 64 bits; write it as a string if it is an identifier");
        }
        return std::nullopt;
    }
    return problem(start, "unexpected word " + shown(start, word.size()) + ": text must be in double quotes",
                   "write \"" + shown(start, word.size()) + "\" (values are strings in double quotes, numbers, true, false or null)");
}

std::optional<JsonSyntaxProblem> Checker::run() {
    Expect expect = Expect::value;
    size_t last_comma = 0;
    size_t i = 0;
    while (true) {
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
        if (i >= text_.size()) {
            if (expect == Expect::end) return std::nullopt;
            if (stack_.empty()) return problem(i, "the file holds no JSON value", "an event file is a JSON object: {\"chronomap\": 1, \"events\": [...]}");
            return truncated();
        }
        char c = text_[i];
        switch (expect) {
            case Expect::end: return unexpected(i, Expect::end);
            case Expect::colon:
                if (c != ':') return unexpected(i, Expect::colon);
                ++i;
                expect = Expect::value;
                continue;
            case Expect::first_key:
            case Expect::key:
                if (c == '}') {
                    if (expect == Expect::key)
                        return problem(last_comma, "a ',' after the last member of " + describe(stack_.back()),
                                       "remove this ',': JSON allows none before '}'");
                    break;  // an empty object: closed below
                }
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
                    size_t end = i;
                    while (end < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[end])) || text_[end] == '_' || text_[end] == '-')) ++end;
                    return problem(i, "the name " + shown(i, end - i) + " is not in double quotes",
                                   "write \"" + shown(i, end - i) + "\": JSON names are strings");
                }
                if (c != '"') return unexpected(i, expect);
                if (auto p = scan_string(i, &last_key_)) return p;
                expect = Expect::colon;
                continue;
            case Expect::value:
                if (c == ']' && !stack_.empty() && !stack_.back().is_object) {
                    if (stack_.back().index > 0)
                        return problem(last_comma, "a ',' after the last element of " + describe(stack_.back()),
                                       "remove this ',': JSON allows none before ']'");
                    break;  // an empty array: closed below
                }
                if (!stack_.empty() && (c == '}' || c == ']') && (c == '}') != stack_.back().is_object)
                    break;  // closes the wrong container: said below
                if (c == '}' || c == ']' || c == ',')
                    return problem(i, "a value is missing before '" + std::string(1, c) + "'",
                                   stack_.empty() || !stack_.back().is_object
                                       ? std::string("write a value or remove the extra ','")
                                       : "write a value after \"" + std::string(last_key_) + "\":, or null");
                if (c == '{' || c == '[') {
                    if (stack_.size() >= max_depth_)
                        return problem(i, "the data nests deeper than " + std::to_string(max_depth_) + " levels of [ and {",
                                       "chronomap reads at most " + std::to_string(max_depth_) +
                                           " levels; flatten this value or remove it");
                    Frame frame{c == '{', i, {}, 0, false, 0};
                    if (!stack_.empty()) {
                        Frame& parent = stack_.back();
                        if (parent.is_object) frame.key = last_key_;
                        if (!parent.is_object && stack_.size() == 2 && parent.key == "events") {
                            frame.in_events = true;
                            frame.element_index = parent.index;
                        }
                    }
                    stack_.push_back(frame);
                    ++i;
                    expect = c == '{' ? Expect::first_key : Expect::value;
                    continue;
                }
                last_string_open_ = std::string_view::npos;
                if (c == '"') {
                    last_string_open_ = i;
                    if (auto p = scan_string(i, nullptr)) return p;
                } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || (c >= 'a' && c <= 'z') ||
                           (c >= 'A' && c <= 'Z')) {
                    if (auto p = scan_word_or_number(i)) return p;
                } else {
                    return unexpected(i, Expect::value);
                }
                last_value_end_ = i;
                if (!stack_.empty()) stack_.back().index++;
                expect = stack_.empty() ? Expect::end : Expect::comma_or_close;
                continue;
            case Expect::comma_or_close: {
                Frame& frame = stack_.back();
                if (c == ',') {
                    last_comma = i++;
                    expect = frame.is_object ? Expect::key : Expect::value;
                    continue;
                }
                if (c == '}' || c == ']') break;
                bool starts_value = c == '"' || c == '{' || c == '[' || c == '-' || c == '\'' ||
                                    (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
                if (starts_value) {
                    size_t line = line_column(last_value_end_).first;
                    bool same_line = line == line_column(i).first;
                    return problem(last_value_end_,
                                   same_line ? "missing ',' between two values on line " + std::to_string(line)
                                             : "missing ',' at the end of line " + std::to_string(line),
                                   "put a ',' after the value that ends at " + where(last_value_end_) +
                                       ", before what starts at " + where(i));
                }
                bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (word && last_string_open_ != std::string_view::npos && text_[i - 1] == '"')
                    // {"time": "2017-10-04, "place": ...}: the string ran on to the next quote.
                    return problem(last_string_open_,
                                   "the string opened at " + where(last_string_open_) +
                                       " is missing its closing '\"': it runs on to " +
                                       shown(last_string_open_, i - last_string_open_),
                                   "add the closing '\"' where its text ends");
                if (c == ':' && !frame.is_object)
                    return problem(i, "':' inside " + describe(frame) + ": only objects have names",
                                   "write { \"name\": value } for an object");
                return unexpected(i, Expect::comma_or_close);
            }
        }
        // A closing '}' or ']' of the innermost container.
        Frame& frame = stack_.back();
        if ((c == '}') != frame.is_object) {
            std::string closer = frame.is_object ? "}" : "]";
            return problem(i, "'" + std::string(1, c) + "' does not close " + describe(frame) +
                                  ": it needs '" + closer + "'",
                           "add the missing '" + closer + "' before this point, or remove the '" + std::string(1, c) + "'");
        }
        bool was_event = frame.in_events;
        stack_.pop_back();
        ++i;
        last_value_end_ = i;
        if (was_event) last_event_end_ = i - 1;
        if (stack_.empty()) {
            expect = Expect::end;
        } else {
            stack_.back().index++;
            expect = Expect::comma_or_close;
        }
    }
}

}  // namespace

std::optional<JsonSyntaxProblem> check_json_syntax(std::string_view text, size_t max_depth) {
    return Checker(text, max_depth).run();
}

}  // namespace chronomap
