// Geocoder: places a name as the press writes it, says how it found it and how sure it is.
//
//   lookup("Deir ez-Zhor", "Syrie") -> resolved, Deir ez-Zor (SY), method alternate, 0.97
//   lookup("Tripoli")               -> ambiguous: Tripoli (LY), Tripoli (LB), ...
//   lookup("province de Homs")      -> unresolved: a region, not a point
//
// Candidates come from aliases (user first, then curated), the gazetteer's names (basic
// keys: exact or alternate), their transliteration skeletons (folded) and, when those find
// nothing in the right country, a bounded fuzzy stage. Each is scored by match quality,
// importance (capital, admin seat, population) and closeness to the file's other places;
// a country hint removes other countries. Only a clear winner by a strong method is
// `resolved`; a weak or contested match is `ambiguous` with every contender listed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/alias_table.h"
#include "core/gazetteer/country_reach.h"
#include "core/gazetteer/gazetteer.h"
#include "core/i18n/geocode_notes.h"
#include "core/place_names/exonyms.h"

namespace chronomap {

enum class GeocodeStatus : std::uint8_t { resolved, ambiguous, unresolved };
enum class MatchMethod : std::uint8_t { exact, alternate, alias, folded, fuzzy };
// Found by the name as written (its own, another of its names, an alias), not a look-alike.
inline bool bears_name_as_written(MatchMethod m) {
    return m == MatchMethod::exact || m == MatchMethod::alternate || m == MatchMethod::alias;
}
// What kind of location an answer is: a town's centre, a part of a town, a point standing
// for a whole region or country, or a point near the named place ("près de Homs").
enum class PlacePrecision : std::uint8_t { town, district, region, country, near };
std::string_view status_name(GeocodeStatus status);
std::string_view method_name(MatchMethod method);
std::string_view precision_name(PlacePrecision precision);

struct GeocodeCandidate {
    std::uint32_t geonameid = 0;  // 0 for a user or curated place that GeoNames lacks
    std::string name;
    CountryCode country{};
    double lat = 0, lon = 0;
    std::uint32_t population = 0;
    MatchMethod method = MatchMethod::exact;
    PlacePrecision precision = PlacePrecision::town;
    std::string region;     // display name of its first-level region; empty when unknown
    std::string region_fr;  // its French name ("Gouvernorat d'Alep"); empty when none is known
    double score = 0;       // higher is better; comparable within one answer only
};
// The region's name for a reader of `language`: GeoNames' name where no translation is known.
const std::string& region_in(const GeocodeCandidate& c, DateLanguage language);

// What the user says about where a place is, as written: "Syrie", "Idleb", "Jisr al-Shughur".
struct PlaceHints {
    std::string_view country;
    std::string_view region;    // first-level: governorate, province
    std::string_view district;  // second-level; kept and reported, not matched yet
};

struct GeocodeResult {
    GeocodeStatus status = GeocodeStatus::unresolved;
    std::optional<GeocodeCandidate> place;       // set when resolved
    double confidence = 0;                       // 0..1; of the best candidate
    std::vector<GeocodeCandidate> alternatives;  // best first; excludes `place`
    std::string note;                            // why it is not resolved, hint problems
    // When resolved, what decided, for the user: "alternate name; the only place of the
    // name in SY", "main name; 12 km from the file's other places; Tripoli (LB) 1,050 km".
    std::string evidence;
    // The same note and evidence as messages, for a reader of another language (the
    // explorer): render_notes(note_parts, DateLanguage::en) == note, and likewise evidence.
    std::vector<NoteText> note_parts;
    std::vector<NoteText> evidence_parts;
};

// The note and the evidence in the reader's language; a result built without parts (by
// hand, from a file) gives its English strings.
std::string note_in(const GeocodeResult& result, DateLanguage language);
// The note as the explorer says it (Review tab and details panel): its buttons, "click its place
// on the map", not the command line's --aliases (for_review).
std::string note_for_explorer(const GeocodeResult& result, DateLanguage language);
std::string evidence_in(const GeocodeResult& result, DateLanguage language);

// Points already placed in the same file: events cluster, so they break ties.
struct PlaceContext {
    struct Point {
        double lat, lon;
    };
    std::vector<Point> points;
};

// The names of the curated table of French and English names (core/place_names/exonyms.h)
// as curated aliases of their place ("Alep", "Palmyra", "Syrte"), with the place's country;
// names that fold to GeoNames' own name are left out (they add nothing to lookup).
void add_exonym_aliases(const Gazetteer& gazetteer, const ExonymTable& exonyms, AliasTable& aliases);

struct ParenthesizedName;  // core/gazetteer/parenthesized_names.h

class Geocoder {
  public:
    static constexpr size_t kMaxNameBytes = 200;  // longer "names" are sentences, not places

