#include "core/place_names/exonyms.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace chronomap {
namespace {

std::uint64_t key_of(std::uint32_t geonameid, NameLanguage language) {
    return std::uint64_t{geonameid} << 1 | static_cast<std::uint64_t>(language);
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// One code point from UTF-8 at `i` (advanced); U+FFFD on a bad byte (kept as it was).
char32_t next_code_point(std::string_view s, size_t& i) {
    auto byte = static_cast<unsigned char>(s[i]);
    size_t n = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) {
        ++i;
        return 0xfffd;
    }
    char32_t c = n == 1 ? byte : byte & (0xff >> (n + 1));
    for (size_t k = 1; k < n; ++k) c = c << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    i += n;
    return c;
}

// The scholarly marks of romanised Arabic (and macrons anywhere) and what a plain spelling
// writes instead; "" drops the mark. Letters of European alphabets are not listed.
struct Plain {
    char32_t from;
    const char* to;
};
constexpr Plain kPlainLetters[] = {
    {U'ā', "a"}, {U'Ā', "A"}, {U'ē', "e"}, {U'Ē', "E"}, {U'ī', "i"}, {U'Ī', "I"},
    {U'ō', "o"}, {U'Ō', "O"}, {U'ū', "u"}, {U'Ū', "U"},   // macrons
    {U'ḩ', "h"}, {U'Ḩ', "H"}, {U'ḥ', "h"}, {U'Ḥ', "H"}, {U'ẖ', "h"},  // ḥāʾ
    {U'ţ', "t"}, {U'Ţ', "T"}, {U'ṭ', "t"}, {U'Ṭ', "T"}, {U'ẗ', "t"},  // ṭāʾ, tāʾ marbūṭa
    {U'ṯ', "th"}, {U'Ṯ', "Th"},                                        // thāʾ
    {U'ş', "s"}, {U'Ş', "S"}, {U'ṣ', "s"}, {U'Ṣ', "S"},                // ṣād
    {U'ḑ', "d"}, {U'Ḑ', "D"}, {U'ḍ', "d"}, {U'Ḍ', "D"}, {U'ḏ', "dh"}, {U'Ḏ', "Dh"},
    {U'ẕ', "z"}, {U'Ẕ', "Z"}, {U'ẓ', "z"}, {U'Ẓ', "Z"},                // ẓāʾ
    {U'ḳ', "k"}, {U'Ḳ', "K"}, {U'ǧ', "j"}, {U'Ǧ', "J"},
    {U'ʿ', ""}, {U'ʾ', ""}, {U'ʻ', ""}, {U'ʼ', ""}, {U'‘', ""}, {U'’', ""}, {U'´', ""},
    {U'\u0304', ""}, {U'\u0323', ""}, {U'\u0331', ""}, {U'\u032e', ""},  // combining marks
};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xc0 | c >> 6);
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xe0 | c >> 12);
        out += static_cast<char>(0x80 | (c >> 6 & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | c >> 18);
        out += static_cast<char>(0x80 | (c >> 12 & 0x3f));
        out += static_cast<char>(0x80 | (c >> 6 & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    }
}

// Where ş and ţ are letters of the country's own alphabet (Turkish, Azerbaijani, Turkmen,
// Romanian as GeoNames writes it), not the marks of a romanisation: "Şanlıurfa" stays whole
// rather than becoming "Sanlıurfa", half Turkish and half plain.
bool cedilla_letters_are_local(std::string_view country) {
    static constexpr std::array<std::string_view, 5> kCountries = {"AZ", "MD", "RO", "TM", "TR"};
    return std::find(kCountries.begin(), kCountries.end(), country) != kCountries.end();
}

bool is_cedilla_letter(char32_t c) { return c == U'ş' || c == U'Ş' || c == U'ţ' || c == U'Ţ'; }

std::string without_marks(std::string_view name, bool keep_cedilla_letters) {
    std::string out;
    for (size_t i = 0; i < name.size();) {
        size_t start = i;
        char32_t c = next_code_point(name, i);
        if (keep_cedilla_letters && is_cedilla_letter(c)) {
            append_utf8(out, c);
            continue;
        }
        auto plain = std::find_if(std::begin(kPlainLetters), std::end(kPlainLetters),
                                  [c](const Plain& p) { return p.from == c; });
        if (plain != std::end(kPlainLetters))
            out += plain->to;
        else if (c == 0xfffd)
            out.append(name.substr(start, i - start));
        else
            append_utf8(out, c);
    }
    return out;
}

// Where GeoNames' romanisation of Arabic is used for the local name.
bool arabic_speaking(std::string_view country) {
    static constexpr std::array<std::string_view, 23> kCountries = {
        "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB",
        "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"};
    return std::find(kCountries.begin(), kCountries.end(), country) != kCountries.end();
}

// "ash Shughur" -> "al-Shughur": the article in its assimilated forms (an, ar, as, ash, at,
// ath, ad, adh, az), each only before the consonant it assimilates to.
std::string article_as_al(const std::string& name) {
    std::vector<std::string> words;
    std::istringstream in(name);
    for (std::string w; in >> w;) words.push_back(w);
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string w = lower_ascii(words[i]);
        bool article = false;
        if (i + 1 < words.size()) {
            std::string next = lower_ascii(words[i + 1]);
            static const char* kForms[] = {"an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az"};
            article = w == "al" || std::any_of(std::begin(kForms), std::end(kForms), [&](const char* f) {
                          return w == f && next.starts_with(std::string_view(f).substr(1));
                      });
        }
        if (!out.empty()) out += ' ';
        if (article) {
            out += i == 0 ? "Al-" : "al-";
            out += words[++i];
        } else {
            out += words[i];
        }
    }
    return out;
}

}  // namespace

