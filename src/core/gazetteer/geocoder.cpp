#include "core/gazetteer/geocoder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/name_folding.h"
#include "core/gazetteer/near_phrase.h"
#include "core/gazetteer/non_point_names.h"

namespace chronomap {
using namespace geocode_scoring;
namespace {

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text.substr(0, 80)) + (text.size() > 80 ? "...\"" : "\"");
}

std::string describe(const GeocodeCandidate& c) {
    return c.name + " (" + std::string(to_string_view(c.country)) + ")";
}

}  // namespace

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
    GeocodeCandidate c;     // without its name until it is returned (copies cost)
    std::string_view name;  // in the index or the alias table
    GeocodeCandidate returned() const {
        GeocodeCandidate out = c;
        out.name = std::string(name);
        return out;
    }
    std::int64_t place = -1;  // gazetteer index; -1 for alias places
    Feature feature = Feature::populated;
    int fuzzy_distance = 0;
    bool main_name = false;  // matched through the place's main name (not an alternate)
};

// The regions a hint names (as country + GeoNames admin1 code, comparable across indexes).
struct Geocoder::RegionFilter {
    std::vector<std::pair<CountryCode, std::string>> regions;
    std::string display;  // "Idlib Governorate (SY)"
    enum Verdict { inside, outside, unknown };
    Verdict verdict(const Gazetteer& gazetteer, const Scored& s) const {
        if (s.place < 0) return unknown;  // an alias place: no region known
        auto region = gazetteer.region_of(static_cast<std::uint32_t>(s.place));
        bool country_named = false;
        for (const auto& [country, code] : regions) {
            if (country != s.c.country) continue;
            country_named = true;
            if (region && region->code == code) return inside;
        }
        if (!country_named) return unknown;  // the region says nothing of other countries
        return region ? outside : unknown;
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
    if (std::filesystem::exists(exonyms_file, ec)) {
        std::vector<Diagnostic> problems;
        ExonymTable exonyms = ExonymTable::read(exonyms_file, problems, "geodata/exonyms.tsv");
        add_exonym_aliases(*gazetteer, exonyms, curated);
        if (diagnostics) diagnostics->insert(diagnostics->end(), problems.begin(), problems.end());
    }
    return Geocoder(std::move(gazetteer), std::move(curated));
}

void Geocoder::add_aliases(const AliasTable& user_aliases) {
    aliases_.merge(user_aliases);
}

void Geocoder::add_gazetteer(std::shared_ptr<const Gazetteer> gazetteer) {
    auto user = std::make_shared<Geocoder>(std::move(gazetteer));
    user->hints_ = hints_ ? hints_ : gazetteer_;
    user_geocoders_.push_back(std::move(user));
}

GeocodeCandidate Geocoder::candidate_from_place(std::uint32_t index, MatchMethod method) const {
    PlaceView p = gazetteer_->place(index);
    GeocodeCandidate c;
    c.geonameid = p.geonameid;
    c.country = p.country;
    c.lat = p.lat;
    c.lon = p.lon;
    c.population = p.population;
    c.method = method;
    if (p.feature == Feature::section) c.precision = PlacePrecision::district;
    return c;
}

GeocodeCandidate Geocoder::returned(const Scored& s) const {
    GeocodeCandidate out = s.returned();
    if (s.place >= 0)
        if (auto region = gazetteer_->region_of(static_cast<std::uint32_t>(s.place)))
            out.region = std::string(region->name);
    return out;
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

std::vector<Geocoder::Scored> Geocoder::gather(std::string_view basic, std::string_view skeleton,
                                               const std::optional<CountryCode>& hint,
                                               std::string& note, bool& is_area) const {
    std::vector<Scored> found;
    auto in_hint = [&](const CountryCode& country) { return !hint || country == *hint; };

    // Aliases: the user's are final; curated ones join the gazetteer's candidates.
    bool matched_basic = false;
    bool user_point = false;
    for (const AliasEntry* e : aliases_.find(basic, skeleton, matched_basic)) {
        if (e->kind == AliasKind::country) continue;
        if (e->has_country() && !in_hint(e->country)) continue;
        if (e->kind == AliasKind::area) {
            if (user_point) continue;
            is_area = true;
            note = "not a point: " + (e->note.empty() ? std::string("a region") : e->note) + " (" +
                   e->origin + "); give the event \"coordinates\" or the name of a town";
            return {};
        }
        Scored s;
        if (e->kind == AliasKind::alias) {
            auto index = gazetteer_->find_geonameid(e->geonameid);
            if (!index) continue;  // a curated id missing from this GeoNames snapshot
            s.c = candidate_from_place(*index, MatchMethod::alias);
            s.name = gazetteer_->place(*index).name;
            s.place = *index;
            s.feature = gazetteer_->place(*index).feature;
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
        user_point = user_point || e->user;
        found.push_back(std::move(s));
    }
    if (user_point) {
        std::erase_if(found, [](const Scored& s) { return s.c.method != MatchMethod::alias; });
        return found;
    }

    auto add_matches = [&](const std::vector<KeyMatch>& matches, bool folded, int fuzzy_distance) {
        for (const KeyMatch& m : matches) {
            PlaceView p = gazetteer_->place(m.place);
            double weight = fuzzy_distance ? kFuzzyWeight[fuzzy_distance]
                            : folded ? (m.alternate ? kFoldedAlternateWeight : kFoldedMainWeight)
                                     : (m.alternate ? kAlternateWeight : kExactWeight);
            MatchMethod method = fuzzy_distance ? MatchMethod::fuzzy
                                 : folded
                                     ? MatchMethod::folded
                                     : (m.alternate ? MatchMethod::alternate : MatchMethod::exact);
            Scored s;
            s.c = candidate_from_place(m.place, method);
            s.name = p.name;
            s.place = m.place;
            s.feature = p.feature;
            s.fuzzy_distance = fuzzy_distance;
            s.main_name = !m.alternate && fuzzy_distance == 0;
            s.c.score = weight + importance(p.population, p.feature);
            found.push_back(std::move(s));
        }
    };
    std::vector<KeyMatch> matches, folded_matches;
    gazetteer_->find_both(basic, skeleton, matches, folded_matches);
    add_matches(matches, false, 0);
    add_matches(folded_matches, true, 0);
    // "Al-Raqqa" is "Raqqa" with its article: the name as written, not a look-alike of it.
    for (std::string_view article : {"al ", "el ", "ar ", "as ", "ad ", "ash ", "az ", "an ",
                                     "at ", "ez ", "es ", "er ", "en ", "et "})
        if (basic.starts_with(article) && basic.size() >= article.size() + 3) {
            matches.clear();
            gazetteer_->find_basic(basic.substr(article.size()), matches);
            for (KeyMatch& m : matches) m.alternate = true;
            add_matches(matches, false, 0);
            break;
        }

    // Fuzzy only when nothing better was found where the user says the place is.
    bool any_in_hint = std::any_of(found.begin(), found.end(),
                                   [&](const Scored& s) { return in_hint(s.c.country); });
    if (!any_in_hint && is_ascii(skeleton)) {
        std::vector<FuzzyKey> keys;
        gazetteer_->find_fuzzy(skeleton, keys);
        size_t before = found.size();
        for (const FuzzyKey& key : keys) {
            if (found.size() - before >= kMaxFuzzyPlaces) break;
            matches.clear();
            gazetteer_->find_skeleton(key.key, matches);
            add_matches(matches, false, key.distance);
        }
    }

    // One entry per place, with its best score.
    std::sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
        if (a.place != b.place) return a.place < b.place;
        return a.c.score > b.c.score;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Scored& a, const Scored& b) {
                                return a.place >= 0 && a.place == b.place;
                            }),
                found.end());
    return found;
}

