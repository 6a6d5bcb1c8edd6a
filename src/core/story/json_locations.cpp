#include "core/story/json_locations.h"

#include <cctype>

namespace chronomap {
namespace {

struct Scanner {
    std::string_view text;
    size_t at = 0;
    std::unordered_map<std::string, size_t>& out;

    void skip_space() {
        while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    }
    // Returns the raw string (escapes kept: keys with escapes are rare in a deck).
    std::string_view string() {
        size_t begin = ++at;
        while (at < text.size() && text[at] != '"') at += text[at] == '\\' ? 2 : 1;
        std::string_view s = text.substr(begin, std::min(at, text.size()) - begin);
        ++at;
        return s;
    }
    bool value(const std::string& pointer, size_t key_offset) {
        skip_space();
        if (at >= text.size()) return false;
        out.emplace(pointer, key_offset == std::string_view::npos ? at : key_offset);
        char c = text[at];
        if (c == '{') {
            ++at;
            for (;;) {
                skip_space();
                if (at >= text.size()) return false;
                if (text[at] == '}') return ++at, true;
                if (text[at] == ',') {
                    ++at;
                    continue;
                }
                if (text[at] != '"') return false;
                size_t key_at = at;
                std::string key(string());
                skip_space();
                if (at >= text.size() || text[at] != ':') return false;
                ++at;
                if (!value(pointer + "/" + json_pointer_token(key).substr(1), key_at)) return false;
            }
        }
        if (c == '[') {
            ++at;
            for (size_t index = 0;;) {
                skip_space();
                if (at >= text.size()) return false;
                if (text[at] == ']') return ++at, true;
                if (text[at] == ',') {
                    ++at;
                    continue;
                }
                if (!value(pointer + "/" + std::to_string(index++), std::string_view::npos))
                    return false;
            }
        }
        if (c == '"') return string(), true;
        while (at < text.size() && !std::isspace(static_cast<unsigned char>(text[at])) &&
               text[at] != ',' && text[at] != '}' && text[at] != ']')
            ++at;  // number, true, false, null
        return true;
    }
};

}  // namespace

std::string json_pointer_token(std::string_view key) {
    std::string out = "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::unordered_map<std::string, size_t> json_value_offsets(std::string_view text) {
    std::unordered_map<std::string, size_t> offsets;
    Scanner scanner{text, 0, offsets};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") scanner.at = 3;
    scanner.value("", std::string_view::npos);
    return offsets;
}

}  // namespace chronomap
