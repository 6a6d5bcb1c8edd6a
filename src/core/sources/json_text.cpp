#include "core/sources/json_text.h"

#include <charconv>

namespace chronomap {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0.
size_t utf8_length(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    size_t length = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || i + length > s.size() || (length == 2 && c < 0xC2)) return 0;
    for (size_t k = 1; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    if (length == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;   // overlong
    if (length == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;  // surrogates
    if (length == 4 &&
        (c > 0xF4 || (c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) >= 0x90)))
        return 0;
    return length;
}

}  // namespace

bool append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    bool valid = true;
    out += '"';
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            size_t length = utf8_length(text, i);
            if (length) {
                out.append(text.substr(i, length));
                i += length;
            } else {
                valid = false;  // Latin-1: the byte is the code point
                out += static_cast<char>(0xC0 | (c >> 6));
                out += static_cast<char>(0x80 | (c & 0x3F));
                ++i;
            }
            continue;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
    return valid;
}

void append_json_number(std::string& out, double value) {
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error == std::errc{})
        out.append(buffer, end);
    else
        out += "null";
}

}  // namespace chronomap
