#include "core/gazetteer/geocoder.h"

#include "core/gazetteer/district_hints.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/review_candidates.h"
#include "core/gazetteer/name_folding.h"
#include "core/gazetteer/edit_distance.h"
#include "core/gazetteer/near_phrase.h"
#include "core/gazetteer/compound_spellings.h"
#include "core/gazetteer/european_spellings.h"
#include "core/gazetteer/parenthesized_names.h"
#include "core/gazetteer/town_words.h"
#include "core/gazetteer/non_point_names.h"
#include "core/gazetteer/region_names.h"
#include "core/gazetteer/short_key_filter.h"

namespace chronomap {
using namespace geocode_scoring;
namespace {

// A skeleton without its vowels: two spellings one vowel apart ("masrat", "misrat") have the
// same; "Yalimli" and "Cilimli" do not.
std::string consonants(std::string_view skeleton) {
    std::string out;
    for (char c : skeleton)
        if (std::string_view("aeiouy").find(c) == std::string_view::npos) out += c;
    return out;
}

// The skeletons one letter from `skeleton` (changed, added or dropped) that `keep` lets
// through, each once, in the order they are made: those a vowel away are the candidates,
// those a consonant away their rivals ("Duna" is as near Duma as Ad Dānā). Some 300 are made
// for a short name, and `keep` (the index's short-key filter) passes the few it may hold: the
// kept ones are few enough to be compared with each other.
template <typename Keep>
std::vector<FuzzyKey> one_letter_variants(std::string_view skeleton, const Keep& keep) {
    std::vector<FuzzyKey> out;
    std::string key;
    auto add = [&] {
        if (key == skeleton || !keep(std::string_view(key))) return;
        if (std::none_of(out.begin(), out.end(), [&](const FuzzyKey& k) { return k.key == key; }))
            out.push_back({key, 1});
    };
    for (size_t at = 0; at <= skeleton.size(); ++at) {
        std::string_view head = skeleton.substr(0, at), rest = skeleton.substr(at);
        for (char c = 'a'; c <= 'z'; ++c) {
            key.assign(head).append(1, c).append(rest);
            add();
        }
        if (at == skeleton.size()) continue;
        std::string_view tail = skeleton.substr(at + 1);
        key.assign(head).append(tail);
        add();
        for (char c = 'a'; c <= 'z'; ++c) {
            key.assign(head).append(1, c).append(tail);
            add();
        }
    }
    return out;
}
// The variants of the skeletons they are made for are all in the short-key filter's lengths.
static_assert(kMinShortNearSkeleton - 1 >= short_key_filter::kMinKey &&
              gazetteer_format::kMinFuzzyKey + 1 <= short_key_filter::kMaxKey);

// The consonants of a basic key as transliterations of one Arabic letter agree on them:
// "dh" and "d", "th" and "t" (ذ ض ث), Egyptian and Libyan "g" and "j" (ج), a space or none
// ("Mihtarlam", Mehtar Lām): "Ramadhi" is Ramadi, "Singar" Sinjār, "Zingibar" Zinjibār. (The
// skeleton reads "dh" as "s" and "j" as a vowel: these are its look-alikes' letters.)
std::string consonant_sounds(std::string_view basic) {
    std::string out;
    for (char c : basic) {
        if (std::string_view("aeiouy -").find(c) != std::string_view::npos) continue;
        if (c == 'h' && !out.empty() && (out.back() == 'd' || out.back() == 't')) continue;
        out += c == 'g' ? 'j' : c;
    }
    return out;
}

// The written skeleton is the place's with a final "i" added: the Arabic adjective of the
// place (nisba: "Baghdadi", "Halabi", "Kirkuki"), a family's or another town's name ("Al-Baghdadi",
// Anbar, is 180 km from Baghdad), not a spelling of it.
bool adds_nisba(std::string_view written_skeleton, std::string_view place_skeleton) {
    return written_skeleton.size() == place_skeleton.size() + 1 && written_skeleton.ends_with('i') &&
           written_skeleton.starts_with(place_skeleton);
}

// A French transliteration (of a folded key) spelled as English spells it: "ou" is "u",
// "ch" is "sh", "tch" is "ch", "dj" is "j" ("koundouz" -> "kunduz", "machhad" -> "mashhad");
// with j_is_zh, "j" is "zh" and "dj" "dzh", as in French spellings of Ukrainian and Russian
// ("droujkivka" -> "druzhkivka", "soudja" -> "sudzha"), not of Arabic, where the French "j"
// is the English one and "dj" too ("Djeddah", Jeddah).
std::string english_spelling(std::string_view basic, bool j_is_zh = false) {
    std::string out;
    out.reserve(basic.size() + 4);
    for (size_t i = 0; i < basic.size();) {
        if (basic.substr(i, 3) == "tch") { out += "ch"; i += 3; }
        else if (basic.substr(i, 2) == "ch") { out += "sh"; i += 2; }
        else if (basic.substr(i, 2) == "dj") { out += j_is_zh ? "dzh" : "j"; i += 2; }
        else if (basic.substr(i, 2) == "ou") { out += "u"; i += 2; }
        else if (j_is_zh && basic[i] == 'j') { out += "zh"; ++i; }
        else out += basic[i++];
    }
    return out;
}

// Countries whose names the French press transliterates from Cyrillic, where its "j" is the
// English "zh" (in Chinese pinyin, "Manjang" is not "Manzhang").
bool written_in_cyrillic(const CountryCode& country) {
    static constexpr std::string_view kCyrillic[] = {"UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "MK", "RS", "MD"};
    return std::find(std::begin(kCyrillic), std::end(kCyrillic), to_string_view(country)) != std::end(kCyrillic);
}

// Countries whose names the French press writes with "dj" for the Turkish "c".
bool written_in_turkish(const CountryCode& country) {
    return to_string_view(country) == "TR" || to_string_view(country) == "AZ";
}

// Countries where places bear Arabic names (the Arab League, its neighbours, the Sahel and the
// Horn): there "Al-Dour" may be a place GeoNames calls "Dour" (Ad Dawr, IQ); Dour in Belgium is
// not it.
constexpr std::string_view kArabicNameCountries[] = {
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
    "SD", "SY", "TN", "AE", "YE", "EH", "IL", "IR", "TR", "AF", "PK", "TD", "NE", "ML", "ER", "SS"};
bool writes_arabic_names(const CountryCode& country) {
    return std::find(std::begin(kArabicNameCountries), std::end(kArabicNameCountries), to_string_view(country)) !=
           std::end(kArabicNameCountries);
}
// The same by the index's country id (gazetteer_format::country_id), asked for each place a
// name with an article reaches: the ids are computed once.
bool writes_arabic_names(std::uint16_t country_id) {
    static const std::vector<std::uint16_t> ids = [] {
        std::vector<std::uint16_t> out;
        for (std::string_view code : kArabicNameCountries) out.push_back(gazetteer_format::country_id(code.data()));
        return out;
    }();
    return std::find(ids.begin(), ids.end(), country_id) != ids.end();
}

// Articles the press writes before Arabic names ("Al-Moukalla" is Mukalla).
std::string_view without_article(std::string_view basic) {
    for (std::string_view article : {"al ", "el ", "ar ", "as ", "ad ", "ash ", "az ", "an ", "at ", "ez ", "es ", "er ",
                                     "en ", "et "})
        if (basic.starts_with(article) && basic.size() >= article.size() + 3) return basic.substr(article.size());
    return basic;
}

// The name as written is the place's own name but for what transliterations never agree on:
// the article, the ʿayn and hamza marks (fold_basic drops them), a final "h", doubled letters,
// "y" for "i", "o" for "u" (Arabic has no "o": French and Italian write it for the "u"), and
// French for English spelling ("ou", "ch", "dj"; "ou" beside a vowel is the English "w"), and
// a final "-eh" for "-ah" ("Slinfeh", Şlinfah): "Ashara" is Al ‘Ashārah, "Maadan" Ma‘dān, "Madaïa" Maḑāyā, "Al-Achara" Al ‘Ashārah, "Djalo"
// Jālū, "Aoudjila" Awjilah; "Hadar" is not Al Ḩāḑir.
std::string spelling_without_trivia(std::string_view basic) {
    std::string english = english_spelling(without_article(basic));
    auto vowel_at = [&](size_t k) {
        return k < english.size() && std::string_view("aei").find(english[k]) != std::string_view::npos;
    };
    std::string out;
    for (size_t i = 0; i < english.size(); ++i) {
        char c = english[i];
        if (c == 'y') c = 'i';
        if (c == 'o') c = 'u';
        if (c == 'u' && i > 0 && (vowel_at(i + 1) || vowel_at(i - 1))) c = 'w';
        if (out.empty() || out.back() != c) out += c;
    }
    // The Levantine final "-eh" (OCHA's "Slinfeh", "Hasakeh") is the "-ah" of the same ending
    // (a final "e" alone is not: "Simele" is not Shimla).
    bool final_eh = out.size() > 3 && out.ends_with("eh");
    if (out.size() > 3 && out.back() == 'h' && std::string_view("aeiou").find(out[out.size() - 2]) != std::string_view::npos)
        out.pop_back();
    if (final_eh) out.back() = 'a';
    return out;
}

bool own_name_but_for_trivia(std::string_view basic, std::string_view geonames_name) {
    auto own = fold_basic(geonames_name);
    return own && spelling_without_trivia(basic) == spelling_without_trivia(*own);
}

// The consonants a reader sees, once rule 1's trivia are aside ("Dirna" and Darnah: "drn"),
// without "w" and "h", which transliterations add and drop ("Zouar" is "zr", Sarh "sr").
std::string consonants_as_written(std::string_view basic) {
    std::string out;
    for (char c : consonant_sounds(spelling_without_trivia(basic)))
        if (c != 'w' && c != 'h') out += c;
    return out;
}

// The name as written is the place's own but for two letters, once trivia aside ("Tikreet",
// tikret, and Tikrīt, tikrit).
bool within_two_letters_but_for_trivia(std::string_view basic, std::string_view geonames_name) {
    auto own = fold_basic(geonames_name);
    return own && bounded_edit_distance(spelling_without_trivia(basic), spelling_without_trivia(*own), 2) <= 2;
}

// A name quoted in a note (the catalog's formats hold the quotes): at most 80 bytes of it.
std::string quoted_part(std::string_view text) {
    return std::string(text.substr(0, 80)) + (text.size() > 80 ? "..." : "");
}

// How a match was found, as the details panel says it.
GeocodeNote method_words(MatchMethod method) {
    switch (method) {
        case MatchMethod::exact:
            return GeocodeNote::method_exact;
        case MatchMethod::alternate:
            return GeocodeNote::method_alternate;
        case MatchMethod::alias:
            return GeocodeNote::method_alias;
        case MatchMethod::folded:
            return GeocodeNote::method_folded;
        case MatchMethod::fuzzy:
            return GeocodeNote::method_fuzzy;
    }
    return GeocodeNote::method_exact;
}

// What non_point_kind() found, as a message.
NoteText kind_words(std::string_view kind) {
    static constexpr std::pair<std::string_view, GeocodeNote> kKinds[] = {
        {"a road", GeocodeNote::kind_road},
        {"a region", GeocodeNote::kind_region},
        {"a desert or mountains", GeocodeNote::kind_desert},
        {"a river, lake or sea", GeocodeNote::kind_water},
        {"a front or border", GeocodeNote::kind_front},
    };
    for (const auto& [english, id] : kKinds)
        if (english == kind) return NoteText(id);
    return NoteText(std::string(kind));
}

NoteText compass_words(std::string_view abbreviation) {
    static constexpr std::pair<std::string_view, GeocodeNote> kPoints[] = {
        {"N", GeocodeNote::compass_n}, {"NE", GeocodeNote::compass_ne}, {"E", GeocodeNote::compass_e},
        {"SE", GeocodeNote::compass_se}, {"S", GeocodeNote::compass_s}, {"SW", GeocodeNote::compass_sw},
        {"W", GeocodeNote::compass_w}, {"NW", GeocodeNote::compass_nw},
    };
    for (const auto& [english, id] : kPoints)
        if (english == abbreviation) return NoteText(id);
    return NoteText(std::string(abbreviation));
}

// An answer found by reading the name another way: that reading comes first in its evidence.
GeocodeResult read_as(GeocodeResult theirs, NoteText reading) {
    theirs.evidence_parts.insert(theirs.evidence_parts.begin(), std::move(reading));
    theirs.evidence = render_notes(theirs.evidence_parts, DateLanguage::en);
    return theirs;
}

// Appends a part to the result's note (English) and to its parts.
void add_note(GeocodeResult& result, NoteText part) {
    if (part.id == GeocodeNote::nothing) return;
    result.note += (result.note.empty() ? "" : "; ") + render_note(part, DateLanguage::en);
    result.note_parts.push_back(std::move(part));
}

}  // namespace

NoteText Geocoder::describe(const GeocodeCandidate& c) const {
    std::string_view country = to_string_view(c.country);
    std::string code = " (" + std::string(country) + ")";
    std::string english = display_name(*exonyms_, c.geonameid, c.name, country, NameLanguage::en) + code;
    std::string french = display_name(*exonyms_, c.geonameid, c.name, country, NameLanguage::fr) + code;
    if (french == english) return english;
    return NoteText(GeocodeNote::english_or_french, {english, french});
}

std::string note_in(const GeocodeResult& result, DateLanguage language) {
    if (result.note_parts.empty()) return result.note;
    return render_notes(result.note_parts, language);
}

std::string note_for_explorer(const GeocodeResult& result, DateLanguage language) {
    if (result.note_parts.empty()) return result.note;
    return render_notes(for_review(result.note_parts), language);
}

std::string evidence_in(const GeocodeResult& result, DateLanguage language) {
    if (result.evidence_parts.empty()) return result.evidence;
    return render_notes(result.evidence_parts, language);
}

std::string_view status_name(GeocodeStatus status) {
    switch (status) {
        case GeocodeStatus::resolved:
            return "resolved";
        case GeocodeStatus::ambiguous:
            return "ambiguous";
        case GeocodeStatus::unresolved:
            return "unresolved";
    }
    return "unresolved";
}

std::string_view precision_name(PlacePrecision precision) {
    switch (precision) {
        case PlacePrecision::town:
            return "town";
        case PlacePrecision::district:
            return "district";
        case PlacePrecision::region:
            return "region";
        case PlacePrecision::country:
            return "country";
        case PlacePrecision::near:
            return "near";
    }
    return "town";
}

std::string_view method_name(MatchMethod method) {
    switch (method) {
        case MatchMethod::exact:
            return "exact";
        case MatchMethod::alternate:
            return "alternate";
        case MatchMethod::alias:
            return "alias";
        case MatchMethod::folded:
            return "folded";
        case MatchMethod::fuzzy:
            return "fuzzy";
    }
    return "exact";
}

struct Geocoder::Scored {
    // What ranking reads of a candidate, without strings: a name borne by hundreds of places
    // ("San Isidro") sorts and filters small plain records; the name and region are copied
    // only into what is returned.
    struct Ranked {
        std::uint32_t geonameid = 0;
        CountryCode country{};
        MatchMethod method = MatchMethod::exact;
        PlacePrecision precision = PlacePrecision::town;
        std::uint32_t population = 0;
        double lat = 0, lon = 0;
        double score = 0;
    };
    Ranked c;
    std::string_view name;  // in the index or the alias table
    GeocodeCandidate returned() const {
        GeocodeCandidate out;
        out.geonameid = c.geonameid;
        out.name = std::string(name);
        out.country = c.country;
        out.lat = c.lat;
        out.lon = c.lon;
        out.population = c.population;
        out.method = c.method;
        out.precision = c.precision;
        out.score = c.score;
        return out;
    }
    std::int64_t place = -1;  // gazetteer index; -1 for alias places
    Feature feature = Feature::populated;
    int fuzzy_distance = 0;
    bool vowel_edit = false;  // a fuzzy match whose one edit is a vowel ("Mesrata", Misratah)
    bool main_name = false;  // matched through the place's main name (not an alternate)
    bool user_alias = false;  // the user's own alias or place (final: no hint rules it out)
    // Bears the name as written (its own, another of its names, an alias), not a look-alike.
    bool written() const { return bears_name_as_written(c.method); }
};

// The regions a hint names (as country + GeoNames admin1 code, comparable across indexes).
struct Geocoder::RegionFilter {
    std::vector<std::pair<CountryCode, std::string>> regions;
    std::optional<NoteText> display;  // "Idlib Governorate (SY)", "Gouvernorat d'Idleb (SY)"
    enum Verdict { inside, outside, unknown };
    // What the region says of a candidate of index `own`. `around`, built on `neighbours`,
    // finds the places near one whose region is unknown.
    Verdict verdict(const Gazetteer& own, const Scored& s, const Gazetteer* neighbours = nullptr,
                    const CountryReach* around = nullptr) const {
        bool country_named = std::any_of(regions.begin(), regions.end(),
                                         [&](const auto& r) { return r.first == s.c.country; });
        // A country with no region of that name: "Qana" with the region "South" (Lebanon's, and
        // other countries') is not Qena (EG).
        if (!country_named) return outside;
        if (s.place >= 0)
            if (Verdict v = verdict_of(own, static_cast<std::uint32_t>(s.place), s.c.country); v != unknown) return v;
        if (s.user_alias || !around) return unknown;  // the user's own place is final
        // A place of unknown region (a curated place GeoNames lacks, or a GeoNames place without
        // its admin1 code: Ménaka, ML) lies in the regions of the places around it: the curated
        // Al-Mansurah (Raqqa) is not the Mansoura a user places in Aleppo. In a desert with none
        // around (Al-Tanf, Rukban), its region stays unknown.
        Verdict found = unknown;
        for (std::uint32_t place : around->places_within(s.c.country, s.c.lat, s.c.lon, kCuratedPlaceRegionKm))
            if (Verdict v = verdict_of(*neighbours, place, s.c.country); v != unknown) {
                if (v == inside) return inside;
                found = outside;
            }
        return found;
    }
    Verdict verdict_of(const Gazetteer& gazetteer, std::uint32_t place, const CountryCode& country) const {
        auto region = gazetteer.region_of(place);
        if (!region) return unknown;
        for (const auto& [named_country, code] : regions)
            if (named_country == country && region->code == code) return inside;
        return outside;
    }
};

// How much of a name's candidates a lookup read (gather): all of them, or the best ones in
// ranking order (gazetteer_format.h), with what the rest may hold. The acceptance rule looks at
// the top, the best far contender, the alternatives listed and a few "most important place of
// the name" maxima; each such look checks that no unread candidate could change it, and asks
// for a fuller reading otherwise (needs_more).
struct Geocoder::Reading {
    bool complete = true;  // every candidate was read
    // Unread candidates where the hint says: bearing the name as written (alias, main or
    // alternate name), and their best score; look-alikes (similar spellings).
    bool more_written = false, more_look_alikes = false;
    double written_bound = -INFINITY;
    bool abroad_complete = true;  // the most important namesake abroad is among those read
    bool every_place_read = true;  // false once read_best read the best few only
    // Of every candidate, read or not (the key tables say without reading places).
    bool main_name_match = false, written_name_exists = false;