    explicit Geocoder(std::shared_ptr<const Gazetteer> gazetteer, AliasTable curated = {});

    // Opens DIR/gazetteer.idx, DIR/aliases.tsv and DIR/exonyms.tsv (if present). Throws
    // GazetteerError; problems in aliases.tsv or exonyms.tsv are returned in `diagnostics`.
    static Geocoder open(const std::filesystem::path& geodata_dir,
                         std::vector<Diagnostic>* diagnostics = nullptr);

    // User aliases and places win over the curated ones.
    void add_aliases(const AliasTable& user_aliases);

    // Never throws for any input (empty, huge, invalid UTF-8): such input is unresolved.
    GeocodeResult lookup(std::string_view name, std::string_view country_hint = {},
                         const PlaceContext* context = nullptr, size_t max_alternatives = 5) const {
        return lookup(name, PlaceHints{country_hint, {}, {}}, context, max_alternatives);
    }
    // A region rules out the country's places in other regions; a match by a look-alike
    // spelling (or of a hamlet of unknown size) is resolved only when the region agrees.
    GeocodeResult lookup(std::string_view name, const PlaceHints& hints,
                         const PlaceContext* context = nullptr, size_t max_alternatives = 5) const;

    // User gazetteers (`chronomap gazetteer add`): asked, in order, when the built-in one
    // finds no place of the name as written where the hints say.
    void add_gazetteer(std::shared_ptr<const Gazetteer> gazetteer);

    // "SY", "SYR", "Syrie", "Syrien", "Libya", "ليبيا" -> the code; nullopt when unknown.
    std::optional<CountryCode> parse_country_hint(std::string_view hint) const;

    const Gazetteer& gazetteer() const { return *gazetteer_; }
    const std::shared_ptr<const Gazetteer>& gazetteer_ptr() const { return gazetteer_; }
    // Country and region names from another index: a user index has none of its own
    // (add_gazetteer does this; benches and tools ask a world index alone).
    void use_hints_from(std::shared_ptr<const Gazetteer> hints) { hints_ = std::move(hints); }

