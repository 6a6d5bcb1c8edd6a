#include "core/gazetteer/parenthesized_names.h"

#include <algorithm>

#include "core/text/ascii_text.h"

namespace chronomap {

std::optional<ParenthesizedName> split_parenthesized(std::string_view text) {
    std::string_view whole = trim(text);
    size_t open = whole.find('(');
    if (open == std::string_view::npos || whole.empty() || whole.back() != ')') return std::nullopt;
    std::string_view name = trim(whole.substr(0, open));
    std::string_view qualifier = trim(whole.substr(open + 1, whole.size() - open - 2));
    // One pair only: "A (B) (C)" or "A (B (C))" is not a qualified name.
    if (name.empty() || qualifier.empty() || qualifier.find_first_of("()") != std::string_view::npos)
        return std::nullopt;
    return ParenthesizedName{std::string(name), std::string(qualifier)};
}

std::optional<ParenthesizedName> split_double_name(std::string_view text) {
    if (size_t near = text.find(" bei "); near != std::string_view::npos && near >= 2 && near + 7 <= text.size())
        return ParenthesizedName{std::string(trim(text.substr(0, near))), std::string(trim(text.substr(near + 5)))};
    size_t hyphen = text.find('-');
    if (hyphen == std::string_view::npos || text.find('-', hyphen + 1) != std::string_view::npos) return std::nullopt;
    std::string_view first = text.substr(0, hyphen), second = text.substr(hyphen + 1);
    auto one_word = [](std::string_view w) {
        return w.size() >= 4 && w.front() >= 'A' && w.front() <= 'Z' &&
               std::all_of(w.begin(), w.end(), [](char c) { return c != ' ' && c != '(' && c != ')'; });
    };
    if (!one_word(first) || !one_word(second)) return std::nullopt;
    return ParenthesizedName{std::string(first), std::string(second)};
}

}  // namespace chronomap
