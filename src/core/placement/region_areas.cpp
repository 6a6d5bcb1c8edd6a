#include "core/placement/region_areas.h"

#include <optional>
#include <set>

#include "core/text/source_location.h"

namespace chronomap {

namespace {

struct RegionFound {
    const Geometry* outline = nullptr;
    std::string problem, hint;
};

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

RegionFound find_region(const Geocoder& geocoder, const RegionShapes& shapes, std::string_view name,
                        std::string_view country_text) {
    const Gazetteer& gazetteer = geocoder.gazetteer();  // the built-in index: it knows the regions
    std::optional<CountryCode> country;
    if (!country_text.empty()) country = geocoder.parse_country_hint(country_text);
    std::vector<RegionView> regions;
    for (const RegionMatch& m : gazetteer.find_regions(name)) {
        RegionView r = gazetteer.region(m.region);
        if (!country || r.country == *country) regions.push_back(r);
    }
    RegionFound out;
    if (regions.empty()) {
        out.problem = quoted(name) + " is not a first-level region (governorate, province) chronomap knows" +
                      (country ? " in " + std::string(to_string_view(*country)) : "") + ", so it has no outline for it";
        // The geocoder knows some well-known zones ("a region east of Damascus"): say it.
        GeocodeResult said = geocoder.lookup(name, PlaceHints{country_text, {}, {}});
        if (said.status == GeocodeStatus::resolved && said.place)
            out.problem += "; it is the place " + said.place->name + " (" + std::string(to_string_view(said.place->country)) +
                           "), drawn as a point";
        else if (!said.note.empty() && said.note.starts_with("not a point: "))
            out.problem += " (" + said.note.substr(13, said.note.find(';') == std::string::npos ? std::string::npos
                                                                                                   : said.note.find(';') - 13) + ")";
        out.hint = "draw the zone yourself as a GeoJSON \"geometry\" with \"geometry_precision\": \"approximate\" "
                   "(a part of a governorate is not the whole of it), or give \"coordinates\" to draw a point";
        return out;
    }
    std::set<std::string> countries;
    for (const RegionView& r : regions) countries.insert(std::string(to_string_view(r.country)));
    if (regions.size() > 1) {
        out.problem = quoted(name) + " names " + std::to_string(regions.size()) + " first-level regions (";
        for (size_t k = 0; k < regions.size() && k < 4; ++k)
            out.problem += (k ? ", " : "") + std::string(regions[k].name) + " (" + std::string(to_string_view(regions[k].country)) + ")";
        out.problem += regions.size() > 4 ? ", ...)" : ")";
        out.hint = countries.size() > 1 ? "add the country: \"place\": {\"name\": \"...\", \"country\": \"Syrie\"}"
                                        : "write the region's full name";
        return out;
    }
    out.outline = shapes.find(to_string_view(regions[0].country), regions[0].code);
    if (!out.outline) {
        out.problem = "no outline is shipped for " + std::string(regions[0].name) + " (" +
                      std::string(to_string_view(regions[0].country)) + ")";
        out.hint = "draw the zone as a GeoJSON \"geometry\"";
    }
    return out;
}

}  // namespace

size_t place_region_areas(EventStore& store, const Geocoder& geocoder, const RegionShapes& shapes,
                          const std::string& display_name, std::vector<Diagnostic>& problems) {
    size_t drawn = 0;
    std::optional<LineIndex> lines;  // built only when there is something to locate
    std::vector<std::uint32_t> events(store.region_area_events().begin(), store.region_area_events().end());
    for (std::uint32_t i : events) {
        if (store.has_geometry(i)) continue;
        // The region the event is in when it says so, else its place's own name.
        std::string_view name = !store.place_region(i).empty() ? store.place_region(i) : store.place_name(i);
        RegionFound found;
        if (name.empty()) {
            found.problem = "\"geometry\": \"region\" needs a place that names the region";
            found.hint = "add \"place\": \"province d'Idleb\" (or {\"name\": ..., \"region\": \"Idleb\"})";
        } else {
            found = find_region(geocoder, shapes, name, store.place_country(i));
        }
        if (found.outline) {
            store.set_region_area(i, *found.outline);
            ++drawn;
            continue;
        }
        std::string_view text = store.original_json(i), source = store.source_text();
        if (!lines) lines.emplace(source);
        LineColumn at = lines->locate(text.empty() ? 0 : static_cast<size_t>(text.data() - source.data()));
        problems.push_back({Severity::warning, display_name, at.line, at.column,
                            "/events/" + std::to_string(store.file_index()[i]) + "/geometry", found.problem, found.hint});
    }
    return drawn;
}

}  // namespace chronomap
