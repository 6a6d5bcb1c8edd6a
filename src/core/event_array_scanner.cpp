#include "core/event_array_scanner.h"

#include <cstring>

namespace chronomap {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text.data()), n_(text.size()) {}

    size_t skip_space(size_t i) const {
        while (i < n_ && is_space(s_[i])) ++i;
        return i;
    }

    // i is at an opening quote; returns the offset after the closing one. Most bytes of an
    // event file are inside strings, so memchr (vectorised) does most of the scanning.
    size_t skip_string(size_t i) const {
        for (size_t from = i + 1; from < n_;) {
            const void* found = std::memchr(s_ + from, '"', n_ - from);
            if (!found) return kNone;
            size_t quote = static_cast<size_t>(static_cast<const char*>(found) - s_);
            size_t backslashes = 0;
            while (quote - backslashes > i + 1 && s_[quote - backslashes - 1] == '\\') ++backslashes;
            if (backslashes % 2 == 0) return quote + 1;
            from = quote + 1;
        }
        return kNone;
    }

    // i is at the first byte of a value; returns the offset after it.
    size_t skip_value(size_t i) const {
        if (i >= n_) return kNone;
        char c = s_[i];
        if (c == '"') return skip_string(i);
        if (c != '{' && c != '[') {  // a number or a literal: runs to the next separator
            while (i < n_ && s_[i] != ',' && s_[i] != ']' && s_[i] != '}' && !is_space(s_[i])) ++i;
            return i;
        }
        size_t depth = 0;
        for (; i < n_; ++i) {
            switch (s_[i]) {
                case '"':
                    i = skip_string(i);
                    if (i == kNone) return kNone;
                    --i;
                    break;
                case '{':
                case '[': ++depth; break;
                case '}':
                case ']':
                    if (--depth == 0) return i + 1;
                    break;
                default: break;
            }
        }
        return kNone;
    }

    char at(size_t i) const { return i < n_ ? s_[i] : '\0'; }
    std::string_view view(size_t begin, size_t end) const { return {s_ + begin, end - begin}; }

private:
    const char* s_;
    size_t n_;
};

// Offset of the '[' of the root object's "events" value, or kNone.
size_t find_events_value(const Scanner& scan, size_t i) {
    i = scan.skip_space(i);
    if (scan.at(i) != '{') return kNone;
    i = scan.skip_space(i + 1);
    while (scan.at(i) == '"') {
        size_t key_end = scan.skip_string(i);
        if (key_end == kNone) return kNone;
        std::string_view key = scan.view(i + 1, key_end - 1);
        i = scan.skip_space(key_end);
        if (scan.at(i) != ':') return kNone;
        i = scan.skip_space(i + 1);
        if (key == "events") return scan.at(i) == '[' ? i : kNone;
        i = scan.skip_value(i);
        if (i == kNone) return kNone;
        i = scan.skip_space(i);
        if (scan.at(i) != ',') return kNone;
        i = scan.skip_space(i + 1);
    }
    return kNone;
}

}  // namespace

std::string_view EventArrayLayout::element_text(std::string_view text, size_t k) const {
    size_t begin = element_begin[k];
    size_t end = k + 1 < element_begin.size() ? element_begin[k + 1] : close;
    while (end > begin && is_space(text[end - 1])) --end;
    if (k + 1 < element_begin.size() && end > begin && text[end - 1] == ',') --end;
    while (end > begin && is_space(text[end - 1])) --end;
    return text.substr(begin, end - begin);
}

std::optional<EventArrayLayout> scan_event_array(std::string_view text, size_t from) {
    Scanner scan(text);
    EventArrayLayout layout;
    layout.open = find_events_value(scan, from);
    if (layout.open == kNone) return std::nullopt;
    layout.element_begin.reserve(text.size() / 256 + 16);  // a typical event is a few hundred bytes

    size_t i = scan.skip_space(layout.open + 1);
    if (scan.at(i) == ']') {
        layout.close = i;
        return layout;
    }
    for (;;) {
        layout.element_begin.push_back(i);
        size_t end = scan.skip_value(i);
        if (end == kNone || end == i) return std::nullopt;
        i = end;
        i = scan.skip_space(i);
        char next = scan.at(i);
        if (next == ']') break;
        if (next != ',') return std::nullopt;
        i = scan.skip_space(i + 1);
        if (scan.at(i) == ']' || i >= text.size()) return std::nullopt;  // a trailing comma
    }
    layout.close = i;
    return layout;
}

}  // namespace chronomap