    // Whether position i of the ranked list (written names first, hints applied) holds the
    // candidate a complete reading would put there; i == size asks whether nothing follows.
    bool certain(size_t i, size_t size, size_t written_read) const {
        if (complete || i < written_read) return true;
        if (more_written) return false;
        return i < size || !more_look_alikes;
    }
    // Whether an unread place bearing the name as written may be more important than `best`
    // (importances closer than 1e-9 are taken as equal: they come from whole populations).
    bool may_outweigh(double best) const {
        return more_written && written_bound - kAlternateWeight > best + 1e-9;
    }
};

void add_exonym_aliases(const Gazetteer& gazetteer, const ExonymTable& exonyms,
                        AliasTable& aliases) {
    for (const Exonym& e : exonyms.entries()) {
        auto index = gazetteer.find_geonameid(e.geonameid);
        if (!index) continue;  // an id missing from this GeoNames snapshot
        PlaceView place = gazetteer.place(*index);
        // "Tripoli", "Homs": GeoNames' own name finds them already, with its competition.
        if (fold_basic(e.name) == fold_basic(place.name)) continue;
        AliasEntry alias;
        alias.kind = AliasKind::alias;
        alias.name = e.name;
        alias.country = place.country;
        alias.geonameid = e.geonameid;
        alias.note = e.source;
        alias.origin = "geodata/exonyms.tsv:" + std::to_string(e.line);
        aliases.add(std::move(alias));
    }
}

Geocoder::Geocoder(std::shared_ptr<const Gazetteer> gazetteer, AliasTable curated)
    : gazetteer_(std::move(gazetteer)), aliases_(std::move(curated)) {}

Geocoder Geocoder::open(const std::filesystem::path& geodata_dir,
                        std::vector<Diagnostic>* diagnostics) {
    auto gazetteer = Gazetteer::open(geodata_dir / Gazetteer::kFileName);
    AliasTable curated;
    auto aliases_file = geodata_dir / "aliases.tsv";
    std::error_code ec;
    if (std::filesystem::exists(aliases_file, ec)) {
        // The build copies geodata/aliases.tsv verbatim: name the file users can edit.
        auto problems = read_alias_file(aliases_file, curated, false, "geodata/aliases.tsv");
        if (diagnostics) diagnostics->insert(diagnostics->end(), problems.begin(), problems.end());
    }
    auto exonyms_file = geodata_dir / ExonymTable::kFileName;
    std::shared_ptr<const ExonymTable> exonyms;
    if (std::filesystem::exists(exonyms_file, ec)) {
        std::vector<Diagnostic> problems;
        exonyms = std::make_shared<ExonymTable>(ExonymTable::read(exonyms_file, problems, "geodata/exonyms.tsv"));
        add_exonym_aliases(*gazetteer, *exonyms, curated);
        if (diagnostics) diagnostics->insert(diagnostics->end(), problems.begin(), problems.end());
    }
    Geocoder geocoder(std::move(gazetteer), std::move(curated));
    if (exonyms) geocoder.exonyms_ = std::move(exonyms);
    return geocoder;
}

void Geocoder::add_aliases(const AliasTable& user_aliases) {
    aliases_.merge(user_aliases);
}

void Geocoder::add_gazetteer(std::shared_ptr<const Gazetteer> gazetteer) {
    auto user = std::make_shared<Geocoder>(std::move(gazetteer));
    user->hints_ = hints_ ? hints_ : gazetteer_;
    user->reach_ = reach_;  // the same countries' places: built once
    user->exonyms_ = exonyms_;
    user_geocoders_.push_back(std::move(user));
}

void Geocoder::take_place(Scored& s, std::uint32_t index, MatchMethod method) const {
    PlaceView p = gazetteer_->place(index);
    s.c.geonameid = p.geonameid;
    s.c.country = p.country;
    s.c.lat = p.lat;
    s.c.lon = p.lon;
    s.c.population = p.population;
    s.c.method = method;
    if (p.feature == Feature::section) s.c.precision = PlacePrecision::district;
    s.name = p.name;
    s.place = index;
    s.feature = press_rank(p.feature, p.country);  // a dependent territory's seat ranks as a region's
}

GeocodeCandidate Geocoder::returned(const Scored& s) const {
    GeocodeCandidate out = s.returned();
    if (s.place >= 0)
        if (auto region = gazetteer_->region_of(static_cast<std::uint32_t>(s.place))) {
            out.region = std::string(region->name);
            out.region_fr = std::string(region->name_fr);
        }
    return out;
}

const std::string& region_in(const GeocodeCandidate& c, DateLanguage language) {
    return language == DateLanguage::fr && !c.region_fr.empty() ? c.region_fr : c.region;
}

std::optional<CountryCode> Geocoder::parse_country_hint(std::string_view hint) const {
    if (hint.empty() || hint.size() > kMaxNameBytes) return std::nullopt;
    auto basic = fold_basic(hint);
    if (!basic || basic->empty()) return std::nullopt;
    if (auto code = hint_gazetteer().country_from_key(*basic)) return code;
    bool matched_basic = false;
    for (const AliasEntry* e : aliases_.find(*basic, fold_skeleton(*basic), matched_basic))
        if (e->kind == AliasKind::country) return e->country;
    // "la Syrie", "le Liban", "l'Irak" (the apostrophe folds away: "lirak").
    for (std::string_view article : {"la ", "le ", "les ", "the ", "l"})
        if (basic->starts_with(article))
            if (auto code = hint_gazetteer().country_from_key(
                    std::string_view(*basic).substr(article.size())))
                return code;
    return std::nullopt;
}

std::vector<RegionView> Geocoder::regions_named(std::string_view region_hint) const {
    std::vector<RegionView> found;
    for (const RegionMatch& m : hint_gazetteer().find_regions(region_hint)) found.push_back(hint_gazetteer().region(m.region));
    // The curated names of regions (aliases.tsv, kind region): as written only, after the
    // region tables' (so "Kyiv", Kyiv City there, is Kyiv Oblast too, as ACLED writes it).
    std::vector<std::string> keys = region_name_keys(region_hint);
    if (auto basic = fold_basic(region_hint); basic && !basic->empty()) keys.push_back(*basic);
    for (const std::string& key : keys) {
        bool matched_basic = false;
        for (const AliasEntry* e : aliases_.find(key, {}, matched_basic)) {
            if (e->kind != AliasKind::region) continue;
            auto seat = gazetteer_->find_geonameid(e->geonameid);
            auto region = seat ? gazetteer_->region_of(*seat) : std::nullopt;
            if (!region || std::any_of(found.begin(), found.end(), [&](const RegionView& v) {
                    return v.country == region->country && v.code == region->code;
                }))
                continue;
            found.push_back(*region);
        }
    }
    return found;
}

std::vector<Geocoder::Scored> Geocoder::gather(std::string_view basic, std::string_view skeleton,
                                               const std::optional<CountryCode>& hint,
                                               NoteText& note, bool& is_area, size_t limit,
                                               Reading& reading) const {
    std::vector<Scored> found;
    auto in_hint = [&](const CountryCode& country) { return !hint || country == *hint; };

    // Aliases: the user's are final; curated ones join the gazetteer's candidates.
    bool matched_basic = false;
    bool user_point = false;
    for (const AliasEntry* e : aliases_.find(basic, skeleton, matched_basic)) {
        if (e->kind == AliasKind::country || e->kind == AliasKind::region) continue;
        // A skeleton of one consonant is shared by chance as often as not: "Hajjah" (YE) and
        // the exonym "La Haye" both give "haia". Only the name as written counts then
        // ("Fallouja", falui, still reaches the exonym "Falloujah").
        if (!matched_basic && consonants(skeleton).size() <= 1) continue;
        if (e->has_country() && !in_hint(e->country)) continue;
        if (e->kind == AliasKind::area) {
            if (user_point) continue;
            is_area = true;
            note = NoteText(GeocodeNote::area_alias,
                            {e->note.empty() ? NoteText(GeocodeNote::kind_region) : NoteText(e->note), e->origin});
            return {};
        }
        Scored s;
        if (e->kind == AliasKind::alias) {
            auto index = gazetteer_->find_geonameid(e->geonameid);
            if (!index) continue;  // a curated id missing from this GeoNames snapshot
            take_place(s, *index, MatchMethod::alias);
        } else {
            s.name = e->name;
            s.c.country = e->country;
            s.c.lat = e->lat;
            s.c.lon = e->lon;
            s.c.method = MatchMethod::alias;
            s.c.population = 10000;  // unknown: rank it as a town, not as a hamlet
        }
        s.c.score = (e->user ? kUserAliasWeight : kCuratedAliasWeight) +
                    importance(s.c.population, s.feature);
        s.user_alias = e->user;
        user_point = user_point || e->user;
        found.push_back(std::move(s));
    }
    if (user_point) {
        std::erase_if(found, [](const Scored& s) { return s.c.method != MatchMethod::alias; });
        return found;
    }

    auto add_matches = [&](const std::vector<KeyMatch>& matches, bool folded, int fuzzy_distance) {
        for (const KeyMatch& m : matches) {
            double weight = fuzzy_distance ? kFuzzyWeight[fuzzy_distance] : key_weight(folded, m.alternate);
            MatchMethod method = fuzzy_distance ? MatchMethod::fuzzy
                                 : folded
                                     ? MatchMethod::folded
                                     : (m.alternate ? MatchMethod::alternate : MatchMethod::exact);
            Scored& s = found.emplace_back();
            take_place(s, m.place, method);
            s.fuzzy_distance = fuzzy_distance;
            s.main_name = !m.alternate && fuzzy_distance == 0;
            s.c.score = weight + importance(s.c.population, s.feature);
        }
    };
    // A key's entries and places are read only as far as the ranking needs them (read_best):
    // a name of many places costs its best few.
    KeyRun written_run, folded_run;
    std::vector<KeyMatch> article_matches;
    size_t article_main_names = 0;
    gazetteer_->find_both(basic, skeleton, written_run, folded_run, std::min<size_t>(limit + 2, 64));
    // "Al-Raqqa" is "Raqqa" with its article: the name as written, not a look-alike of it.
    if (std::string_view bare = without_article(basic); bare.size() < basic.size()) {
        gazetteer_->find_basic(bare, article_matches);
        // "al", "ad", "ash" ... are Arabic only ("el" is Spanish too): "Al-Dour" is not Dour (BE).
        // (The key entry's country says it without reading the place, but for odd codes.)
        if (!basic.starts_with("e"))
            std::erase_if(article_matches, [&](const KeyMatch& m) {
                if (m.country != gazetteer_format::kUnknownCountryId) return !writes_arabic_names(m.country);
                return !writes_arabic_names(gazetteer_->place(m.place).country);
            });
        // All taken as alternate names: the ranking order holds among the main names and
        // among the alternate ones, so they are kept apart (main names first).
        article_main_names = static_cast<size_t>(
            std::stable_partition(article_matches.begin(), article_matches.end(),
                                  [](const KeyMatch& m) { return !m.alternate; }) -
            article_matches.begin());
        for (KeyMatch& m : article_matches) m.alternate = true;
    }
    auto any_match = [](const KeyRun& run, const auto& is) {
        for (size_t i = 0; i < run.size(); ++i)
            if (is(run[i])) return true;
        return false;
    };
    KeyRun article_run(article_matches);
    reading.main_name_match = any_match(written_run, [](const KeyMatch& m) { return !m.alternate; });
    reading.written_name_exists = !found.empty() || !written_run.empty() || !article_matches.empty();

    // Fuzzy only when nothing better was found where the user says the place is.
    std::uint16_t hint_id = hint ? gazetteer_format::country_id(hint->data()) : 0;
    auto match_in_hint = [&](const KeyMatch& m) {
        if (!hint) return true;
        if (m.country == gazetteer_format::kUnknownCountryId) return gazetteer_->place(m.place).country == *hint;
        return m.country == hint_id;
    };
    bool any_in_hint = std::any_of(found.begin(), found.end(), [&](const Scored& s) { return in_hint(s.c.country); }) ||
                       any_match(written_run, match_in_hint) || any_match(folded_run, match_in_hint) ||
                       any_match(article_run, match_in_hint);
    bool fuzzy = !any_in_hint && is_ascii(skeleton);
    // A curated alias reached only through its skeleton is a look-alike of its name: it
    // yields to a place where the user says that bears the name as written as its own
    // ("Adré" is Adré, TD, not the curated Adra, SY, whose skeleton "adr" it shares), unless
    // it names that very place ("al-Qusayr" and the exonym Qousseir: Al Quşayr, SY).
    auto bears_name_as_written = [&](const Scored& s) {
        return any_match(written_run, [&](const KeyMatch& m) { return static_cast<std::int64_t>(m.place) == s.place; });
    };
    if (!matched_basic && any_match(written_run, [&](const KeyMatch& m) { return !m.alternate && match_in_hint(m); }))
        for (Scored& s : found)
            if (s.c.method == MatchMethod::alias && !bears_name_as_written(s)) {
                s.c.method = MatchMethod::folded;
                s.c.score = key_weight(true, false) + importance(s.c.population, s.feature);
            }
    // A place of an unusual country code ("X1" in a user's CSV) is only known by reading it.
    bool countries_known = !hint || (hint_id != gazetteer_format::kUnknownCountryId &&
                                     !written_run.some_country_unknown() && !folded_run.some_country_unknown() &&
                                     !article_run.some_country_unknown());
    // A name of a few places (most names) is read whole: ranking them is cheaper than merging.
    bool few = written_run.size() + folded_run.size() + article_run.size() <= limit;
    std::vector<KeyMatch> matches, folded_matches;
    if (!fuzzy && !few && countries_known) {
        read_best(found, written_run, article_run, article_main_names, folded_run, hint, limit, reading);
    } else {
        written_run.append_to(matches);
        folded_run.append_to(folded_matches);
        // A place found by its name as written outscores its look-alike match (weights 4 and
        // 3 over 2.5 and 2), which the merge below would drop: it is not read a second time.
        // (read_best reads it first by its name as written, and stops before the look-alike.)
        if (!matches.empty() && !folded_matches.empty()) {
            std::vector<std::uint32_t> written_places(matches.size());
            for (size_t i = 0; i < matches.size(); ++i) written_places[i] = matches[i].place;
            std::sort(written_places.begin(), written_places.end());
            std::erase_if(folded_matches, [&](const KeyMatch& m) {
                return std::binary_search(written_places.begin(), written_places.end(), m.place);
            });
        }
        add_matches(matches, false, 0);
        add_matches(folded_matches, true, 0);
        add_matches(article_matches, false, 0);
    }
    if (fuzzy) {
        std::vector<FuzzyKey> keys;
        gazetteer_->find_fuzzy(skeleton, keys);
        // The index keeps no near keys of short skeletons (one letter changes too much of
        // them); where the user names the country, each letter changed, added or dropped is
        // tried ("Edlib, Syrie" is Idlib, "Dirna, Libya" Derna; "Duna" Ad Dānā or Duma).
        bool variants = keys.empty() && hint && skeleton.size() >= kMinShortNearSkeleton &&
                        skeleton.size() <= gazetteer_format::kMinFuzzyKey;
        if (variants)
            keys = one_letter_variants(skeleton, [&](std::string_view key) {
                return gazetteer_->may_have_skeleton_in(key, hint_id);
            });
        std::vector<KeyRun> runs;
        gazetteer_->find_skeletons(keys, runs, kMaxFuzzyPlaces);
        size_t before = found.size();
        for (size_t k = 0; k < keys.size(); ++k) {
            const FuzzyKey& key = keys[k];
            if (found.size() - before >= kMaxFuzzyPlaces) break;
            matches.clear();
            runs[k].append_to(matches);
            // Short keys name places the world over: only the country's count (and fill the cap).
            if (variants) std::erase_if(matches, [&](const KeyMatch& m) { return !match_in_hint(m); });
            size_t first = found.size();
            add_matches(matches, false, key.distance);
            // Either way a final "i" is another name: "Zaytuniyah" is "of Zaytun" (a village of
            // the West Bank, not the Zeitoun district of Gaza City); but "Ghazna" is Ghazni, its
            // final vowel written otherwise.
            bool place_adds_nisba = adds_nisba(key.key, skeleton) && !basic.empty() &&
                                    std::string_view("aeiouy").find(basic.back()) == std::string_view::npos;
            bool vowel_edit = consonants(key.key) == consonants(skeleton) && !adds_nisba(skeleton, key.key) &&
                              !place_adds_nisba;
            for (size_t i = first; i < found.size(); ++i) found[i].vowel_edit = vowel_edit;
        }
    }

    // One entry per place, with its best score (of equal scores, the first found).
    std::stable_sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
        if (a.place != b.place) return a.place < b.place;
        return a.c.score > b.c.score;
    });
    // A place reached by several near keys is a vowel away when one of them is ("Mihtarlam":
    // "mitarlam" drops a letter, "mahtarlam" changes a vowel of Mehtar Lām).
    for (size_t i = 1; i < found.size(); ++i)
        if (found[i].place >= 0 && found[i].place == found[i - 1].place && found[i].vowel_edit) {
            size_t first = i - 1;
            while (first > 0 && found[first - 1].place == found[i].place) --first;
            found[first].vowel_edit = true;
        }
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Scored& a, const Scored& b) {
                                return a.place >= 0 && a.place == b.place;
                            }),
                found.end());
    return found;
}

