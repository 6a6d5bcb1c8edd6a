// How the German, Dutch and Spanish press write Arabic place names, read the English way: the
// geocoder looks such a name up again in English letters when the name as written finds nothing
// ("Dschisr asch-Schughur" is Jisr ash-Shughur, "Mosoel" Mosul, "Yisr al Shughur" Jisr al-Shughur).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronomap {

// One English reading of a press spelling. The Spanish "z" is the English "z" as often as "th",
// and its "g" the English "g" as often as "gh": those readings count only when a place bears them
// as written, not as a look-alike; so does the German "ch" read as "h" (more often "kh").
// The German reading of Turkish letters ("tsch" ç, "dsch" c, "sch" ş: "Surutsch" is Suruç,
// "Dschizre" Cizre) counts for a place of Turkey alone.
struct EuropeanReading {
    std::string english;
    bool as_written_only = false;
    bool turkish = false;
};

// The English readings of a folded key (fold_basic) written the German way ("dsch" j, "tsch" ch,
// "sch" sh, "ch" kh or, as written only, h, "j" y), the Dutch way ("oe" u, "dzj" and "dj" j, "sj" sh, "j" y) and the Spanish way
// ("j" kh, "y" before a vowel j; then also "z" th, or "g" gh), and German letters for Turkish ones; each only when the key has
// a letter group that language writes otherwise, and never the key itself.
std::vector<EuropeanReading> english_readings_of_european_spelling(std::string_view basic);

// The Arab League's countries (ISO codes), whose place names the European press transliterates
// from Arabic letters; Turkey's, Iran's or Afghanistan's it copies or takes from English.
bool transliterated_from_arabic(std::string_view country);

}  // namespace chronomap