std::optional<std::string> Geocoder::line_between_places(std::string_view name,
                                                         std::string_view hint) const {
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
        auto best = [](const GeocodeResult& r) -> const GeocodeCandidate* {
            if (r.place) return &*r.place;
            return r.alternatives.empty() ? nullptr : &r.alternatives[0];
        };
        const GeocodeCandidate* pa = best(a);
        const GeocodeCandidate* pb = best(b);
        if (!pa || !pb || distance_km(pa->lat, pa->lon, pb->lat, pb->lon) < kSamePlaceKm) continue;
        return "not a point: a line between " + describe(*pa) + " and " + describe(*pb) +
               " (a road or a front); give the event \"coordinates\"";
    }
    return std::nullopt;
}

// Empty when `top` may be returned as resolved; otherwise why not, for the user. Without a
// country, only strong evidence resolves: a skeleton shared by a short name, or an alternate
// name of a far place when some other place bears that very name, is a coincidence as
// often as not ("Mocha" is not Moscow, "Nawa" not Naha).
std::string Geocoder::why_not_resolved(const std::vector<Scored>& found, const Scored& top,
                                       const Scored* contender, double margin, bool hinted,
                                       bool corroborated, size_t basic_length,
                                       size_t skeleton_length) const {
    std::string top_text = describe(top.returned());
    if (top.c.method == MatchMethod::alias) {
        if (margin >= 1.0) return {};
        return "several places match: " + top_text + " and " + describe(contender->returned()) +
               "; make the aliases agree";
    }
    if (margin < kResolveMargin)
        return "several places match: " + top_text + " and " + describe(contender->returned()) +
               (hinted ? "" : "; add a country") + " or name the place with --aliases";
    bool prominent = top.c.population >= kProminentPlace || top.feature <= Feature::seat2;
    // A look-alike spelling alone put "Hadar" on Al-Hadir and "Yalimli" on Cilimli: it
    // needs the region or the file's other places to agree.
    if (top.c.method == MatchMethod::fuzzy) {
        if (hinted && corroborated && skeleton_length >= 7 && margin >= 2.0 && prominent)
            return {};
        return "did you mean " + top_text + "? only a near spelling matches" +
               (hinted ? "; add the region or confirm it with --aliases"
                       : "; add a country and region or confirm it with --aliases");
    }
    if (hinted) {
        // A long skeleton rarely collides by chance ("Jarablous", "Qouneitra"); a short one
        // does ("Hadar" and Al-Hadir share "hdr").
        bool long_skeleton = skeleton_length >= 6 && top.c.population >= kSmallPlace;
        // A sub-district seat of unknown population is where the large district of the same
        // name is missing from cities500 ("Tuzla" in Istanbul is not the Düzce hamlet).
        bool unknown_hamlet = top.c.population == 0 && top.feature >= Feature::seat3;
        if (unknown_hamlet && !corroborated && top.c.method != MatchMethod::alias)
            return "only a place of unknown size matches: " + top_text +
                   "; add the region to confirm it";
        if (top.c.method != MatchMethod::folded || corroborated || long_skeleton ||
            (prominent && top.main_name))
            return {};
        return "did you mean " + top_text +
               "? only a similar spelling matches; add the region or confirm it with --aliases";
    }
    bool small = top.c.population < kSmallPlace && top.feature > Feature::seat2;
    if (small) return "only a small place matches: " + top_text + "; add a country to confirm it";
    // Another place, far away, carries the name as written.
    auto named_so_elsewhere = [&](bool alternates_count) {
        for (const Scored& s : found) {
            if (&s == &top || distance_km(top.c.lat, top.c.lon, s.c.lat, s.c.lon) <= kSamePlaceKm)
                continue;
            if (s.c.method == MatchMethod::exact ||
                (alternates_count && s.c.method == MatchMethod::alternate))
                return &s;
        }
        return static_cast<const Scored*>(nullptr);
    };
    if (top.c.method == MatchMethod::alternate) {
        // Four letters or fewer match some romanisation of many big places ("Mare", Malé).
        if (basic_length <= 4)
            return "a short name that is an alternate name of " + top_text +
                   "; add a country to confirm it";
        if (const Scored* other = named_so_elsewhere(false))
            return top_text + " is also the name of " + describe(other->returned()) +
                   "; add a country";
        return {};
    }
    if (top.c.method == MatchMethod::folded) {
        if (const Scored* other = named_so_elsewhere(true))
            return "\"" + std::string(other->name) + "\" (" +
                   std::string(to_string_view(other->c.country)) + ") is written so, " + top_text +
                   " only similarly; add a country";
        // Short skeletons collide often; a governorate seat or a capital is a likelier meaning.
        bool long_enough =
            skeleton_length >= 7 || (skeleton_length >= 5 && top.feature <= Feature::seat1);
        if (!top.main_name || !long_enough || !prominent)
            return "did you mean " + top_text +
                   "? only a similar spelling matches; add a country to confirm it";
    }
    return {};
}