void Geocoder::read_best(std::vector<Scored>& found, const KeyRun& matches, const KeyRun& article_matches,
                         size_t article_main_names, const KeyRun& folded_matches,
                         const std::optional<CountryCode>& hint, size_t limit,
                         Reading& reading) const {
    // The order lookup_reading ranks candidates in without context: score (a look-alike's
    // lowered when the name as written exists), then place.
    auto ranked_score = [&](const Scored& s) {
        return s.c.method == MatchMethod::folded && reading.written_name_exists ? s.c.score - kLookAlikePenalty
                                                                                 : s.c.score;
    };
    auto before = [&](const Scored& a, const Scored& b) {
        double sa = ranked_score(a), sb = ranked_score(b);
        return sa != sb ? sa > sb : a.place < b.place;
    };
    reading.every_place_read = false;
    auto in_hint = [&](const Scored& s) { return !hint || s.c.country == *hint; };
    // One key table's entries, in their stored (ranking) order, on one side of the hint.
    struct Cursor {
        Cursor(const KeyRun& list, bool is_folded, bool is_inside, size_t from = 0, size_t to = SIZE_MAX)
            : matches(&list), folded(is_folded), inside(is_inside), next(from), end(std::min(to, list.size())) {}
        const KeyRun* matches;
        bool folded, inside;
        bool main_names_only = false;
        size_t next, end;
        std::optional<Scored> head;
    };
    std::uint16_t hint_id = hint ? gazetteer_format::country_id(hint->data()) : 0;
    auto advance = [&](Cursor& c) {
        c.head.reset();
        for (; c.next < c.end; ++c.next) {
            KeyMatch m = (*c.matches)[c.next];
            if (hint && (m.country == hint_id) != c.inside) continue;
            if (c.main_names_only && m.alternate) continue;
            Scored s;
            take_place(s, m.place, c.folded ? MatchMethod::folded
                                   : m.alternate ? MatchMethod::alternate : MatchMethod::exact);
            s.main_name = !m.alternate;
            s.c.score = key_weight(c.folded, m.alternate) + importance(s.c.population, s.feature);
            c.head = s;
            ++c.next;
            return;
        }
    };
    // Aliases were all read: those where the hint says take their turn in the ranking.
    std::vector<Scored> aliases;
    for (Scored& s : found)
        if (in_hint(s)) aliases.push_back(std::move(s));
    std::erase_if(found, [&](const Scored& s) { return in_hint(s); });
    std::stable_sort(aliases.begin(), aliases.end(), before);
    size_t next_alias = 0;

    auto take_best = [&](std::vector<Cursor>& cursors, bool with_aliases) -> std::optional<Scored> {
        Cursor* best = nullptr;
        for (Cursor& c : cursors)
            if (c.head && (!best || before(*c.head, *best->head))) best = &c;
        if (with_aliases && next_alias < aliases.size() && (!best || !before(*best->head, aliases[next_alias])))
            return aliases[next_alias++];
        if (!best) return std::nullopt;
        std::optional<Scored> taken = std::move(best->head);
        advance(*best);
        return taken;
    };
    // Places bearing the name as written (the first three), then look-alikes.
    auto cursors = [&](bool inside) {
        return std::vector<Cursor>{{matches, false, inside},
                                   {article_matches, false, inside, 0, article_main_names},
                                   {article_matches, false, inside, article_main_names},
                                   {folded_matches, true, inside}};
    };
    std::vector<Cursor> here = cursors(true);
    for (Cursor& c : here) advance(c);
    for (size_t taken = 0; taken < limit; ++taken) {
        std::optional<Scored> s = take_best(here, true);
        if (!s) break;
        found.push_back(std::move(*s));
    }
    reading.more_written = next_alias < aliases.size() || here[0].head || here[1].head || here[2].head;
    reading.more_look_alikes = here[3].head.has_value();
    reading.complete = !reading.more_written && !reading.more_look_alikes;
    if (next_alias < aliases.size()) reading.written_bound = aliases[next_alias].c.score;
    for (size_t i = 0; i < 3; ++i)
        if (here[i].head) reading.written_bound = std::max(reading.written_bound, here[i].head->c.score);
    if (!hint) return;

    // Abroad, only the most important place bearing the name as its own main name counts (the
    // evidence "a town of the name abroad", lookup_reading): its main-name entries are read in
    // ranking order until no unread one can outweigh it (a main name's score is its importance
    // plus kExactWeight), at most kMaxAbroadReads. (Places abroad of another of their names
    // once counted here too, and a read stopped by one of them could miss that town.)
    constexpr size_t kMaxAbroadReads = 64;
    double most_important = -INFINITY;
    for (const Scored& s : found)
        if (!in_hint(s) && s.c.method == MatchMethod::exact)
            most_important = std::max(most_important, importance(s.c.population, s.feature));
    std::vector<Cursor> abroad{{matches, false, false}};
    abroad[0].main_names_only = true;
    advance(abroad[0]);
    for (size_t taken = 0;; ++taken) {
        std::optional<Scored> s = take_best(abroad, false);
        if (!s || s->c.score - kExactWeight <= most_important + 1e-9) break;
        if (taken == kMaxAbroadReads) {
            reading.abroad_complete = false;
            break;
        }
        most_important = std::max(most_important, importance(s->c.population, s->feature));
        found.push_back(std::move(*s));
    }
}

