#include "core/gazetteer/parenthesized_names.h"

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

}  // namespace chronomap
