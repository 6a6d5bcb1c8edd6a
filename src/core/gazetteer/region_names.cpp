#include "core/gazetteer/region_names.h"

#include <algorithm>
#include <array>

#include "core/gazetteer/name_folding.h"

namespace chronomap {
namespace {

// Folded words that say "a region" in the languages of the press and of the sources.
constexpr std::array<std::string_view, 36> kGenericWords = {
    "governorate", "gouvernorat", "gouvernement", "governatorato",
    "gobernacion", "governorado", "muhafazat",    "muhafazah",
    "mohafazat",   "mohafaza",    "muhafaza",     "province",
    "provincia",   "provinz",     "provincie",    "district",
    "distrikt",    "distretto",   "region",       "regione",
    "state",       "wilayah",     "wilayat",      "wilaya",
    "county",      "departement", "department",   "oblast",
    "ili",         "il",          "de",           "di",
    "du",          "of",          "the",          "del"};

bool is_generic(std::string_view word) {
    return std::find(kGenericWords.begin(), kGenericWords.end(), word) != kGenericWords.end();
}

// "d'Idleb", "l’Anbar": the elided article, which folding would glue to the name.
std::string split_elisions(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (size_t i = 0; i < name.size(); ++i) {
        bool word_start = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
        char c = static_cast<char>(name[i] | 0x20);
        if (word_start && (c == 'd' || c == 'l') && i + 1 < name.size()) {
            if (name[i + 1] == '\'') {
                out += c == 'd' ? "de " : " ";
                ++i;
                continue;
            }
            if (name.substr(i + 1).starts_with("\xE2\x80\x99")) {  // U+2019
                out += c == 'd' ? "de " : " ";
                i += 3;
                continue;
            }
        }
        out += name[i];
    }
    return out;
}

}  // namespace

std::vector<std::string> region_name_keys(std::string_view name) {
    std::vector<std::string> keys;
    auto folded = fold_basic(split_elisions(name));
    if (!folded || folded->empty()) return keys;
    std::string stripped;
    for (size_t at = 0; at < folded->size();) {
        size_t space = folded->find(' ', at);
        if (space == std::string::npos) space = folded->size();
        std::string_view word = std::string_view(*folded).substr(at, space - at);
        if (!word.empty() && !is_generic(word)) {
            if (!stripped.empty()) stripped += ' ';
            stripped += word;
        }
        at = space + 1;
    }
    if (!stripped.empty()) keys.push_back(stripped);
    if (stripped != *folded && !is_generic(*folded)) keys.push_back(*folded);
    return keys;
}

}  // namespace chronomap