std::optional<NoteText> Geocoder::line_between_places(std::string_view name, std::string_view hint) const {
    size_t hyphens = std::count(name.begin(), name.end(), '-');
    if (hyphens == 0 || hyphens > 4) return std::nullopt;
    for (size_t at = name.find('-'); at != std::string_view::npos; at = name.find('-', at + 1)) {
        std::string_view left = name.substr(0, at), right = name.substr(at + 1);
        if (left.size() < 3 || right.size() < 3) continue;
        // Each side names some place (resolved or not) and they lie apart: a road or a front.
        GeocodeResult a = lookup(left, hint, nullptr, 1);
        GeocodeResult b = lookup(right, hint, nullptr, 1);
        // Without a hint, a side that is sure says which country the other is in.
        if (b.place && !a.place) a = lookup(left, to_string_view(b.place->country), nullptr, 1);
        if (a.place && !b.place) b = lookup(right, to_string_view(a.place->country), nullptr, 1);
        // A side only one letter from some place does not name it ("ville" is not Babīlā).
        auto best = [](const GeocodeResult& r) -> const GeocodeCandidate* {
            if (r.place) return &*r.place;
            return r.alternatives.empty() || r.alternatives[0].method == MatchMethod::fuzzy ? nullptr
                                                                                            : &r.alternatives[0];
        };
        const GeocodeCandidate* pa = best(a);
        const GeocodeCandidate* pb = best(b);
        if (!pa || !pb || distance_km(pa->lat, pa->lon, pb->lat, pb->lon) < kSamePlaceKm) continue;
        return NoteText(GeocodeNote::line_between, {describe(*pa), describe(*pb)});
    }
    return std::nullopt;
}

void Geocoder::note_places_abroad(std::vector<Scored>& found, const CountryCode& hint, GeocodeResult& result) const {
    // Only places bearing the name as written are worth showing from abroad (the user may
    // have the country wrong): a look-alike there ("Baghouz" and Lagos) is noise in a review
    // list. And only near the country named: a neighbour's town across the border ("Kidal,
    // Niger": Kidal, ML), not a namesake of another continent (Kidal, ID; Solhan, TR, for
    // "Solhan, Burkina"): offered first, it teaches users to click "use" without reading.
    std::erase_if(found, [&](const Scored& s) { return !s.written(); });
    const CountryReach& reach = reach_->get(hint_gazetteer());
    auto far = std::stable_partition(found.begin(), found.end(), [&](const Scored& s) {
        return std::isfinite(reach.km_to(hint, s.c.lat, s.c.lon, kNearCountryKm));
    });
    NoteText country = in_named_country(to_string_view(hint));
    if (far != found.begin()) {
        NoteText near(GeocodeNote::list);
        for (auto it = found.begin(); it != far && near.args.size() < 3; ++it) near.args.emplace_back(describe(it->returned()));
        add_note(result, NoteText(GeocodeNote::not_in_country_found_near, {country, near}));
    } else if (!found.empty()) {
        // The nearest of the 20 best ranked, said with its distance: the user who wrote the
        // wrong country sees where the name is without being offered it.
        const Scored* nearest = &found.front();
        double nearest_km = reach.km_to(hint, nearest->c.lat, nearest->c.lon, INFINITY);
        for (size_t i = 1; i < found.size() && i < 20; ++i)
            if (double km = reach.km_to(hint, found[i].c.lat, found[i].c.lon, nearest_km); km < nearest_km) {
                nearest = &found[i];
                nearest_km = km;
            }
        add_note(result, NoteText(GeocodeNote::not_in_country_only_far,
                                  {country, std::to_string(std::lround(kNearCountryKm)), describe(nearest->returned()),
                                   std::isfinite(nearest_km) ? std::to_string(std::lround(nearest_km)) : "?"}));
    } else {
        add_note(result, NoteText(GeocodeNote::not_in_country_nor_like, {country}));
    }
    found.erase(far, found.end());
}

// What the acceptance rule weighs (docs/geocoding.md has it as a table of cases).
struct Geocoder::Evidence {
    const Scored* top = nullptr;
    const Scored* contender = nullptr;  // the best candidate more than 30 km from `top`
    double margin = 10;                 // top's score over the contender's
    bool hinted = false;                // a country hint, or the region's country
    CountryCode country{};              // that country, when hinted
    bool region_agrees = false;
    bool region_unread = false;  // a region was given that no region table nor curated name knows
    // No hint, but the file's other places are near `top` and far from every rival: they
    // say which country is meant, as a hint would.
    bool context_decides = false;
    NoteText ruled_out_by_context{GeocodeNote::nothing};  // the best rival it left out: "Siirt (TR)"
    double context_km = INFINITY;  // from `top` to the nearest of the file's other places
    // The most important place bearing the name as written outside the hinted country.
    std::optional<GeocodeCandidate> namesake_abroad;
    Feature namesake_abroad_feature = Feature::populated;
    // A curated place or name of a place one letter from the name, in the hinted country, far
    // from a near-spelling top: a rival as near as it ("Baghdida" is one vowel from Baghdad
    // and from Baghdeda, Qaraqosh's Syriac name).
    std::optional<std::string> curated_rival;
    // A first-level region the name is written as (a governorate, a province), when the best
    // candidate is only a look-alike.
    bool names_a_region = false;
    // A city near the hinted country, outside it (50,000 people, a capital or a governorate
    // seat), that bears the name as written, as its own, another or a curated name.
    std::optional<GeocodeCandidate> city_written_abroad;
    size_t basic_length = 0, skeleton_length = 0, skeleton_consonants = 0;
    std::string_view basic;  // the name, folded
    std::string_view name;   // the name as written
    std::vector<NoteText> said;  // what decided, when resolved
};

