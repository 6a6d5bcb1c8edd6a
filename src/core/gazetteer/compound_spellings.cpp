#include "core/gazetteer/compound_spellings.h"

#include <array>

#include "core/text/ascii_text.h"

namespace chronomap {
namespace {

// First words glued to the name as some write them ("Telkeppe", "Tallkayf"); longest first.
constexpr std::array<std::string_view, 6> kGluedWords = {"tell", "tall", "tel", "tal", "kafr", "deir"};
// The rest must be a name of its own, not the end of a word ("Tala", "Tallinn" are names).
constexpr size_t kMinRest = 4;

// Arabic articles as written before a name, assimilated or not ("ash-Shaddadi", "at-Taji").
constexpr std::array<std::string_view, 15> kArticles = {"al", "el", "ad", "an", "ar", "as", "ash", "at",
                                                        "az", "ed", "en", "er", "es", "et", "ez"};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

}  // namespace

std::optional<std::string> with_article_apart(std::string_view name) {
    std::string out;
    bool changed = false;
    size_t start = 0;
    std::string_view text = trim(name);
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        if (!out.empty()) out += ' ';
        bool glued = word.size() >= 2 + kMinRest && (starts_with_any_case(word, "al") || starts_with_any_case(word, "el")) &&
                     !is_vowel(ascii_lower(word[2])) && word[2] != '-';
        if (glued) {
            out += std::string(word.substr(0, 2)) + "-" + std::string(word.substr(2));
            changed = true;
        } else {
            out += word;
        }
        start = end + 1;
    }
    if (!changed) return std::nullopt;
    return out;
}

std::optional<std::string> without_leading_article(std::string_view name) {
    std::string_view text = trim(name);
    size_t cut = text.find_first_of(" -");
    if (cut == std::string_view::npos || cut + 1 >= text.size()) return std::nullopt;
    std::string first(text.substr(0, cut));
    for (char& c : first) c = ascii_lower(c);
    for (std::string_view article : kArticles)
        if (first == article) return std::string(trim(text.substr(cut + 1)));
    return std::nullopt;
}

std::optional<std::string> other_compound_spelling(std::string_view name) {
    std::string_view text = trim(name);
    // "Kfar" and "Kafr" (كفر, a village): the press writes both.
    if (starts_with_any_case(text, "kfar ")) return std::string(text.substr(0, 1)) + "afr" + std::string(text.substr(4));
    if (starts_with_any_case(text, "kafr ")) return std::string(text.substr(0, 1)) + "far" + std::string(text.substr(4));
    if (text.find(' ') != std::string_view::npos || text.find('-') != std::string_view::npos) return std::nullopt;
    for (std::string_view word : kGluedWords)
        if (starts_with_any_case(text, word) && text.size() >= word.size() + kMinRest)
            return std::string(text.substr(0, word.size())) + " " + std::string(text.substr(word.size()));
    return std::nullopt;
}

std::optional<std::string> with_short_vowels(std::string_view name) {
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = ascii_lower(name[i]);
        if ((c == 'e' || c == 'o') && i + 1 < name.size() && ascii_lower(name[i + 1]) == c) {
            out += c == 'e' ? 'i' : 'u';
            changed = true;
            ++i;
            continue;
        }
        out += name[i];
    }
    if (!changed) return std::nullopt;
    return out;
}

}  // namespace chronomap