GeocodeResult Geocoder::lookup(std::string_view name, const PlaceHints& hints,
                               const PlaceContext* context, size_t max_alternatives) const {
    GeocodeResult result = lookup_here(name, hints, context, max_alternatives);
    if (result.status == GeocodeStatus::resolved) return result;
    // The user's own gazetteers hold the villages cities500 lacks: taken when they know the
    // name as written (a look-alike there is no better than one here).
    for (const auto& user : user_geocoders_) {
        GeocodeResult theirs = user->lookup_here(name, hints, context, max_alternatives);
        if (theirs.status == GeocodeStatus::resolved &&
            (theirs.place->method == MatchMethod::exact ||
             theirs.place->method == MatchMethod::alternate)) {
            theirs.note += std::string(theirs.note.empty() ? "" : "; ") + "from " +
                           user->gazetteer().path().filename().string();
            return theirs;
        }
    }
    if (result.status == GeocodeStatus::unresolved && result.alternatives.empty())
        if (GeocodeResult near = lookup_near_phrase(name, hints, context, max_alternatives);
            near.status != GeocodeStatus::unresolved || !near.alternatives.empty())
            return near;
    return result;
}

GeocodeResult Geocoder::lookup_near_phrase(std::string_view name, const PlaceHints& hints,
                                           const PlaceContext* context,
                                           size_t max_alternatives) const {
    auto place = strip_near_phrase(name);
    if (!place) return {};
    GeocodeResult result = lookup(*place, hints, context, max_alternatives);
    std::string said = "\"" + std::string(name) + "\" is near " + in_quotes(*place);
    if (result.place) {
        result.place->precision = PlacePrecision::near;
        said += ": placed at " + describe(*result.place) + ", precision \"near\"";
    }
    result.note = said + (result.note.empty() ? "" : "; " + result.note);
    return result;
}