// Empty when `top` may be returned as resolved (e.said then says why); otherwise why not,
// for the user. Without a country, only strong evidence resolves: a skeleton shared by a
// short name, or an alternate name of a far place when some other place bears that very
// name, is a coincidence as often as not ("Mocha" is not Moscow, "Nawa" not Naha).
std::optional<NoteText> Geocoder::why_not_resolved(const std::vector<Scored>& found, Evidence& e,
                                                   const Reading& reading, bool& needs_more) const {
    const Scored& top = *e.top;
    const Scored* contender = e.contender;
    NoteText top_text = describe(top.returned());
    auto decided = [&](NoteText why) -> std::optional<NoteText> {
        e.said.push_back(std::move(why));
        return std::nullopt;
    };
    auto doubt = [](GeocodeNote id, std::vector<NoteText> args) -> std::optional<NoteText> {
        return NoteText(id, std::move(args));
    };
    if (top.c.method == MatchMethod::alias) {
        if (e.margin >= 1.0) return decided(NoteText(GeocodeNote::said_alias));
        return doubt(GeocodeNote::aliases_disagree, {top_text, describe(contender->returned())});
    }
    bool prominent = top.c.population >= kProminentPlace || top.feature <= Feature::seat2;
    bool in_country = e.hinted || e.context_decides;
    auto weight = [](const Scored& s) { return importance(s.c.population, s.feature); };
    // Outweighing a namesake that bears the name as its own main name takes a city (50,000
    // people) or ten times its people when both are counted, not only a higher rank: the seat
    // of a small district is no famous place ("Martuni" is the Armenian town of 11,000, not
    // Novyy Karanlug, AZ, a district seat of 5,000 that also bears the name; "Goris" is Goris,
    // AM, 20,000, not Gori, GE, a region's seat of 46,000; "Krasnoarmeysk" is still Pokrovsk,
    // UA, 64,000, over the Russian town of 23,000).
    auto outweighs = [&](const Scored& s, const Scored& other) {
        if (weight(s) < weight(other) + kDominance) return false;
        if (other.c.method != MatchMethod::exact || s.c.population == 0 || other.c.population == 0) return true;
        return s.c.population >= kNamesakeCity ||
               std::log10(s.c.population) >= std::log10(other.c.population) + kDominance;
    };
    // A city that bears the name itself (a capital, the seat of a governorate, or 50,000
    // people) is what the name means as often as a bigger place's other name: "Bethlehem" is
    // Bethlehem (PS, US, ZA), not Belém (BR); "Victoria" not Hong Kong; "Tarabulus" Tripoli in
    // Libya or Lebanon. Towns do not stand in the way: "Palmyra" is Tadmur over Palmyra (US,
    // 3,600).
    auto known_in_own_right = [](const Scored& s) {
        return s.c.population >= kNamesakeCity || s.feature <= Feature::seat1;
    };
    // Such a city, far from `top`, that bears the name as written (as its own or another name).
    auto city_of_the_name_elsewhere = [&]() -> const Scored* {
        for (const Scored& s : found)
            if (&s != &top && (s.c.method == MatchMethod::exact || s.c.method == MatchMethod::alternate) &&
                known_in_own_right(s) && distance_km(top.c.lat, top.c.lon, s.c.lat, s.c.lon) > kSamePlaceKm)
                return &s;
        // Such a city weighs at least this much (50,000 people of a historical place, or a
        // governorate seat of unknown size).
        double least = std::min(importance(kNamesakeCity, Feature::historical), importance(0, Feature::seat1));
        if (reading.may_outweigh(least - 2e-9)) needs_more = true;
        return nullptr;
    };
    // A famous place outweighs its small namesakes even when they bear the name as their
    // own: "Palmyra" is Tadmur (51,000 people), not Palmyra (US, 3,600).
    if (!in_country && top.c.method == MatchMethod::alternate && e.basic_length > 4 &&
        prominent && contender) {
        // Look-alikes ("Palmira", CO) already rank below any place of the name as written.
        const Scored* biggest = nullptr;
        for (const Scored& s : found)
            if (&s != &top && distance_km(top.c.lat, top.c.lon, s.c.lat, s.c.lon) > kSamePlaceKm &&
                (s.c.method == MatchMethod::exact || s.c.method == MatchMethod::alternate) &&
                (!biggest || weight(s) > weight(*biggest)))
                biggest = &s;
        if (reading.may_outweigh(biggest ? weight(*biggest) : -INFINITY)) needs_more = true;
        if (biggest && outweighs(top, *biggest) && !city_of_the_name_elsewhere())
            return decided(NoteText(GeocodeNote::said_far_larger_than_any, {top_text, describe(biggest->returned())}));
    }
    if (e.margin < kResolveMargin)
        return doubt(e.hinted ? GeocodeNote::several_in_country : GeocodeNote::several_add_country,
                     {top_text, describe(contender->returned())});
    // The user gave a region, so the place is one a region must tell apart; one that cannot be
    // read confirms nothing: a village or small town the country's rules alone would take ("the
    // only place of the name") may be the namesake of the one meant, which GeoNames lacks
    // ("Pervomaiske, Ukraine, <a region not understood>" went to the Pervomaiske of Mykolaiv,
    // 403 km from the one near Avdiivka). A city or a seat is what the name means.
    bool is_look_alike = top.c.method == MatchMethod::folded || top.c.method == MatchMethod::fuzzy;
    if (e.hinted && e.region_unread && (!prominent || is_look_alike))
        return doubt(GeocodeNote::unread_region_village, {top_text});
    // A look-alike in the country named, while a city across the border bears the name as
    // written: the user wrote the city with the wrong country as often as a spelling of the
    // look-alike ("Al-Hasakeh, Turkey" is not İdil, TR, a look-alike; Al-Hasakah, SY, is the
    // city of the name). The region given and agreeing says the look-alike is meant.
    // A governorate or province written as such, which only a look-alike town matches, is the
    // region ("Ninawa, Iraq", Nineveh Governorate, is not Karbala, whose old name is Nainawa).
    if (is_look_alike && e.names_a_region)
        return doubt(GeocodeNote::names_a_kind, {quoted_part(e.name), NoteText(GeocodeNote::kind_region)});
    if (e.hinted && is_look_alike && e.city_written_abroad && !e.region_agrees)
        return doubt(GeocodeNote::look_alike_city_abroad, {top_text, describe(*e.city_written_abroad)});
    // No other place of the name (as written or similar) anywhere it may be.
    bool unrivalled = !contender;
    NoteText where = e.hinted ? in_named_country(to_string_view(e.country)) : NoteText(GeocodeNote::where_file_region);
    // A look-alike spelling alone put "Hadar" on Al-Hadir and "Yalimli" on Cilimli: it
    // needs the region, or a long name of a town with no rival where the user says.
    if (top.c.method == MatchMethod::fuzzy) {
        if (e.hinted && e.region_agrees && e.skeleton_length >= 7 && e.margin >= 2.0 && prominent)
            return decided(NoteText(GeocodeNote::said_one_letter_in_region));
        // A town (the seat of a district or sub-district, or 2,000 people) too, not only one of
        // 15,000: with the country given and no rival there, "Ghdames" is Ghadāmis, "Mzeireb"
        // Al Muzayrīb (a sub-district seat of unknown size).
        bool town = top.c.population >= kSmallPlace || top.feature <= Feature::seat3;
        auto own = fold_basic(top.name);
        bool letters_alike = top.vowel_edit || (own && consonant_sounds(e.basic) == consonant_sounds(*own) &&
                                                !adds_nisba(fold_skeleton(e.basic), fold_skeleton(*own)));
        if (e.curated_rival)
            return doubt(GeocodeNote::several_in_country, {top_text, NoteText(*e.curated_rival)});
        if (in_country && unrivalled && letters_alike && e.skeleton_length >= 6 && town)
            return decided(NoteText(GeocodeNote::said_one_vowel_only_town, {where}));
        // A short skeleton one vowel off, with the country named: only a town of 15,000 or a
        // district's seat, with no rival one letter away there and no town abroad of the name
        // as written ("Edlib, Syrie" is Idlib, "Dirna, Libya" Derna; "Sanaa, Irak" is not Sīnah).
        // Its consonants as written must be the town's: the skeleton reads "z" as "s" ("Zouar,
        // Tchad", a Tibesti village cities500 lacks, went to Sarh, 1,273 km away).
        if (e.hinted && unrivalled && top.vowel_edit && e.skeleton_length >= kMinShortNearSkeleton &&
            e.skeleton_consonants >= 2 && prominent && !e.namesake_abroad && own &&
            consonants_as_written(e.basic) == consonants_as_written(*own))
            return decided(NoteText(GeocodeNote::said_one_vowel_only_town, {where}));
        return doubt(e.hinted ? GeocodeNote::near_spelling_add_region : GeocodeNote::near_spelling_add_country_region,
                     {top_text});
    }
    bool written = top.c.method == MatchMethod::exact || top.c.method == MatchMethod::alternate;
    if (in_country) {
        // A long skeleton rarely collides by chance ("Jarablous", "Qouneitra"); a short one
        // does ("Hadar" and Al-Hadir share "hdr").
        bool long_skeleton = e.skeleton_length >= 6 && top.c.population >= kSmallPlace;
        // A place of unknown size is often all GeoNames has of a town ("As Sukhnah"); it is
        // taken when nothing else in the country bears the name, unless a large namesake
        // abroad says the town meant is one GeoNames lacks ("Tuzla" in Istanbul is not the
        // hamlet in Düzce: Tuzla, Bosnia, is a city).
        bool unknown_hamlet = top.c.population == 0 && top.feature >= Feature::seat3;
        if (unknown_hamlet) {
            bool big_namesake = e.namesake_abroad &&
                                importance(e.namesake_abroad->population,
                                           e.namesake_abroad_feature) >= 4.0;
            // "Ain Issa" (ainisa) and ‘Ayn ‘Īsá, "Maadan" and Ma‘dān, not "Hadar" (hadar) and Al Ḩāḑir.
            bool close_spelling = written || e.skeleton_length >= 6 || e.region_agrees ||
                                  own_name_but_for_trivia(e.basic, top.name);
            if (unrivalled && close_spelling && !big_namesake)
                return decided(NoteText(GeocodeNote::said_only_place_size_unknown, {where}));
            if (!e.region_agrees)
                return big_namesake ? doubt(GeocodeNote::unknown_size_town_abroad, {top_text, describe(*e.namesake_abroad)})
                                    : doubt(GeocodeNote::unknown_size, {top_text});
        }
        if (top.c.method != MatchMethod::folded) {
            // Two parts joined as one: "in the region given; the only place of the name in ...".
            if (e.region_agrees) e.said.push_back(NoteText(GeocodeNote::said_in_region_given));
            return decided(unrivalled ? NoteText(GeocodeNote::said_only_place, {where})
                                      : NoteText(GeocodeNote::said_ahead_of, {describe(contender->returned())}));
        }
        if (e.region_agrees) return decided(NoteText(GeocodeNote::said_similar_in_region));
        if (long_skeleton) return decided(NoteText(GeocodeNote::said_similar_long_name));
        if (prominent && top.main_name) return decided(NoteText(GeocodeNote::said_similar_town_name));
        // "Tabqah" is Ath Thawrah (At Tabqah), "Kamechliyé" Al Qāmishlī: a town, the only
        // one of a like spelling where the user says.
        bool town = top.c.population >= kSmallPlace || top.feature <= Feature::seat2;
        // Two consonants at least: "Soudja" (suia) is not Shuya (xuia), one consonant apart.
        // A short one (under six letters) reached through one of GeoNames' other names must
        // spell a name the town is known by (its own, or the one the map shows) but for two
        // letters or with the same consonants ("Tabaqa" and Tabqa, "Mambij" and Manbij, "Loder"
        // and Lawdar): another name is often a short form that villages GeoNames lacks bear
        // too ("Moreh, India", the Manipur border town, went to Bilimora, Gujarat, 2,224 km
        // away, also called "Mora").
        auto known_as = [&] {
            std::string_view country = to_string_view(top.c.country);
            for (const std::string& name :
                 {std::string(top.name), display_name(*exonyms_, top.c.geonameid, top.name, country, NameLanguage::en),
                  display_name(*exonyms_, top.c.geonameid, top.name, country, NameLanguage::fr)}) {
                auto known = fold_basic(name);
                if (within_two_letters_but_for_trivia(e.basic, name) ||
                    (known && consonants_as_written(e.basic) == consonants_as_written(*known)))
                    return true;
            }
            return false;
        };
        if (town && unrivalled && e.skeleton_length >= 4 && e.skeleton_consonants >= 2 &&
            (top.main_name || e.skeleton_length >= 6 || known_as()))
            return decided(NoteText(GeocodeNote::said_similar_only_town, {where}));
        // A village with no rival, written as its own name but for the article, marks or a
        // final "h" ("Awjila", Awjilah): as sure as the name itself.
        if (unrivalled && e.basic_length >= 5 && own_name_but_for_trivia(e.basic, top.name))
            return decided(NoteText(GeocodeNote::said_only_place, {where}));
        return doubt(GeocodeNote::similar_spelling_add_region, {top_text});
    }
    bool small = top.c.population < kSmallPlace && top.feature > Feature::seat2;
    if (small) return doubt(GeocodeNote::small_place, {top_text});
    // The most important other place, far away, that carries the name as written.
    auto named_so_elsewhere = [&](bool alternates_count) {
        const Scored* best = nullptr;
        for (const Scored& s : found) {
            if (&s == &top || distance_km(top.c.lat, top.c.lon, s.c.lat, s.c.lon) <= kSamePlaceKm)
                continue;
            if (s.c.method == MatchMethod::exact ||
                (alternates_count && s.c.method == MatchMethod::alternate))
                if (!best || importance(s.c.population, s.feature) >
                                 importance(best->c.population, best->feature))
                    best = &s;
        }
        if (reading.may_outweigh(best ? weight(*best) : -INFINITY)) needs_more = true;
        return best;
    };
    // A famous place outweighs small namesakes: "Palmyra" is Tadmur, not Palmyra (US).
    auto dominates = [&](const Scored& other) {
        return prominent && outweighs(top, other);
    };
    if (top.c.method == MatchMethod::alternate) {
        const Scored* other = named_so_elsewhere(false);
        // Four letters or fewer match some romanisation of many big places ("Mare", Malé):
        // only a city's short name that no place bears as its own ("Alep") is taken.
        if (e.basic_length <= 4) {
            if (top.c.population >= kCityPopulation && !other)
                return decided(NoteText(GeocodeNote::said_short_city_name));
            return doubt(GeocodeNote::short_alternate, {top_text});
        }
        if (other && !dominates(*other))
            return doubt(GeocodeNote::also_name_of, {top_text, describe(other->returned())});
        if (const Scored* city = city_of_the_name_elsewhere())
            return doubt(GeocodeNote::also_name_of, {top_text, describe(city->returned())});
        return decided(other ? NoteText(GeocodeNote::said_far_larger_than, {top_text, describe(other->returned())})
                             : NoteText(GeocodeNote::said_alternate_unique));
    }
    if (top.c.method == MatchMethod::folded) {
        if (const Scored* other = named_so_elsewhere(true))
            return doubt(GeocodeNote::written_so_elsewhere,
                         {std::string(other->name), std::string(to_string_view(other->c.country)), top_text});
        // A city (50,000 people or a governorate seat) a hundred times larger than every other
        // place so spelled is what the spelling means, when it is written as the city's name
        // but for two letters once trivia aside: "Lattakieh" is Latakia (340,000), not Leteki
        // (ID, a hamlet); "Karkouk" Kirkuk, "Tikreet" Tikrit. Not "Metoula": Matola (MZ) and
        // Mathura (IN) are cities both; not "Al-Malikiya" (Milwaukee) nor "Roubijne" (Lubin):
        // a skeleton alike, the letters not.
        // A governorate seat counts when GeoNames knows its people: one of unknown size is no
        // likelier than the place GeoNames lacks ("Marrupa", a district seat of Niassa, MZ,
        // went to Mārupe, LV, a municipality's seat of no known people, 7,893 km away).
        bool known_seat = top.feature <= Feature::seat1 && top.c.population > 0;
        bool city = top.c.population >= kNamesakeCity || known_seat;
        if (city && e.skeleton_length >= 5 && within_two_letters_but_for_trivia(e.basic, top.name)) {
            if (reading.more_look_alikes) needs_more = true;
            bool dominant = std::all_of(found.begin(), found.end(), [&](const Scored& s) {
                return &s == &top || distance_km(top.c.lat, top.c.lon, s.c.lat, s.c.lon) <= kSamePlaceKm ||
                       weight(top) >= weight(s) + kCityOverLookAlikes;
            });
            if (dominant && !needs_more) return decided(NoteText(GeocodeNote::said_similar_city_dominant));
        }
        // Another place far away has a like spelling too: only a country says which is meant
        // ("Metoula" is Metulla, IL, not Matola, MZ, nor Mathura, IN), unless the name is the
        // place's own in French spelling ("Moukalla", "Koundouz", "Machhad").
        if (contender && contender->c.method == MatchMethod::folded) {
            auto own = fold_basic(top.name);
            if (!own || english_spelling(without_article(e.basic)) != without_article(*own))
                return doubt(GeocodeNote::similar_spelling_add_country, {top_text});
        }
        // Short skeletons collide often; a governorate seat or a capital is a likelier meaning,
        // and so is a town whose own name it is in French spelling ("Charqat", Ash Sharqāt, a
        // district seat of 20,000).
        auto own = fold_basic(top.name);
        bool french_own = own && english_spelling(without_article(e.basic)) == without_article(*own);
        bool long_enough = e.skeleton_length >= 7 || (e.skeleton_length >= 5 && (known_seat || french_own));
        if (!top.main_name || !long_enough || !prominent)
            return doubt(GeocodeNote::similar_spelling_add_country, {top_text});
        return decided(NoteText(GeocodeNote::said_similar_none_written));
    }
    return decided(contender ? NoteText(GeocodeNote::said_ahead_of, {describe(contender->returned())})
                             : NoteText(GeocodeNote::said_no_other));
}