  private:
    struct Scored;
    struct RegionFilter;
    struct Reading;
    // The first-level regions a region hint names: the region tables' names, then the curated
    // ones (aliases.tsv, kind region).
    std::vector<RegionView> regions_named(std::string_view region_hint) const;
    GeocodeResult lookup_here(std::string_view name, const PlaceHints& hints,
                              const PlaceContext* context, size_t max_alternatives) const;
    // False when no place here bears `name` as written (exact or alternate): neither its key
    // nor that of the name without its article is in the index, and no alias could stand in.
    bool may_bear_as_written(std::string_view name) const;
    // Whether a place or an alias has this name's folded or skeleton key (what a lookup reads
    // before its near spellings).
    bool may_be_spelled_so(std::string_view name) const;
    // One try of lookup_here reading at most `limit` candidates where the hint says (in
    // ranking order; SIZE_MAX: all). Sets `needs_more` when the answer might depend on one
    // left unread: the caller then tries again with a larger limit.
    GeocodeResult lookup_reading(std::string_view name, const PlaceHints& hints,
                                 const PlaceContext* context, size_t max_alternatives,
                                 size_t limit, bool& needs_more) const;
    GeocodeResult lookup_near_phrase(std::string_view name, const PlaceHints& hints,
                                     const PlaceContext* context, size_t max_alternatives) const;
    // "Homs (Libya)": the part in parentheses as a country, a region or another name.
    std::optional<GeocodeResult> lookup_parenthesized(const ParenthesizedName& parts, const PlaceHints& hints,
                                                      const PlaceContext* context, size_t max_alternatives) const;
    // With a country hint, the only curated place GeoNames lacks one letter from the name.
    // With vowel_away_only, only a place a vowel away.
    std::optional<GeocodeResult> near_curated_place(std::string_view name, const PlaceHints& hints,
                                                    const PlaceContext* context, size_t max_alternatives,
                                                    bool vowel_away_only = false) const;
    std::vector<Scored> gather(std::string_view basic, std::string_view skeleton,
                               const std::optional<CountryCode>& hint, NoteText& note,
                               bool& is_area, size_t limit, Reading& reading) const;
    // The best `limit` of the key tables' candidates where the hint says, in ranking order,
    // and the namesakes abroad as far as the most important of them may lie.
    void read_best(std::vector<Scored>& found, const KeyRun& matches, const KeyRun& article_matches,
                   size_t article_main_names, const KeyRun& folded_matches,
                   const std::optional<CountryCode>& hint, size_t limit, Reading& reading) const;
    // Fills s with the place's fields (all but its score).
    void take_place(Scored& s, std::uint32_t index, MatchMethod method) const;
    GeocodeCandidate returned(const Scored& s) const;  // with its name and region
    const Gazetteer& hint_gazetteer() const { return hints_ ? *hints_ : *gazetteer_; }
    // Nothing of the name in the hinted country: keeps (in `found`) the places abroad worth
    // offering, those bearing the name near the country, and says so in the result's note.
    void note_places_abroad(std::vector<Scored>& found, const CountryCode& hint, GeocodeResult& result) const;
    std::optional<NoteText> line_between_places(std::string_view name, std::string_view hint) const;
    struct Evidence;
    // nullopt when `top` may be returned as resolved (e.said then says why); needs_more when an
    // unread candidate could change the answer.
    // An ambiguous answer's alternatives: the review's choice (review_candidates.h) among all
    // candidates ranked, cut to max_alternatives; needs_more when an unread one could change it.
    // (written_read: how many of `found` bear the name as written, Reading::certain.)
    void list_for_review(const std::vector<Scored>& found, const PlaceContext* context, const Reading& reading,
                         size_t written_read, size_t max_alternatives, GeocodeResult& result,
                         bool& needs_more) const;
    std::optional<NoteText> why_not_resolved(const std::vector<Scored>& found, Evidence& e,
                                             const Reading& reading, bool& needs_more) const;
    // A place in a note: "Alep (SY)" in French, "Aleppo (SY)" in English, named as the map
    // names it (core/place_names/exonyms.h), not by GeoNames' "Ḩamāh" or "Mişrātah".
    NoteText describe(const GeocodeCandidate& c) const;

    std::shared_ptr<const Gazetteer> gazetteer_;
    AliasTable aliases_;
    // For a user gazetteer's geocoder: the built-in index, which knows country and region
    // names (a user index has none of its own).
    std::shared_ptr<const Gazetteer> hints_;
    // geodata/exonyms.tsv, for the names of places in notes (empty without the file).
    std::shared_ptr<const ExonymTable> exonyms_ = std::make_shared<ExonymTable>();
    std::vector<std::shared_ptr<const Geocoder>> user_geocoders_;
    // How far places lie from each country (country_reach.h), built on first need.
    std::shared_ptr<LazyCountryReach> reach_ = std::make_shared<LazyCountryReach>();
};

}  // namespace chronomap
