#include "core/sources/delimited_text_reader.h"

#include <algorithm>
#include <stdexcept>

namespace chronomap {
namespace {

// The delimiter of the header line: the most frequent of the usual ones outside quotes.
char guess_delimiter(std::string_view text) {
    std::string_view line = text.substr(0, text.find('\n'));
    char best = ',';
    size_t best_count = 0;
    for (char d : {',', ';', '\t', '|'}) {
        size_t count = 0;
        bool quoted = false;
        for (char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == d && !quoted)
                ++count;
        }
        if (count > best_count) {
            best = d;
            best_count = count;
        }
    }
    return best;
}

}  // namespace

std::string_view DelimitedTextReader::format_name() const {
    if (gdelt_) return chronomap::format_name(SourceFormat::gdelt);
    return delimiter_ == '\t' ? "TSV" : chronomap::format_name(SourceFormat::csv);
}

DelimitedTextReader::DelimitedTextReader(std::shared_ptr<const SourceBuffer> text,
                                         std::vector<std::string> header)
    : source_(std::move(text)), text_(source_->text()) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // Excel's UTF-8 byte order mark
    if (!header.empty()) {
        delimiter_ = '\t';
        quotes_ = false;  // GDELT never quotes; a lone '"' in a name is a character
        gdelt_ = true;
        columns_ = std::move(header);
        return;
    }
    delimiter_ = guess_delimiter(text_.substr(pos_));
    std::vector<std::string_view> fields;
    size_t line = 0;
    if (!read_record(fields, line)) return;
    for (std::string_view f : fields) {
        std::string name(f);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
        while (!name.empty() && name.front() == ' ') name.erase(0, 1);
        columns_.push_back(std::move(name));
    }
}

bool DelimitedTextReader::read_record(std::vector<std::string_view>& fields, size_t& line) {
    fields.clear();
    unescaped_.clear();
    // Blank lines between records are not rows.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    line = line_;
    const size_t n = text_.size();
    while (true) {
        if (quotes_ && pos_ < n && text_[pos_] == '"') {
            size_t start = ++pos_;
            bool doubled = false;
            while (true) {
                size_t q = text_.find('"', pos_);
                if (q == std::string_view::npos)
                    throw TableReadError(
                        static_cast<int>(line), static_cast<int>(fields.size()) + 1,
                        "a quoted field is never closed (a missing '\"'); nothing "
                        "after it can be read",
                        "close the quote, or double a quote inside a field (\"\")");
                line_ += static_cast<size_t>(
                    std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                               text_.begin() + static_cast<std::ptrdiff_t>(q), '\n'));
                if (q + 1 < n && text_[q + 1] == '"') {
                    doubled = true;
                    pos_ = q + 2;
                    continue;
                }
                std::string_view raw = text_.substr(start, q - start);
                if (doubled) {
                    std::string value;
                    for (size_t i = 0; i < raw.size(); ++i) {
                        value += raw[i];
                        if (raw[i] == '"') ++i;  // "" stands for "
                    }
                    fields.push_back(unescaped_.emplace_back(std::move(value)));
                } else {
                    fields.push_back(raw);
                }
                pos_ = q + 1;
                break;
            }
            // Text after the closing quote up to the delimiter is not expected; skip it.
            while (pos_ < n && text_[pos_] != delimiter_ && text_[pos_] != '\n') ++pos_;
        } else {
            size_t end = pos_;
            while (end < n && text_[end] != delimiter_ && text_[end] != '\n') ++end;
            std::string_view value = text_.substr(pos_, end - pos_);
            if (!value.empty() && value.back() == '\r') value.remove_suffix(1);
            fields.push_back(value);
            pos_ = end;
        }
        if (pos_ >= n) return true;
        if (text_[pos_] == '\n') {
            ++pos_;
            ++line_;
            return true;
        }
        ++pos_;  // the delimiter
        if (pos_ >= n) {
            fields.push_back({});
            return true;
        }
    }
}

bool DelimitedTextReader::next(TableRow& row) {
    row.has_point = false;
    row.geometry_note = {};
    if (!read_record(row.values, row.number)) return false;
    return true;
}

}  // namespace chronomap