GeocodeResult Geocoder::lookup_here(std::string_view name, const PlaceHints& hints,
                                    const PlaceContext* context, size_t max_alternatives) const {
    std::string_view country_hint = hints.country;
    GeocodeResult result;
    if (name.size() > kMaxNameBytes) {
        result.note = "the name is " + std::to_string(name.size()) +
                      " bytes long; a place name is at most " + std::to_string(kMaxNameBytes) +
                      " bytes";
        return result;
    }
    auto basic = fold_basic(name);
    if (!basic) {
        result.note = "the name is not valid UTF-8; save the file as UTF-8";
        return result;
    }
    if (basic->empty()) {
        result.note = "empty name";
        return result;
    }
    std::optional<CountryCode> hint;
    if (!country_hint.empty()) {
        hint = parse_country_hint(country_hint);
        if (!hint)
            result.note =
                "unknown country " + in_quotes(country_hint) +
                " ignored; write an ISO code (SY) or a country name (Syrie, Syria, Syrien)";
    }
    // The region: its country stands in for a missing country hint ("Idleb" is in Syria).
    RegionFilter region;
    if (!hints.region.empty()) {
        for (const RegionMatch& m : hint_gazetteer().find_regions(hints.region)) {
            RegionView v = hint_gazetteer().region(m.region);
            if (hint && v.country != *hint) continue;
            region.regions.emplace_back(v.country, std::string(v.code));
            if (region.display.empty())
                region.display = std::string(v.name) + " (" + std::string(to_string_view(v.country)) + ")";
        }
        if (region.regions.empty())
            result.note += std::string(result.note.empty() ? "" : "; ") + "unknown region " +
                           in_quotes(hints.region) +
                           (hint ? " in " + std::string(to_string_view(*hint)) : std::string()) +
                           " ignored; write a governorate or province as the press does "
                           "(Idleb, Daraa, Hadramawt)";
        else if (!hint && std::all_of(region.regions.begin(), region.regions.end(),
                                      [&](const auto& r) {
                                          return r.first == region.regions.front().first;
                                      }))
            hint = region.regions.front().first;
    }
    std::string skeleton = fold_skeleton(*basic);
    bool is_area = false;
    std::string gather_note;
    std::vector<Scored> found = gather(*basic, skeleton, hint, gather_note, is_area);
    auto append_note = [&](const std::string& text) {
        result.note += (result.note.empty() ? "" : "; ") + text;
    };
    if (is_area) {
        append_note(gather_note);
        return result;
    }

    // A road, a region, a desert ... unless the whole name is some place's main name.
    bool main_name_match = std::any_of(found.begin(), found.end(), [](const Scored& s) {
        return s.c.method == MatchMethod::exact;
    });
    if (basic->find(' ') != std::string::npos && !main_name_match) {
        if (auto kind = non_point_kind(*basic)) {
            append_note("not a point: " + in_quotes(name) + " names " + *kind +
                        "; give the event \"coordinates\" or the name of a town");
            return result;
        }
    }
    if (found.empty()) {
        if (auto line = line_between_places(name, country_hint))
            append_note(*line);
        else
            append_note(
                "no place of that name in the gazetteer; add it with --aliases or a \"places\" "
                "entry");
        return result;
    }

    bool written_name_exists = std::any_of(found.begin(), found.end(), [](const Scored& s) {
        return s.c.method == MatchMethod::exact || s.c.method == MatchMethod::alternate ||
               s.c.method == MatchMethod::alias;
    });
    for (Scored& s : found) {
        s.c.score += proximity_bonus(s.c, context);
        bool look_alike = s.c.method == MatchMethod::folded || s.c.method == MatchMethod::fuzzy;
        if (written_name_exists && look_alike) s.c.score -= kLookAlikePenalty;
    }
    auto by_score = [](const Scored& a, const Scored& b) { return a.c.score > b.c.score; };
    std::sort(found.begin(), found.end(), by_score);

    auto list_alternatives = [&](size_t from) {
        for (size_t i = from; i < found.size() && result.alternatives.size() < max_alternatives;
             ++i)
            result.alternatives.push_back(returned(found[i]));
    };
    if (hint) {
        auto outside = std::stable_partition(found.begin(), found.end(),
                                             [&](const Scored& s) { return s.c.country == *hint; });
        if (outside == found.begin()) {
            std::string elsewhere;
            for (size_t i = 0; i < found.size() && i < 3; ++i)
                elsewhere += (i ? ", " : "") + describe(found[i].returned());
            append_note("no place of that name in " + std::string(to_string_view(*hint)) +
                        "; found elsewhere: " + elsewhere);
            list_alternatives(0);
            return result;
        }
        found.erase(outside, found.end());  // the user said where it is
    }
    if (!region.regions.empty()) {
        auto elsewhere = std::stable_partition(found.begin(), found.end(), [&](const Scored& s) {
            return region.verdict(*gazetteer_, s) != RegionFilter::outside;
        });
        if (elsewhere == found.begin()) {
            std::string others;
            for (size_t i = 0; i < found.size() && i < 3; ++i) {
                GeocodeCandidate c = returned(found[i]);
                others += (i ? ", " : "") + describe(c) + (c.region.empty() ? "" : " in " + c.region);
            }
            append_note("no place of that name in " + region.display +
                        "; found in other regions: " + others);
            list_alternatives(0);
            return result;
        }
        found.erase(elsewhere, found.end());  // the region rules them out
    }
    // The name as written beats a look-alike of it: "Samarra" is Sāmarrā’ (IQ), not Samara.
    auto written = [](const Scored& s) {
        return s.c.method == MatchMethod::exact || s.c.method == MatchMethod::alternate ||
               s.c.method == MatchMethod::alias;
    };
    if (std::any_of(found.begin(), found.end(), written))
        std::stable_partition(found.begin(), found.end(), written);

    const Scored& top = found[0];
    const Scored* contender = nullptr;
    for (size_t i = 1; i < found.size() && !contender; ++i)
        if (distance_km(top.c.lat, top.c.lon, found[i].c.lat, found[i].c.lon) > kSamePlaceKm)
            contender = &found[i];
    double margin = contender ? top.c.score - contender->c.score : 10.0;
    // Dominant: the only far place bearing the name as written, the others only similar
    // ("Kobané" is Ayn al Arab, not Cobán; "Samarra" not Samara).
    if (contender && written(top) && !written(*contender))
        margin = std::max(margin, kResolveMargin);
    bool region_matched = !region.regions.empty() &&
                          region.verdict(*gazetteer_, top) == RegionFilter::inside;
    // Only the region corroborates a look-alike: the file's other places break ties between
    // places of the name as written, but in a dense file (a conflict dataset of one country)
    // some place lies near any look-alike: with context as evidence, "Hadar" (Quneitra) went
    // to Al-Hadir (Aleppo) and "Tuzla" (Istanbul) to a hamlet in Adana (real_places_test).
    bool corroborated = region_matched;
    std::string doubt = why_not_resolved(found, top, contender, margin, hint.has_value(),
                                         corroborated, basic->size(), skeleton.size());
    bool resolved = doubt.empty();
    double confidence = method_confidence(top.c.method) * std::clamp(0.5 + margin / 6, 0.5, 1.0) *
                        (hint ? 1.0 : 0.95);
    if (top.c.method == MatchMethod::fuzzy) confidence = std::min(confidence, 0.7);
    if (!resolved) confidence = std::min(confidence, 0.5);
    result.confidence = std::round(confidence * 100) / 100;

    if (resolved) {
        result.status = GeocodeStatus::resolved;
        result.place = returned(top);
        list_alternatives(1);
        return result;
    }
    result.status = GeocodeStatus::ambiguous;
    append_note(doubt);
    list_alternatives(0);
    return result;
}

}  // namespace chronomap
