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

// Whether `text` begins with `lower_prefix` (written in lower case) in any case: "Camp de"
// and "camp de" both begin with "camp de". Bytes outside ASCII must match exactly.
constexpr bool starts_with_any_case(std::string_view text, std::string_view lower_prefix) {
    if (text.size() < lower_prefix.size()) return false;
    for (size_t i = 0; i < lower_prefix.size(); ++i)
        if (ascii_lower(text[i]) != lower_prefix[i]) return false;
    return true;
}

// The same at the end of `text`.
constexpr bool ends_with_any_case(std::string_view text, std::string_view lower_suffix) {
    return text.size() >= lower_suffix.size() &&
           starts_with_any_case(text.substr(text.size() - lower_suffix.size()), lower_suffix);
}

// `text` without the spaces, tabs and line ends around it (a view into `text`).
constexpr std::string_view trim(std::string_view text) {
    while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace chronomap