bool parse_name_language(std::string_view text, NameLanguage& language) {
    std::string primary = lower_ascii(text.substr(0, text.find_first_of("-_")));
    if (primary == "fr") return language = NameLanguage::fr, true;
    if (primary == "en") return language = NameLanguage::en, true;
    return false;
}

std::string_view name_language_code(NameLanguage language) {
    return language == NameLanguage::fr ? "fr" : "en";
}

ExonymTable ExonymTable::parse(std::string_view text, const std::string& display_name,
                               std::vector<Diagnostic>& problems) {
    ExonymTable table;
    auto problem = [&](int line, std::string message, std::string hint) {
        problems.push_back(
            {Severity::error, display_name, line, 0, "", std::move(message), std::move(hint)});
    };
    int number = 0;
    for (size_t start = 0; start < text.size();) {
        size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string_view> f;
        for (size_t from = 0;;) {
            size_t tab = line.find('\t', from);
            f.push_back(line.substr(from, tab == std::string_view::npos ? tab : tab - from));
            if (tab == std::string_view::npos) break;
            from = tab + 1;
        }
        Exonym e;
        e.line = number;
        const char* format = "write: geonameid TAB fr|en TAB name TAB source";
        if (f.size() != 4) {
            problem(number, "expected 4 TAB-separated columns, found " + std::to_string(f.size()),
                    format);
            continue;
        }
        unsigned long long id = 0;
        bool digits = !f[0].empty() && f[0].size() <= 10 &&
                      std::all_of(f[0].begin(), f[0].end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) id = std::stoull(std::string(f[0]));
        if (!digits || id == 0 || id > UINT32_MAX) {
            problem(number, "geonameid \"" + std::string(f[0]) + "\" is not a GeoNames id", format);
            continue;
        }
        e.geonameid = static_cast<std::uint32_t>(id);
        if (!parse_name_language(f[1], e.language) || f[1].size() != 2) {
            problem(number, "language \"" + std::string(f[1]) + "\" is not fr or en", format);
            continue;
        }
        if (f[2].empty() || f[3].empty()) {
            problem(number, f[2].empty() ? "empty name" : "no source for \"" + std::string(f[2]) + "\"",
                    "every name says where it comes from (a Wikipedia title, the Quai d'Orsay list)");
            continue;
        }
        e.name = f[2];
        e.source = f[3];
        auto [at, added] = table.by_key_.try_emplace(key_of(e.geonameid, e.language), table.entries_.size());
        if (!added) {
            const Exonym& first = table.entries_[at->second];
            problem(number,
                    "a second " + std::string(name_language_code(e.language)) + " name for " +
                        std::to_string(e.geonameid) + ": \"" + e.name + "\" (line " +
                        std::to_string(first.line) + " says \"" + first.name + "\")",
                    "keep one name per place and language");
            continue;
        }
        table.entries_.push_back(std::move(e));
    }
    return table;
}

ExonymTable ExonymTable::read(const std::filesystem::path& path, std::vector<Diagnostic>& problems,
                              const std::string& display_name) {
    std::string shown = display_name.empty() ? path.string() : display_name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({Severity::error, shown, 0, 0, "", "cannot read the table of place names",
                            "rebuild chronomap's geodata (scripts/build)"});
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), shown, problems);
}

const std::string* ExonymTable::find(std::uint32_t geonameid, NameLanguage language) const {
    auto at = by_key_.find(key_of(geonameid, language));
    return at == by_key_.end() ? nullptr : &entries_[at->second].name;
}

std::string plain_name(std::string_view geonames_name, std::string_view country) {
    std::string plain = without_marks(geonames_name, cedilla_letters_are_local(country));
    if (!arabic_speaking(country)) return plain;
    // GeoNames writes the final alif maqsura "á" ("‘Īsá"): a plain "a" in romanised Arabic.
    for (size_t at; (at = plain.find("\u00e1")) != std::string::npos;) plain.replace(at, 2, "a");
    return article_as_al(plain);
}

std::string display_name(const ExonymTable& table, std::uint32_t geonameid,
                         std::string_view geonames_name, std::string_view country,
                         NameLanguage language) {
    if (geonameid)
        if (const std::string* name = table.find(geonameid, language)) return *name;
    return plain_name(geonames_name, country);
}

}  // namespace chronomap