GeocodeResult Geocoder::lookup(std::string_view name, const PlaceHints& hints,
                               const PlaceContext* context, size_t max_alternatives) const {
    GeocodeResult result = lookup_here(name, hints, context, max_alternatives);
    if (result.status == GeocodeStatus::resolved) return result;
    // The user's own gazetteers hold the villages cities500 lacks: taken when they know the
    // name as written (a look-alike there is no better than one here).
    for (const auto& user : user_geocoders_) {
        // Only a place bearing the name as written is taken from there: a name the index
        // lacks is not looked up whole (its near spellings probe a world index's tables, each
        // a cache miss, for an answer that would be dropped).
        if (!user->may_bear_as_written(name)) continue;
        GeocodeResult theirs = user->lookup_here(name, hints, context, max_alternatives);
        if (theirs.status == GeocodeStatus::resolved &&
            (theirs.place->method == MatchMethod::exact ||
             theirs.place->method == MatchMethod::alternate)) {
            add_note(theirs, NoteText(GeocodeNote::from_user_gazetteer, {user->gazetteer().path().filename().string()}));
            return theirs;
        }
    }
    // A French spelling of a Ukrainian or Russian name, written the English way, that is a
    // place's name as written: "Droujkivka" is Druzhkivka, "Tchouhouïv" Chuhuiv, "Roubijne"
    // Rubizhne (French "tch", "j", "ou" are English "ch", "zh", "u").
    // (A region, a road or a front stays one: "Djebel Nefoussa" is a mountain range.)
    bool not_a_point = std::any_of(result.note_parts.begin(), result.note_parts.end(), [](const NoteText& n) {
        return n.id == GeocodeNote::area_alias || n.id == GeocodeNote::names_a_kind || n.id == GeocodeNote::line_between;
    });
    // Places that bear the name as written, left for review (two "Deer Park", two "Panama
    // City"): another reading of the name must not pick one of them or a third place.
    bool written_somewhere = std::any_of(result.alternatives.begin(), result.alternatives.end(),
                                         [](const GeocodeCandidate& c) { return bears_name_as_written(c.method); });
    // Without a "j" or a "tch" the English spelling differs by "ou" and "ch" alone, which the
    // skeleton already reads as "u" and "sh": nothing to look up again.
    bool j_or_tch = name.find_first_of("jJ") != std::string_view::npos || name.find("tch") != std::string_view::npos ||
                    name.find("Tch") != std::string_view::npos || name.find("TCH") != std::string_view::npos;
    // Elsewhere the French "tch" is the English "ch" too, and "j" stays "j": "Tchamtchamal" is
    // Chamchamal (IQ).
    if (auto basic = j_or_tch && !not_a_point ? fold_basic(name) : std::nullopt; basic && is_ascii(*basic)) {
        for (bool cyrillic : {true, false}) {
            if (!cyrillic && basic->find("tch") == std::string::npos) continue;
            std::string english = english_spelling(*basic, cyrillic);
            // Taken only as written (an index without aliases: a world one alone).
            if (!may_bear_as_written(english)) continue;
            GeocodeResult theirs = lookup_here(english, hints, context, max_alternatives);
            if (theirs.status == GeocodeStatus::resolved && theirs.place->method != MatchMethod::folded &&
                theirs.place->method != MatchMethod::fuzzy && written_in_cyrillic(theirs.place->country) == cyrillic)
                return read_as(std::move(theirs), NoteText(GeocodeNote::said_french_spelling, {english}));
        }
    }
    // French "dj" is Turkish "c" (Djizré, Cizre): "Djeylanpinar" is Ceylanpınar.
    if (auto basic = !not_a_point && !written_somewhere ? fold_basic(name) : std::nullopt;
        basic && basic->find("dj") != std::string::npos) {
        std::string turkish = *basic;
        for (size_t at = turkish.find("dj"); at != std::string::npos; at = turkish.find("dj", at))
            turkish.replace(at, 2, "c");
        GeocodeResult theirs = may_bear_as_written(turkish) ? lookup_here(turkish, hints, context, max_alternatives)
                                                            : GeocodeResult{};
        if (theirs.status == GeocodeStatus::resolved && theirs.place->method != MatchMethod::folded &&
            theirs.place->method != MatchMethod::fuzzy && written_in_turkish(theirs.place->country))
            return read_as(std::move(theirs), NoteText(GeocodeNote::said_french_spelling, {turkish}));
    }
    // German, Dutch and Spanish press spellings of an Arabic name, read the English way:
    // "Dschisr asch-Schughur" is Jisr ash-Shughur, "Mosoel" Mosul, "Faluya" Fallujah. Taken when
    // the reading is a place of an Arab country, not as a near spelling (nor, for a reading taken
    // as written only, as a similar spelling): "Jarma" alone is not Yarma, TR, nor "Marjah,
    // Afghanistan" March (the press copies Turkish letters, and Afghan names from English).
    // With a country hint, the lookup answers in that country only: none but an Arab country or
    // Turkey can take a reading.
    auto hinted = hints.country.empty() ? std::nullopt : parse_country_hint(hints.country);
    bool readable_country = !hinted || to_string_view(*hinted) == "TR" || transliterated_from_arabic(to_string_view(*hinted));
    if (auto basic = !not_a_point && !written_somewhere && readable_country ? fold_basic(name) : std::nullopt;
        basic && is_ascii(*basic))
        for (const EuropeanReading& reading : english_readings_of_european_spelling(*basic)) {
            // A reading taken only as written is not looked up whole unless a place bears it
            // (most names a user writes with a "z", a "g" or a "ch" are no such spelling).
            if (reading.as_written_only && !may_bear_as_written(reading.english)) continue;
            // Nor a reading no place nor alias bears in any spelling the lookup takes: one key
            // probe each instead of a whole lookup (most names with a "j", "ch", "g" or "z" are
            // no German or Spanish spelling; the readings cost unplaced names half their time).
            if (!may_be_spelled_so(reading.english)) continue;
            GeocodeResult theirs = lookup_here(reading.english, hints, context, max_alternatives);
            std::string_view country = theirs.place ? to_string_view(theirs.place->country) : std::string_view{};
            if (theirs.status == GeocodeStatus::resolved && theirs.place->method != MatchMethod::fuzzy &&
                (!reading.as_written_only || bears_name_as_written(theirs.place->method)) &&
                (reading.turkish ? country == "TR" : transliterated_from_arabic(country)))
                return read_as(std::move(theirs), NoteText(GeocodeNote::said_european_spelling, {reading.english}));
        }
    // "Kfar Nabl" is Kafr Nubl, "Telkeppe" Tel Keppe, "Kfar Takhareem" Kafr Takharim: the first
    // word in its other form, the English "ee" and "oo" read as "i" and "u".
    if (!not_a_point && !written_somewhere) {
        std::vector<std::string> others;
        auto other = other_compound_spelling(name);
        if (other) others.push_back(*other);
        if (auto shorter = with_short_vowels(name)) others.push_back(*shorter);
        if (auto both = other ? with_short_vowels(*other) : std::nullopt) others.push_back(*both);
        if (auto apart = with_article_apart(name)) others.push_back(*apart);
        for (const std::string& reading : others)
            if (GeocodeResult theirs = lookup_here(reading, hints, context, max_alternatives);
                theirs.status == GeocodeStatus::resolved && theirs.place->method != MatchMethod::fuzzy)
                return read_as(std::move(theirs), NoteText(GeocodeNote::said_other_form, {reading}));
    }
    // "Homs (Libya)", "Sinjar (Idleb)", "Hatay (Antakya)": the part in parentheses as the
    // country or region of the name, or as another name of the same place.
    if (auto parts = !not_a_point && !written_somewhere ? split_parenthesized(name) : std::nullopt)
        if (auto theirs = lookup_parenthesized(*parts, hints, context, max_alternatives))
            return read_as(std::move(*theirs), NoteText(GeocodeNote::said_parenthesized, {parts->name, parts->qualifier}));
    // "Tadmur-Palmyra", "Duma bei Damaskus": two names of one place joined by a hyphen, or a town
    // and the city it lies by, each placed within 30 km of the other (the first taken).
    if (auto parts = !not_a_point && !written_somewhere ? split_double_name(name) : std::nullopt;
        parts && may_be_spelled_so(parts->name) && may_be_spelled_so(parts->qualifier)) {
        GeocodeResult first = lookup(parts->name, hints, context, max_alternatives);
        GeocodeResult second = lookup(parts->qualifier, hints, context, max_alternatives);
        if (first.status == GeocodeStatus::resolved && second.status == GeocodeStatus::resolved &&
            distance_km(first.place->lat, first.place->lon, second.place->lat, second.place->lon) <= kSamePlaceKm)
            return read_as(std::move(first), NoteText(GeocodeNote::said_other_form, {parts->name}));
    }
    // "At Taji", "El Qaa": a place the curated table names without its article (GeoNames'
    // names are read with and without it already).
    if (auto bare = result.status == GeocodeStatus::unresolved && !not_a_point ? without_leading_article(name)
                                                                                 : std::nullopt)
        if (GeocodeResult theirs = lookup_here(*bare, hints, context, max_alternatives);
            theirs.status == GeocodeStatus::resolved && theirs.place->method == MatchMethod::alias)
            return read_as(std::move(theirs), NoteText(GeocodeNote::said_other_form, {*bare}));
    // "Erbil city", "Alep-ville", "camp de Yarmouk": the town inside, when the name as written
    // is no place's (a word around it, not a spelling of it).
    if (auto inner = !not_a_point && !written_somewhere ? without_town_word(name) : std::nullopt)
        if (GeocodeResult theirs = lookup(*inner, hints, context, max_alternatives);
            theirs.status == GeocodeStatus::resolved)
            return read_as(std::move(theirs), NoteText(GeocodeNote::said_town_word, {*inner}));
    // Nothing of the name in the country named: a spelling one letter from a place GeoNames
    // lacks, which the curated table adds under one or two of its names ("Kafar Shams, Syrie"
    // is the curated Kafr Shams). A short name's near spellings found one letter at a time
    // (one_letter_variants) are no more than that: "Al-Tanaf" is still the curated Al-Tanf.
    auto basic_name = fold_basic(name);
    bool short_near_only = result.status == GeocodeStatus::ambiguous && basic_name &&
                           fold_skeleton(*basic_name).size() <= gazetteer_format::kMinFuzzyKey &&
                           std::all_of(result.alternatives.begin(), result.alternatives.end(),
                                       [](const GeocodeCandidate& c) { return c.method == MatchMethod::fuzzy; });
    // Nor are a longer name's, when the curated place is a vowel away and they are not (rule
    // 3's near spelling left them for review): "Mesraba, Syrie" is the curated Misraba, not
    // Masyaf.
    bool near_only = result.status == GeocodeStatus::ambiguous && !result.alternatives.empty() &&
                     std::all_of(result.alternatives.begin(), result.alternatives.end(),
                                 [](const GeocodeCandidate& c) { return c.method == MatchMethod::fuzzy; });
    if ((result.status == GeocodeStatus::unresolved || short_near_only) && !not_a_point) {
        if (auto near = near_curated_place(name, hints, context, max_alternatives)) return *near;
    } else if (near_only && !not_a_point && basic_name) {
        std::string mine = consonants(fold_skeleton(*basic_name));
        bool vowel_away_in_gazetteer = std::any_of(result.alternatives.begin(), result.alternatives.end(), [&](const GeocodeCandidate& c) {
            auto theirs = fold_basic(c.name);
            return theirs && consonants(fold_skeleton(*theirs)) == mine;
        });
        if (!vowel_away_in_gazetteer)
            if (auto near = near_curated_place(name, hints, context, max_alternatives, true)) return *near;
    }
    if (result.status == GeocodeStatus::unresolved && result.alternatives.empty())
        if (GeocodeResult near = lookup_near_phrase(name, hints, context, max_alternatives);
            near.status != GeocodeStatus::unresolved || !near.alternatives.empty())
            return near;
    return result;
}

std::optional<GeocodeResult> Geocoder::lookup_parenthesized(const ParenthesizedName& parts, const PlaceHints& hints,
                                                          const PlaceContext* context,
                                                          size_t max_alternatives) const {
    auto resolved = [](const GeocodeResult& r) { return r.status == GeocodeStatus::resolved && r.place; };
    // A country the hint does not contradict, or a region of it.
    if (auto country = parse_country_hint(parts.qualifier)) {
        auto given = hints.country.empty() ? std::nullopt : parse_country_hint(hints.country);
        if (given && *given != *country) return std::nullopt;
        PlaceHints with = hints;
        with.country = parts.qualifier;
        GeocodeResult theirs = lookup(parts.name, with, context, max_alternatives);
        return resolved(theirs) ? std::optional(std::move(theirs)) : std::nullopt;
    }
    // A region, else (a city's name is often its governorate's too: "Duma (Damasco)" lies in
    // Rif Dimashq, not in the governorate of Damascus) the city it lies by, as below.
    if (hints.region.empty() && !regions_named(parts.qualifier).empty()) {
        PlaceHints with = hints;
        with.region = parts.qualifier;
        GeocodeResult theirs = lookup(parts.name, with, context, max_alternatives);
        if (resolved(theirs)) return theirs;
    }
    // Two names of one place: both placed there, or one placed and the other nowhere else.
    GeocodeResult outer = lookup(parts.name, hints, context, max_alternatives);
    GeocodeResult inner = lookup(parts.qualifier, hints, context, max_alternatives);
    if (resolved(outer) && resolved(inner))
        return distance_km(outer.place->lat, outer.place->lon, inner.place->lat, inner.place->lon) <= kSamePlaceKm
                   ? std::optional(std::move(inner))
                   : std::nullopt;
    if (resolved(inner) && outer.status == GeocodeStatus::unresolved) return inner;
    if (resolved(outer) && inner.status == GeocodeStatus::unresolved) return outer;
    // One placed, the other left for review among places that include it.
    const GeocodeResult& placed = resolved(inner) ? inner : outer;
    const GeocodeResult& doubtful = resolved(inner) ? outer : inner;
    if (!resolved(placed)) return std::nullopt;
    bool among = std::any_of(doubtful.alternatives.begin(), doubtful.alternatives.end(), [&](const GeocodeCandidate& c) {
        return distance_km(placed.place->lat, placed.place->lon, c.lat, c.lon) <= kSamePlaceKm;
    });
    return among ? std::optional(placed) : std::nullopt;
}

