// The two small text helpers every reader needs, once: ASCII lower case and trimming of
// ASCII white space. Bytes outside ASCII (UTF-8 letters: "Deir ez-Zôr") are left as they are;
// folding accents and case for matching names is core/gazetteer/name_folding.h's job.
#pragma once

#include <string>
#include <string_view>

namespace chronomap {

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

constexpr bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

// `text` without the spaces, tabs and line ends around it (a view into `text`).
constexpr std::string_view trim(std::string_view text) {
    while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace chronomap
