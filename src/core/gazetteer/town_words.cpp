#include "core/gazetteer/town_words.h"

#include <algorithm>
#include <array>

#include "core/text/ascii_text.h"

namespace chronomap {
namespace {

// Lower-case, as written before or after the name; longest first where one ends another.
// (The French elision is written with either apostrophe: "ville d'Alep", "ville d’Alep".)
// An air base or airport named after its town lies beside it: "aéroport de Tabqa", "Kuweires
// airbase", "base T4"; so does its port ("Marsa al-Brega", marsa: port).
// German and Dutch write the east or west of a city first ("Ost-Aleppo", "West-Mossul",
// "Oost-Aleppo"); Spanish and Italian write the city and the camp as the French do.
constexpr std::array<std::string_view, 43> kBefore = {
    "la ville de ",  "la ville d'",  "la ville d\xE2\x80\x99",
    "ville de ",     "ville d'",     "ville d\xE2\x80\x99",
    "the city of ",  "city of ",     "the town of ",
    "town of ",      "le camp de ",  "le camp d'",
    "le camp d\xE2\x80\x99", "camp de ", "camp d'",
    "camp d\xE2\x80\x99",    "the camp of ", "camp of ",
    "l'a\xC3\xA9roport militaire de ", "a\xC3\xA9roport militaire de ", "l'a\xC3\xA9roport de ",
    "a\xC3\xA9roport de ", "a\xC3\xA9roport d'", "a\xC3\xA9roport ",
    "la base a\xC3\xA9rienne de ", "base a\xC3\xA9rienne de ", "base a\xC3\xA9rienne d'",
    "la base de ",   "base de ",     "base ",
    "marsa ",        "port of ",
    "la ciudad de ", "ciudad de ",   "la citt\xC3\xA0 di ", "citt\xC3\xA0 di ",
    "el campo de ",  "campo de ",    "il campo di ", "campo di ",
    "ost-",          "oost-",        "west-"};
// The east or west of a city ("Alep-Est", "Mossoul-Ouest" in 2016-2017) and the upper or lower
// village beside a town ("Baghouz Fawqani") lie within a few km of it.
// So do a town's refinery and port, named after it ("Baiji refinery", "Sidra port"), and its
// industrial city ("Sheikh Najjar industrial city"). French writes "fawqani" "fouqani".
// German, Dutch, Spanish and Italian say "city" and "camp" after the name too ("Idlib-Stadt",
// "Raqqa-stad", "Homs ciudad", "Jarmuk-Lager") and the east or west of a city in their words
// ("Alepo oriental", "Mosul occidentale").
constexpr std::array<std::string_view, 44> kAfter = {
    " city",     " town",       " refugee camp", " camp",        "-ville",      " ville",
    " airport",  " airbase",    " air base",     " airfield",    "-est",        " est",
    "-ouest",    " ouest",      " al-fawqani",   " fawqani",     " al-tahtani", " tahtani",
    " fouqani",  " al-fouqani", " refinery",     " oil refinery", " port",      " industrial city",
    "-stadt",    " stadt",      "-stad",         " stad",         " ciudad",    " citt\xC3\xA0",
    " citta",    "-lager",      " lager",        " oriental",     " orientale", " occidental",
    " occidentale", " ovest",   " oeste",        " este",         "-ost",       "-oost",
    "-west",     "-ovest"};

}  // namespace

std::optional<std::string> without_town_word(std::string_view name) {
    std::string_view inner = trim(name);
    bool found = false;
    for (std::string_view before : kBefore)
        if (starts_with_any_case(inner, before)) {
            inner.remove_prefix(before.size());
            found = true;
            break;
        }
    // " refugee camp" ends with " camp": the longest that ends the name wins.
    size_t cut = 0;
    for (std::string_view after : kAfter)
        if (ends_with_any_case(inner, after)) cut = std::max(cut, after.size());
    if (cut) {
        inner.remove_suffix(cut);
        found = true;
    }
    inner = trim(inner);
    // "City", "ville" alone, or a single letter left: no town named ("base T4" names T4).
    if (!found || inner.size() < 2) return std::nullopt;
    return std::string(inner);
}

}  // namespace chronomap
