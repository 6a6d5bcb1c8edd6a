#include "core/gazetteer/european_spellings.h"

#include <algorithm>
#include <array>
#include <utility>

namespace chronomap {
namespace {

using Rule = std::pair<std::string_view, std::string_view>;

// Each key is replaced left to right, the longest group first ("dsch" before "sch" before "ch").
std::string respelled(std::string_view basic, const Rule* rules, size_t count) {
    std::string out;
    out.reserve(basic.size() + 4);
    for (size_t i = 0; i < basic.size();) {
        const Rule* hit = std::find_if(rules, rules + count, [&](const Rule& r) { return basic.substr(i, r.first.size()) == r.first; });
        if (hit != rules + count) {
            out += hit->second;
            i += hit->first.size();
        } else {
            out += basic[i++];
        }
    }
    return out;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Spanish writes the English "j" as "y" before a vowel ("Faluya", "Nayaf", "Yisr") and the
// English "kh" as "j" ("Jan Sheijun", "Majmur"); a "y" after a vowel and before a consonant or
// at the end is a vowel ("Hay") and stays. The Spanish "z" is also the English "th" ("Hadiza",
// "Ramza") and its "g" the English "gh" ("Baguz"): with z_is_th or g_is_gh, those too.
std::string spanish_in_english(std::string_view basic, bool z_is_th = false, bool g_is_gh = false) {
    std::string out;
    for (size_t i = 0; i < basic.size(); ++i) {
        char c = basic[i];
        bool h_next = i + 1 < basic.size() && basic[i + 1] == 'h';
        if (c == 'j') out += "kh";
        else if (c == 'y' && i + 1 < basic.size() && is_vowel(basic[i + 1])) out += 'j';
        else if (c == 'z' && z_is_th) out += "th";
        else if (c == 'g' && g_is_gh && !h_next) out += "gh";
        else if (c == 'u' && g_is_gh && i > 0 && basic[i - 1] == 'g' && i + 1 < basic.size() &&
                 (basic[i + 1] == 'e' || basic[i + 1] == 'i')) continue;  // "gue", "gui": the "u" is silent
        else out += c;
    }
    return out;
}

}  // namespace

std::vector<EuropeanReading> english_readings_of_european_spelling(std::string_view basic) {
    static constexpr std::array<Rule, 5> kGerman = {{{"dsch", "j"}, {"tsch", "ch"}, {"sch", "sh"}, {"ch", "kh"}, {"j", "y"}}};
    static constexpr std::array<Rule, 6> kDutch = {{{"dzj", "j"}, {"oe", "u"}, {"dj", "j"}, {"tj", "ch"}, {"sj", "sh"}, {"j", "y"}}};
    std::vector<EuropeanReading> readings;
    auto add = [&](std::string reading, bool as_written_only = false, bool turkish = false) {
        bool known = std::any_of(readings.begin(), readings.end(), [&](const EuropeanReading& r) { return r.english == reading; });
        if (reading != basic && !known) readings.push_back({std::move(reading), as_written_only, turkish});
    };
    bool german = basic.find("sch") != std::string_view::npos || basic.find("ch") != std::string_view::npos ||
                  basic.find('j') != std::string_view::npos;
    if (german) add(respelled(basic, kGerman.data(), kGerman.size()));
    // Some German writers put "ch" for the Arabic "ḥ" too ("Charasta", Harasta): as written only.
    static constexpr std::array<Rule, 4> kGermanHa = {{{"dsch", "j"}, {"tsch", "ch"}, {"sch", "sh"}, {"ch", "h"}}};
    if (basic.find("ch") != std::string_view::npos) add(respelled(basic, kGermanHa.data(), kGermanHa.size()), true);
    // Folded keys carry Turkish letters plain ("surutsch" against "suruc").
    static constexpr std::array<Rule, 3> kGermanForTurkish = {{{"dsch", "c"}, {"tsch", "c"}, {"sch", "s"}}};
    if (basic.find("sch") != std::string_view::npos)
        add(respelled(basic, kGermanForTurkish.data(), kGermanForTurkish.size()), true, true);
    bool dutch = basic.find("oe") != std::string_view::npos || basic.find("sj") != std::string_view::npos ||
                 basic.find("dzj") != std::string_view::npos;
    if (dutch) add(respelled(basic, kDutch.data(), kDutch.size()));
    if (basic.find_first_of("jy") != std::string_view::npos) add(spanish_in_english(basic));
    if (basic.find('z') != std::string_view::npos) add(spanish_in_english(basic, true), true);
    if (basic.find('g') != std::string_view::npos) add(spanish_in_english(basic, false, true), true);
    return readings;
}

bool transliterated_from_arabic(std::string_view country) {
    static constexpr std::array<std::string_view, 22> kArabLeague = {
        "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
        "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"};
    return std::find(kArabLeague.begin(), kArabLeague.end(), country) != kArabLeague.end();
}

}  // namespace chronomap