namespace {
// The folded key of a name a lookup would read (not too long, something left once folded).
std::optional<std::string> readable_key(std::string_view name) {
    auto basic = name.size() > Geocoder::kMaxNameBytes ? std::nullopt : fold_basic(name);
    if (!basic || basic->empty()) return std::nullopt;
    return basic;
}
}  // namespace

bool Geocoder::may_be_spelled_so(std::string_view name) const {
    auto basic = readable_key(name);
    if (!basic) return false;
    std::string skeleton = fold_skeleton(*basic);
    if (gazetteer_->has_basic(*basic) || gazetteer_->has_skeleton(skeleton)) return true;
    bool matched_basic = false;
    return !aliases_.find(*basic, skeleton, matched_basic).empty();
}

bool Geocoder::may_bear_as_written(std::string_view name) const {
    // gather() reads places bearing the name as written under these two keys only; its other
    // candidates are look-alikes (folded, fuzzy) or aliases.
    auto basic = readable_key(name);
    if (!basic || !aliases_.empty()) return true;  // the lookup says what it says
    if (gazetteer_->has_basic(*basic)) return true;
    std::string_view bare = without_article(*basic);
    return bare.size() < basic->size() && gazetteer_->has_basic(bare);
}

std::optional<GeocodeResult> Geocoder::near_curated_place(std::string_view name, const PlaceHints& hints,
                                                          const PlaceContext* context, size_t max_alternatives,
                                                          bool vowel_away_only) const {
    if (hints.country.empty()) return std::nullopt;
    auto country = parse_country_hint(hints.country);
    auto basic = fold_basic(name);
    if (!country || !basic || basic->empty()) return std::nullopt;
    std::string skeleton = fold_skeleton(*basic);
    std::vector<const AliasEntry*> near = aliases_.one_edit_in(skeleton, *country);
    // A consonant added or dropped in a skeleton of five letters is a coincidence as often as
    // not: "Al-Amiriyah" (amiri) is not the curated Amirli (amirli), 200 km away. A vowel, a
    // letter of another transliteration ("Duluiyah", Dhuluiya) are a spelling.
    if (skeleton.size() < 6)
        std::erase_if(near, [&](const AliasEntry* e) {
            auto theirs_basic = fold_basic(e->name);
            if (!theirs_basic) return true;
            std::string theirs = fold_skeleton(*theirs_basic);
            return theirs.size() != skeleton.size() && consonants(theirs) != consonants(skeleton);
        });
    // Two names of one place are one answer; two places are a guess, unless only one of them
    // is a vowel away ("Al-Tanaf" is the curated Al-Tanf, not Tadef, a consonant away).
    auto one_place = [&] {
        return !near.empty() && std::all_of(near.begin(), near.end(), [&](const AliasEntry* e) {
                   return distance_km(e->lat, e->lon, near[0]->lat, near[0]->lon) <= 1;
               });
    };
    if (!near.empty() && !one_place())
        std::erase_if(near, [&](const AliasEntry* e) {
            auto theirs_basic = fold_basic(e->name);
            return !theirs_basic || consonants(fold_skeleton(*theirs_basic)) != consonants(skeleton);
        });
    if (!one_place()) return std::nullopt;
    if (vowel_away_only) {
        auto theirs_basic = fold_basic(near[0]->name);
        if (!theirs_basic || consonants(fold_skeleton(*theirs_basic)) != consonants(skeleton)) return std::nullopt;
    }
    // Not when a city abroad bears the name as written: "Misrata, Syrie" names the Libyan city
    // with the wrong country, not the curated Misraba (Damascus) a letter away.
    if (GeocodeResult anywhere = lookup_here(name, PlaceHints{}, nullptr, 1);
        anywhere.place && anywhere.place->country != *country && bears_name_as_written(anywhere.place->method) &&
        anywhere.place->population >= kNamesakeCity)
        return std::nullopt;
    GeocodeResult theirs = lookup_here(near[0]->name, hints, context, max_alternatives);
    if (theirs.status != GeocodeStatus::resolved || !theirs.place) return std::nullopt;
    theirs.place->method = MatchMethod::fuzzy;
    theirs.confidence = std::min(theirs.confidence, 0.6);
    return read_as(std::move(theirs), NoteText(GeocodeNote::said_near_curated, {near[0]->name}));
}

GeocodeResult Geocoder::lookup_near_phrase(std::string_view name, const PlaceHints& hints,
                                           const PlaceContext* context,
                                           size_t max_alternatives) const {
    auto phrase = parse_near_phrase(name);
    if (!phrase) return {};
    GeocodeResult result = lookup(phrase->place, hints, context, max_alternatives);
    std::string whole(name), place = quoted_part(phrase->place);
    NoteText said(GeocodeNote::near_said, {whole, place});
    auto km = [](double v) { return std::to_string(static_cast<long>(std::lround(v))); };
    if (result.place && phrase->has_offset()) {
        // Never at the town as if near it: at the distance and bearing written, a zone (the
        // press rounds both: a tenth of the distance either way, at least 5 km).
        GeocodeCandidate& p = *result.place;
        NoteText anchor = describe(p);
        offset_position(p.lat, p.lon, phrase->distance_km, phrase->bearing_deg, p.lat, p.lon);
        p.precision = PlacePrecision::near;
        char at[64];
        std::snprintf(at, sizeof at, "[%.4f, %.4f]", p.lon, p.lat);
        said = NoteText(GeocodeNote::near_offset,
                        {whole, km(phrase->distance_km), compass_words(compass_abbreviation(phrase->bearing_deg)), place,
                         std::string(at), anchor, km(std::max(5.0, phrase->distance_km / 10))});
    } else if (result.place && !std::isnan(phrase->distance_km) && phrase->distance_km > kMaxUndirectedDistanceKm) {
        // "à 240 km de Syrte": somewhere on a circle around the town, nowhere near it.
        result.alternatives.insert(result.alternatives.begin(), *result.place);
        result.place.reset();
        result.status = GeocodeStatus::unresolved;
        said = NoteText(GeocodeNote::near_no_direction, {whole, km(phrase->distance_km), place});
    } else if (result.place) {
        result.place->precision = PlacePrecision::near;
        said = NoteText(GeocodeNote::near_placed, {whole, place, describe(*result.place)});
    }
    // The phrase's reading first, then what the lookup of its place said.
    std::string rest = result.note;
    result.note = render_note(said, DateLanguage::en) + (rest.empty() ? "" : "; " + rest);
    result.note_parts.insert(result.note_parts.begin(), std::move(said));
    return result;
}

GeocodeResult Geocoder::lookup_here(std::string_view name, const PlaceHints& hints,
                                    const PlaceContext* context, size_t max_alternatives) const {
    // A name borne by hundreds of places ("San Isidro", a world gazetteer's villages) is
    // decided by its best few: read those first, more only when the answer asks for them.
    size_t limit = max_alternatives < 256 ? max_alternatives + 6 : SIZE_MAX;
    for (;;) {
        bool needs_more = false;
        GeocodeResult result = lookup_reading(name, hints, context, max_alternatives, limit, needs_more);
        if (!needs_more) return result;
        limit = limit < 256 ? limit * 8 : SIZE_MAX;
    }
}

