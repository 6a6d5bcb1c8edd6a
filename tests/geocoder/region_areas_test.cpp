// Area events named by their region ("geometry": "region"): the governorate's shipped
// outline, approximate; a name that is no first-level region keeps no outline, with a warning.
#include "core/placement/region_areas.h"

#include <doctest/doctest.h>

#include "core/events/event_picking.h"
#include "core/native_json/event_reader.h"
#include "core/placement/place_events.h"
#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

namespace {

size_t event_with_id(const EventStore& store, std::string_view id) {
    for (size_t i = 0; i < store.size(); ++i)
        if (store.id(i) == id) return i;
    FAIL("no event " << id);
    return 0;
}

bool inside(const EventStore& store, size_t i, double lon, double lat) {
    return area_contains(store.geometry(i), lonlat_to_world({lon, lat}));
}

}  // namespace

TEST_CASE("\"geometry\": \"region\" draws the governorate a journalist names, approximate") {
    // As a French newsroom writes them: the region in the place name, in the place's
    // "region", with or without the country, and one English name.
    auto loaded = parse_event_text(R"({"chronomap": 1, "lang": "fr", "events": [
  {"id": "idleb", "time": "2017-09-15", "title": "Zone de désescalade", "place": "province d'Idleb", "geometry": "region"},
  {"id": "deir", "time": "2017-09-20", "title": "Zone tenue par l'EI",
   "place": {"name": "gouvernorat de Deir ez-Zor", "country": "Syrie"}, "geometry": "region"},
  {"id": "raqqa", "time": "2017-10-01", "title": "Offensive des FDS", "place": "Raqqa province", "geometry": "region"},
  {"id": "maadan", "time": "2017-10-02", "title": "Maadan", "place": {"name": "Maadan", "region": "Raqqa"}, "geometry": "region"},
  {"id": "ghouta", "time": "2017-10-03", "title": "Siège", "place": "la Ghouta orientale", "geometry": "region"},
  {"id": "point", "time": "2017-10-04", "title": "Frappe", "place": "Deir ez-Zhor"}
]})",
                                   "zones.json");
    REQUIRE(loaded.store);
    CHECK(loaded.diagnostics.empty());
    EventStore& store = *loaded.store;
    std::vector<Diagnostic> problems;
    place_for_drawing(store, test::kGeodataDir, "zones.json", problems);

    size_t idleb = event_with_id(store, "idleb");
    REQUIRE(store.is_area_or_line(idleb));
    CHECK(store.geometry(idleb).kind() == GeometryKind::area);
    CHECK(store.geometry(idleb).approximate());
    CHECK(inside(store, idleb, 36.63, 35.93));        // Idlib city
    CHECK(inside(store, idleb, 36.64, 35.46));        // Khan Shaykhun, in the south of the province
    CHECK_FALSE(inside(store, idleb, 36.75, 35.13));  // Hama, the next governorate
    CHECK_FALSE(inside(store, idleb, 37.16, 36.20));  // Aleppo
    CHECK(store.location_precision(idleb) == LocationPrecision::region);

    size_t deir = event_with_id(store, "deir");
    REQUIRE(store.is_area_or_line(deir));
    CHECK(inside(store, deir, 40.14, 35.33));        // Deir ez-Zor city
    CHECK(inside(store, deir, 40.92, 34.45));        // Abu Kamal, on the Iraqi border
    CHECK_FALSE(inside(store, deir, 39.01, 35.95));  // Raqqa
    CHECK_FALSE(inside(store, deir, 41.5, 34.3));    // Iraq (al-Qaim)

    size_t raqqa = event_with_id(store, "raqqa");
    REQUIRE(store.is_area_or_line(raqqa));
    CHECK(inside(store, raqqa, 39.01, 35.95));
    CHECK_FALSE(inside(store, raqqa, 40.14, 35.33));
    // A town's event with its region: the region is the area.
    size_t maadan = event_with_id(store, "maadan");
    REQUIRE(store.is_area_or_line(maadan));
    CHECK(inside(store, maadan, 39.01, 35.95));

    // The Ghouta is a part of Rif Dimashq, not a governorate: no outline (drawing all of Rif
    // Dimashq would show a zone many times too large), and the user is told why and what to do.
    size_t ghouta = event_with_id(store, "ghouta");
    CHECK_FALSE(store.has_geometry(ghouta));
    CHECK_FALSE(store.is_placed(ghouta));
    bool warned = false;
    for (const Diagnostic& d : problems)
        if (d.message.find("la Ghouta orientale") != std::string::npos) {
            warned = true;
            CHECK(d.severity == Severity::warning);
            CHECK(d.line == 7);
            CHECK(d.pointer == "/events/4/geometry");
            CHECK(d.message.find("not a first-level region") != std::string::npos);
            CHECK(d.message.find("Rif Dimashq") != std::string::npos);
            CHECK(d.hint.find("\"geometry_precision\": \"approximate\"") != std::string::npos);
        }
    CHECK(warned);

    // A point event stays a point.
    size_t point = event_with_id(store, "point");
    CHECK_FALSE(store.has_geometry(point));
    CHECK(store.is_placed(point));
}

TEST_CASE("\"geometry\": \"region\" without a region name, an ambiguous one, or another word") {
    auto loaded = parse_event_text(R"({"chronomap": 1, "events": [
  {"id": "none", "time": "2017-09-15", "geometry": "region"},
  {"id": "punjab", "time": "2017-09-15", "place": "Punjab", "geometry": "region"},
  {"id": "word", "time": "2017-09-15", "place": "Idleb", "geometry": "zone"}
]})",
                                   "zones.json");
    REQUIRE(loaded.store);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].message == "\"zone\" is not a geometry; the event is drawn as a point");
    CHECK(loaded.diagnostics[0].hint.find("write \"region\"") == 0);
    std::vector<Diagnostic> problems;
    place_for_drawing(*loaded.store, test::kGeodataDir, "zones.json", problems);
    std::string said;
    for (const Diagnostic& d : problems) said += d.message + " | " + d.hint + "\n";
    CHECK(said.find("needs a place that names the region") != std::string::npos);
    CHECK(said.find("\"Punjab\" names 2 first-level regions") != std::string::npos);
    CHECK(said.find("add the country") != std::string::npos);
    CHECK_FALSE(loaded.store->has_geometry(event_with_id(*loaded.store, "punjab")));
    CHECK_FALSE(loaded.store->has_geometry(event_with_id(*loaded.store, "word")));
}
