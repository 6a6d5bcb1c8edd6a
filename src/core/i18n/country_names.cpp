#include "core/i18n/country_names.h"

#include <algorithm>
#include <utility>

namespace chronomap {
namespace {

constexpr CountryNameEntry kCountries[] = {
#include "core/i18n/country_names_table.inc"
};

// French names take the preposition of their gender and number (Grevisse, "Le Bon Usage",
// § 1051): the rule in french_preposition() gets all but these right. Islands and city-states
// named without an article take "à" ("à Chypre", "à Singapour"); some masculine names end in
// "e" ("au Mexique"), some plural ones in no "s" ("aux Fidji"), two singular ones in "s".
constexpr std::pair<std::string_view, std::string_view> kFrenchExceptions[] = {
    {"AG", "à"}, {"AI", "à"}, {"AW", "à"}, {"BH", "à"}, {"BQ", "à"}, {"CU", "à"}, {"CW", "à"},
    {"CY", "à"}, {"DJ", "à"}, {"GG", "à"}, {"GI", "à"}, {"GU", "à"}, {"HK", "à"}, {"JE", "à"},
    {"KI", "à"}, {"MC", "à"}, {"MG", "à"}, {"MO", "à"}, {"MS", "à"}, {"MT", "à"}, {"MU", "à"},
    {"NR", "à"}, {"NU", "à"}, {"OM", "à"}, {"PR", "à"}, {"RE", "à"}, {"SG", "à"}, {"TK", "à"},
    {"TT", "à"}, {"TV", "à"}, {"TW", "à"}, {"WF", "à"}, {"YT", "à"},
    {"BB", "à la"}, {"DM", "à la"}, {"GD", "à la"},
    {"BZ", "au"}, {"GB", "au"}, {"HN", "au"}, {"KH", "au"}, {"LA", "au"}, {"MX", "au"},
    {"MZ", "au"}, {"SR", "au"}, {"ZW", "au"},
    {"FJ", "aux"}, {"TO", "aux"}, {"WS", "aux"},
    {"HT", "en"}, {"SL", "en"},  // "en Haïti" (h muet), "en Sierra Leone"
    {"IO", "dans le"},           // "dans le Territoire britannique de l'océan Indien"
};

// English names that take "the" against the rule in english_article() (a plural or a
// "Republic"/"Kingdom"/"Territory"), or take it without it.
constexpr std::pair<std::string_view, bool> kEnglishExceptions[] = {
    {"BB", false}, {"BY", false}, {"CY", false}, {"GS", false}, {"HN", false}, {"KN", false},
    {"LA", false}, {"MU", false}, {"VC", false}, {"GM", true},
};

const CountryNameEntry* find(std::string_view code) {
    auto it = std::lower_bound(std::begin(kCountries), std::end(kCountries), code,
                               [](const CountryNameEntry& e, std::string_view c) { return e.code < c; });
    return it != std::end(kCountries) && it->code == code ? it : nullptr;
}

template <typename T>
const T* exception_for(std::span<const std::pair<std::string_view, T>> table, std::string_view code) {
    for (const auto& [c, value] : table)
        if (c == code) return &value;
    return nullptr;
}

bool starts_with_vowel(std::string_view name) {
    for (std::string_view v : {"A", "E", "I", "O", "U", "É", "È", "Ê", "Î", "Ô", "Â", "Å"})
        if (name.starts_with(v)) return true;
    return false;
}

// "Syrie" -> "en", "Mali" -> "au", "Émirats arabes unis" -> "aux": the name's gender and
// number, read from its first word, as French readers do ("Corée du Sud", "Guinée-Bissau"
// and "République démocratique du Congo" are feminine; "Soudan du Sud" masculine).
std::string french_phrase(std::string_view code, std::string_view name) {
    std::string rest(name);
    if (name.starts_with("Îles ")) return "aux îles " + std::string(name.substr(std::string_view("Îles ").size()));
    if (name.starts_with("Île ")) return "à l'île " + std::string(name.substr(std::string_view("Île ").size()));
    if (const std::string_view* p = exception_for<std::string_view>(kFrenchExceptions, code))
        return std::string(*p) + " " + rest;
    // Islands named after a saint: "à Sainte-Lucie", "à São Tomé-et-Principe".
    if (name.starts_with("Saint-") || name.starts_with("Sainte-") || name.starts_with("São "))
        return "à " + rest;
    if (name.ends_with('s')) return "aux " + rest;  // plural: "aux Pays-Bas", "aux Comores"
    if (starts_with_vowel(name)) return "en " + rest;  // "en Irak", "en Afghanistan"
    std::string_view first_word = name.substr(0, name.find_first_of(" -"));
    return (first_word.ends_with('e') ? "en " : "au ") + rest;  // "en Syrie", "au Niger"
}

// "the" before plurals ("the Netherlands", "the Comoros") and the names of a republic, a
// kingdom, a territory or islands ("the Central African Republic", "the United Kingdom").
std::string english_phrase(std::string_view code, std::string_view name) {
    bool the = name.ends_with('s') || name.starts_with("United ") || name.starts_with("Isle of ") ||
               name.find("Republic") != std::string_view::npos || name.find("Territor") != std::string_view::npos;
    if (const bool* e = exception_for<bool>(kEnglishExceptions, code)) the = *e;
    return std::string(the ? "in the " : "in ") + std::string(name);
}

}  // namespace

std::span<const CountryNameEntry> country_name_table() { return kCountries; }

std::string_view country_name(std::string_view code, DateLanguage language) {
    const CountryNameEntry* e = find(code);
    if (!e) return {};
    return language == DateLanguage::fr ? e->french : e->english;
}

std::string in_country_phrase(std::string_view code, DateLanguage language) {
    const CountryNameEntry* e = find(code);
    if (language == DateLanguage::fr) return e ? french_phrase(code, e->french) : "dans le pays " + std::string(code);
    return e ? english_phrase(code, e->english) : "in " + std::string(code);
}

}  // namespace chronomap