GeocodeResult Geocoder::lookup_reading(std::string_view name, const PlaceHints& hints,
                                       const PlaceContext* context, size_t max_alternatives,
                                       size_t limit, bool& needs_more) const {
    std::string_view country_hint = hints.country;
    GeocodeResult result;
    if (name.size() > kMaxNameBytes) {
        add_note(result, NoteText(GeocodeNote::name_too_long,
                                  {std::to_string(name.size()), std::to_string(kMaxNameBytes)}));
        return result;
    }
    auto basic = fold_basic(name);
    if (!basic) {
        add_note(result, NoteText(GeocodeNote::name_not_utf8));
        return result;
    }
    if (basic->empty()) {
        add_note(result, NoteText(GeocodeNote::name_empty));
        return result;
    }
    std::optional<CountryCode> hint;
    if (!country_hint.empty()) {
        hint = parse_country_hint(country_hint);
        if (!hint)
            add_note(result, NoteText(GeocodeNote::unknown_country, {quoted_part(country_hint)}));
    }
    // The region: its country stands in for a missing country hint ("Idleb" is in Syria).
    RegionFilter region;
    if (!hints.region.empty()) {
        for (const RegionView& v : regions_named(hints.region)) {
            if (hint && v.country != *hint) continue;
            region.regions.emplace_back(v.country, std::string(v.code));
            if (!region.display) {
                std::string code = " (" + std::string(to_string_view(v.country)) + ")";
                region.display = NoteText(GeocodeNote::english_or_french,
                                          {std::string(v.name) + code,
                                           v.name_fr.empty() ? std::string() : std::string(v.name_fr) + code});
            }
        }
        if (region.regions.empty())
            add_note(result, NoteText(GeocodeNote::unknown_region,
                                      {quoted_part(hints.region),
                                       hint ? NoteText(GeocodeNote::in_country, {in_named_country(to_string_view(*hint))})
                                            : NoteText(GeocodeNote::nothing)}));
        else if (!hint && std::all_of(region.regions.begin(), region.regions.end(),
                                      [&](const auto& r) {
                                          return r.first == region.regions.front().first;
                                      }))
            hint = region.regions.front().first;
    }
    // Places of unknown region (curated ones, GeoNames' without admin1) take the regions of the
    // places around them.
    auto region_verdict = [&](const Scored& s) {
        bool region_known = s.place >= 0 && gazetteer_->region_of(static_cast<std::uint32_t>(s.place));
        if (region_known || s.user_alias) return region.verdict(*gazetteer_, s);
        return region.verdict(*gazetteer_, s, &hint_gazetteer(), &reach_->get(hint_gazetteer()));
    };
    // Context, a region or a district weigh every candidate: all are read then.
    if ((context && !context->points.empty()) || !region.regions.empty() || !hints.district.empty())
        limit = SIZE_MAX;
    std::string skeleton = fold_skeleton(*basic);
    bool is_area = false;
    NoteText gather_note;
    Reading reading;
    std::vector<Scored> found = gather(*basic, skeleton, hint, gather_note, is_area, limit, reading);
    auto append_note = [&](NoteText part) { add_note(result, std::move(part)); };
    if (is_area) {
        append_note(gather_note);
        return result;
    }

    // A road, a region, a desert ... unless the whole name is some place's main name.
    if (basic->find(' ') != std::string::npos && !reading.main_name_match) {
        if (auto kind = non_point_kind(*basic)) {
            append_note(NoteText(GeocodeNote::names_a_kind, {quoted_part(name), kind_words(*kind)}));
            return result;
        }
    }
    if (found.empty()) {
        if (auto line = line_between_places(name, country_hint))
            append_note(*line);
        else
            append_note(NoteText(GeocodeNote::not_in_gazetteer));
        return result;
    }

    for (Scored& s : found) {
        s.c.score += proximity_bonus(s.c.lat, s.c.lon, context);
        bool look_alike = s.c.method == MatchMethod::folded || s.c.method == MatchMethod::fuzzy;
        if (reading.written_name_exists && look_alike) s.c.score -= kLookAlikePenalty;
    }
    // Equal scores in place order (the index's order), so that reading the best few ranks
    // them as reading all does.
    auto by_score = [](const Scored& a, const Scored& b) {
        return a.c.score != b.c.score ? a.c.score > b.c.score : a.place < b.place;
    };
    std::stable_sort(found.begin(), found.end(), by_score);

    // Candidates bearing the name as written among those ranked (set once the hints have
    // ruled out the others): the positions a partial reading is sure of.
    size_t written_read = 0;
    auto certain = [&](size_t i) { return reading.certain(i, found.size(), written_read); };
    auto list_alternatives = [&](size_t from) {
        size_t i = from;
        for (; i < found.size() && result.alternatives.size() < max_alternatives; ++i) {
            if (!certain(i)) needs_more = true;
            result.alternatives.push_back(returned(found[i]));
        }
        if (result.alternatives.size() < max_alternatives && !certain(i)) needs_more = true;
    };
    auto written = [](const Scored& s) { return s.written(); };
    Evidence evidence;
    if (hint) {
        auto outside = std::stable_partition(found.begin(), found.end(),
                                             [&](const Scored& s) { return s.c.country == *hint; });
        // A town abroad "of the name" bears it as its own: Tuzla (BA) for "Tuzla, Turkey". One
        // that has it among its other names (Reẖovot's Arabic "Ruhaybah", Kapan's "Madan") says
        // nothing of what GeoNames lacks in the hinted country.
        for (auto it = outside; it != found.end(); ++it)
            if (it->c.method == MatchMethod::exact && (!evidence.namesake_abroad ||
                                 importance(it->c.population, it->feature) >
                                     importance(evidence.namesake_abroad->population,
                                                evidence.namesake_abroad_feature))) {
                evidence.namesake_abroad = returned(*it);
                evidence.namesake_abroad_feature = it->feature;
            }
        // A city of the name across the border (near the country named: a namesake of another
        // continent is no sign of a wrong country: "Mandaly, Iraq" is not Mandalay, MM).
        for (auto it = outside; it != found.end() && !evidence.city_written_abroad; ++it)
            if (bears_name_as_written(it->c.method) &&
                (it->c.population >= kNamesakeCity || it->feature <= Feature::seat1) &&
                std::isfinite(reach_->get(hint_gazetteer()).km_to(*hint, it->c.lat, it->c.lon, kNearCountryKm)))
                evidence.city_written_abroad = returned(*it);
        if (outside == found.begin()) {
            // Which abroad are near the country depends on places ranked low: all are read.
            if (!reading.every_place_read) {
                needs_more = true;
                return result;
            }
            note_places_abroad(found, *hint, result);
            list_alternatives(0);
            return result;
        }
        found.erase(outside, found.end());  // the user said where it is
    }
    if (!region.regions.empty()) {
        auto elsewhere = std::stable_partition(found.begin(), found.end(), [&](const Scored& s) {
            return region_verdict(s) != RegionFilter::outside;
        });
        if (elsewhere == found.begin()) {
            NoteText others(GeocodeNote::list);
            for (size_t i = 0; i < found.size() && i < 3; ++i) {
                GeocodeCandidate c = returned(found[i]);
                others.args.push_back(c.region.empty() ? NoteText(describe(c))
                                                       : NoteText(GeocodeNote::candidate_in_region,
                                                                  {describe(c), NoteText(GeocodeNote::english_or_french,
                                                                                         {c.region, c.region_fr})}));
            }
            append_note(NoteText(GeocodeNote::not_in_region, {*region.display, others}));
            list_alternatives(0);
            return result;
        }
        found.erase(elsewhere, found.end());  // the region rules them out
    }
    // A district rules out namesakes far from its seat (core/gazetteer/district_hints.h), as a
    // region rules out other regions: "Cigli" in the district of Izmir is not Çığlı (Hakkari).
    std::optional<DistrictSeat> district;
    if (!hints.district.empty()) {
        DistrictFound seat = find_district_seat(*this, hints.district, hint);
        if (!seat.seat) append_note(seat.problem);
        if (seat.seat) {
            auto km_from_seat = [&](const Scored& s) {
                return distance_km(seat.seat->lat, seat.seat->lon, s.c.lat, s.c.lon);
            };
            auto far = std::stable_partition(found.begin(), found.end(),
                                             [&](const Scored& s) { return km_from_seat(s) <= kDistrictKm; });
            if (far == found.begin()) {
                NoteText others(GeocodeNote::list);
                for (size_t i = 0; i < found.size() && i < 3; ++i)
                    others.args.push_back(NoteText(GeocodeNote::candidate_km_away,
                                                   {describe(returned(found[i])),
                                                    std::to_string(std::lround(km_from_seat(found[i])))}));
                append_note(NoteText(GeocodeNote::not_near_district_seat,
                                     {std::to_string(std::lround(kDistrictKm)),
                                      seat.seat->name + " (" + std::string(to_string_view(seat.seat->country)) + ")",
                                      quoted_part(hints.district), others}));
                list_alternatives(0);
                return result;
            }
            found.erase(far, found.end());
            district = seat.seat;
        }
    }
    // The name as written beats a look-alike of it: "Samarra" is Sāmarrā’ (IQ), not Samara.
    if (std::any_of(found.begin(), found.end(), written))
        std::stable_partition(found.begin(), found.end(), written);
    written_read = static_cast<size_t>(std::count_if(found.begin(), found.end(), written));
    if (!reading.abroad_complete) needs_more = true;

    // Without a country, the file's other places stand for one when they lie near one
    // candidate and far from every rival: "Tripoli" among Benghazi and Misrata, "Brega" there
    // rather than Braga (PT). The far rivals are then left out, as a hint would leave them.
    if (!hint && context && !context->points.empty()) {
        auto near = std::find_if(found.begin(), found.end(), [&](const Scored& s) {
            return context_distance_km(s.c.lat, s.c.lon, context) < kContextNearKm;
        });
        if (near != found.end()) {
            const Scored& chosen = *near;
            // A look-alike ten times farther from them, and not near them, is no rival either: a
            // Greek look-alike 570 km from Derna does not stand against Al-Aziziyah (LY), 40 km
            // from Gharyan, for "Aziziya" in a file about Tripoli. Nor is a place bearing the name
            // so far when the one near them bears it too ("Ariha" in a file about Idlib is Ariha,
            // SY, not Jericho, PS, 451 km away). A place bearing the name as written is a rival
            // of a look-alike near them: in a file of places the world over, one "Deer Park" is
            // near some.
            double chosen_km = context_distance_km(chosen.c.lat, chosen.c.lon, context);
            bool rivals_far = std::all_of(found.begin(), found.end(), [&](const Scored& s) {
                double km = context_distance_km(s.c.lat, s.c.lon, context);
                return distance_km(chosen.c.lat, chosen.c.lon, s.c.lat, s.c.lon) <= kSamePlaceKm ||
                       km >= kContextFarKm ||
                       ((!s.written() || chosen.written()) && km >= kContextNearKm &&
                        km >= kContextFarther * chosen_km);
            });
            // A single candidate near them is the clearest case ("Tarhounah", Tarhuna, among
            // Tripoli and Gharyan): the file's places say the country as a hint would.
            if (rivals_far) {
                std::rotate(found.begin(), near, near + 1);
                for (size_t i = 1; i < found.size(); ++i)
                    if (distance_km(found[0].c.lat, found[0].c.lon, found[i].c.lat,
                                    found[i].c.lon) > kSamePlaceKm) {
                        evidence.ruled_out_by_context = describe(returned(found[i]));
                        break;
                    }
                found.erase(std::remove_if(found.begin() + 1, found.end(),
                                           [&](const Scored& s) {
                                               return distance_km(found[0].c.lat, found[0].c.lon,
                                                                  s.c.lat, s.c.lon) > kSamePlaceKm;
                                           }),
                            found.end());
                evidence.context_decides = true;
            }
        }
    }

    if (!certain(0)) {
        needs_more = true;
        return result;
    }
    const Scored& top = found[0];
    const Scored* contender = nullptr;
    size_t i = 1;
    for (; i < found.size() && !contender && certain(i); ++i)
        if (distance_km(top.c.lat, top.c.lon, found[i].c.lat, found[i].c.lon) > kSamePlaceKm)
            contender = &found[i];
    if (!contender && !certain(i)) {
        needs_more = true;
        return result;
    }
    double margin = contender ? top.c.score - contender->c.score : 10.0;
    // Dominant: the only far place bearing the name as written, the others only similar
    // ("Kobané" is Ayn al Arab, not Cobán; "Samarra" not Samara).
    if (contender && written(top) && !written(*contender))
        margin = std::max(margin, kResolveMargin);
    evidence.top = &top;
    evidence.contender = contender;
    evidence.margin = margin;
    evidence.hinted = hint.has_value();
    if (hint) evidence.country = *hint;
    // Only the region corroborates a look-alike among places of the hinted country: in a
    // dense file (a conflict dataset of one country) some place lies near any look-alike:
    // with context as evidence, "Hadar" (Quneitra) went to Al-Hadir (Aleppo) and "Tuzla"
    // (Istanbul) to a hamlet in Adana (real_places_test). Without a hint, the file's places
    // stand for one when they are near the best candidate and far from all its rivals.
    evidence.region_agrees = (!region.regions.empty() && region_verdict(top) == RegionFilter::inside) ||
                             district.has_value();  // only places near its seat are left
    evidence.region_unread = !hints.region.empty() && region.regions.empty();
    evidence.context_km = context_distance_km(top.c.lat, top.c.lon, context);
    evidence.basic_length = basic->size();
    evidence.basic = *basic;
    evidence.name = name;
    evidence.skeleton_length = skeleton.size();
    evidence.skeleton_consonants = consonants(skeleton).size();
    if (top.c.method == MatchMethod::fuzzy && hint) {
        for (const AliasEntry* entry : aliases_.one_edit_in(skeleton, *hint, true)) {
            double lat = entry->lat, lon = entry->lon;
            if (entry->kind == AliasKind::alias) {
                auto place = gazetteer_->find_geonameid(entry->geonameid);
                if (!place) continue;
                PlaceView v = gazetteer_->place(*place);
                lat = v.lat;
                lon = v.lon;
            }
            if (distance_km(top.c.lat, top.c.lon, lat, lon) > kSamePlaceKm) {
                evidence.curated_rival = entry->name + " (" + std::string(to_string_view(entry->country)) + ")";
                break;
            }
        }
    }
    // Only a region named as written, not the one the look-alike lies in ("Gharian" and the
    // district of Gharyan).
    if (top.c.method == MatchMethod::folded || top.c.method == MatchMethod::fuzzy) {
        auto top_region = top.place >= 0 ? gazetteer_->region_of(static_cast<std::uint32_t>(top.place)) : std::nullopt;
        for (const RegionMatch& m : hint_gazetteer().find_regions(name)) {
            RegionView v = hint_gazetteer().region(m.region);
            if (m.skeleton || (hint && v.country != *hint)) continue;
            if (top_region && top_region->country == v.country && top_region->code == v.code) continue;
            evidence.names_a_region = true;
        }
    }
    std::optional<NoteText> doubt = why_not_resolved(found, evidence, reading, needs_more);
    if (needs_more) return result;
    bool resolved = !doubt;
    // A place resolved over close scores (a dominant name) is as sure as a clear winner.
    double sure_margin = resolved ? std::max(margin, kResolveMargin) : margin;
    double confidence = method_confidence(top.c.method) * std::clamp(0.5 + sure_margin / 6, 0.5, 1.0) *
                        (hint || evidence.context_decides ? 1.0 : 0.95);
    if (top.c.method == MatchMethod::fuzzy) confidence = std::min(confidence, 0.7);
    if (!resolved) confidence = std::min(confidence, 0.5);
    result.confidence = std::round(confidence * 100) / 100;
    if (resolved) {
        // What decided, in the words of the details panel.
        std::vector<NoteText>& said = result.evidence_parts;
        said.push_back(NoteText(method_words(top.c.method)));
        // "in Syria", unless a later part says it ("the only place of the name in Syria").
        bool country_said = std::any_of(evidence.said.begin(), evidence.said.end(), [](const NoteText& part) {
            return std::any_of(part.args.begin(), part.args.end(),
                               [](const NoteText& a) { return a.id == GeocodeNote::in_named_country; });
        });
        if (hint && !country_said)
            said.push_back(NoteText(GeocodeNote::said_country, {in_named_country(to_string_view(*hint))}));
        if (district)
            said.push_back(NoteText(
                GeocodeNote::said_district,
                {district->name,
                 std::to_string(std::lround(distance_km(district->lat, district->lon, top.c.lat, top.c.lon)))}));
        said.insert(said.end(), evidence.said.begin(), evidence.said.end());
        if (std::isfinite(evidence.context_km))
            said.push_back(NoteText(GeocodeNote::said_context_km,
                                    {std::to_string(std::lround(evidence.context_km)),
                                     evidence.ruled_out_by_context.id == GeocodeNote::nothing
                                         ? NoteText(GeocodeNote::nothing)
                                         : NoteText(GeocodeNote::far_from, {evidence.ruled_out_by_context})}));
        result.evidence = render_notes(said, DateLanguage::en);
    }

    if (resolved) {
        result.status = GeocodeStatus::resolved;
        result.place = returned(top);
        list_alternatives(1);
        return result;
    }
    result.status = GeocodeStatus::ambiguous;
    append_note(std::move(*doubt));
    list_for_review(found, context, reading, written_read, max_alternatives, result, needs_more);
    return result;
}

void Geocoder::list_for_review(const std::vector<Scored>& found, const PlaceContext* context,
                               const Reading& reading, size_t written_read, size_t max_alternatives,
                               GeocodeResult& result, bool& needs_more) const {
    // Chosen among every candidate ranked, then cut: choosing among the first few only made
    // the list depend on how many were asked for (a near place ranked sixth came first when
    // all were asked for, and was missing otherwise).
    std::vector<ReviewFacts> facts(found.size());
    for (size_t i = 0; i < found.size(); ++i)
        facts[i] = {found[i].c.lat, found[i].c.lon, found[i].c.population, found[i].written()};
    ReviewOrder order = plausible_review_order(facts, context);
    if (!reading.complete) {
        // The file's places weigh every candidate, so a lookup with them reads all: this is
        // only a guard.
        if (context && !context->points.empty()) {
            needs_more = true;
            return;
        }
        // An unread place bearing the name may be larger than any read, and leave out a place
        // read: its importance is at most written_bound - kAlternateWeight, its population
        // 10^(that - the lowest feature bonus).
        if (reading.more_written) {
            double most_unread = std::pow(10.0, reading.written_bound - kAlternateWeight -
                                                    feature_bonus(Feature::historical));
            for (const ReviewFacts& f : facts)
                if (f.population > 0 && !dwarfed_for_review(f.population, order.largest) &&
                    static_cast<double>(f.population) * 100 < most_unread) {
                    needs_more = true;
                    return;
                }
        }
    }
    // Without the file's places the order is the ranking's (positions rising): each listed
    // position, and the end when the list is short, must be one a complete reading agrees on.
    auto certain = [&](size_t i) { return reading.certain(i, found.size(), written_read); };
    for (size_t i : order.positions) {
        if (result.alternatives.size() == max_alternatives) break;
        if (!certain(i)) needs_more = true;
        result.alternatives.push_back(returned(found[i]));
    }
    if (result.alternatives.size() < max_alternatives && !certain(found.size())) needs_more = true;
}

}  // namespace chronomap
