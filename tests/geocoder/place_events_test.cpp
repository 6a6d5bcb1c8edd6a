#include "core/placement/place_events.h"

#include <doctest/doctest.h>

#include "core/native_json/event_reader.h"
#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

TEST_CASE("place_events places the seed example and keeps user coordinates") {
    auto loaded = load_event_file(std::filesystem::path(CHRONOMAP_SOURCE_DIR) / "examples" /
                                  "seed-events.json");
    REQUIRE(loaded.store);
    EventStore& store = *loaded.store;
    PlacementReport summary = place_events(store, test::real_geocoder());
    CHECK(summary.placed_now == 12);
    CHECK(summary.already_placed == 1);  // the highway event has user coordinates
    CHECK(summary.without_place == 2);
    CHECK(summary.ambiguous == 0);
    CHECK(summary.unresolved == 0);
    for (size_t i = 0; i < store.size(); ++i) {
        if (store.id(i) == "highway-surprise-attacks") {
            CHECK(store.place_source(i) == PlaceSource::coordinates);
            CHECK(store.lon()[i] == doctest::Approx(39.21));
        }
        if (store.id(i) == "misrata-courthouse") {
            CHECK(store.place_source(i) == PlaceSource::geocoder);
            CHECK(test::distance_km(store.lat()[i], store.lon()[i], 32.38, 15.09) < 30);
        }
    }
}

TEST_CASE("place_events leaves ambiguous names unplaced") {
    auto loaded = parse_event_text(R"({"chronomap": 1, "events": [
        {"time": "2017-10-04", "place": "Tripoli"},
        {"time": "2017-10-05", "place": "Atlantis-sur-Mer-Imaginaire"}]})",
                                   "t.json");
    REQUIRE(loaded.store);
    PlacementReport summary = place_events(*loaded.store, test::real_geocoder());
    CHECK(summary.placed_now == 0);
    CHECK(summary.ambiguous == 1);
    CHECK(summary.unresolved == 1);
    CHECK_FALSE(loaded.store->is_placed(0));
}

TEST_CASE("place_events uses the file's places table") {
    auto loaded = parse_event_text(R"({"chronomap": 1,
        "places": {"Notre QG": {"coordinates": [36.29, 33.51]}, "Broken": {"coordinates": "x"}},
        "events": [{"time": "2017-10-04", "place": "Notre QG"}]})",
                                   "t.json");
    REQUIRE(loaded.store);
    PlacementReport summary = place_events(*loaded.store, test::real_geocoder(), "t.json");
    CHECK(summary.placed_now == 1);
    CHECK(loaded.store->lon()[0] == doctest::Approx(36.29));
    REQUIRE(summary.table_problems.size() == 1);
    CHECK(summary.table_problems[0].pointer == "/places/Broken/coordinates");
    // The shared geocoder did not learn the file's places.
    CHECK(test::real_geocoder().lookup("Notre QG").status == GeocodeStatus::unresolved);
}

TEST_CASE("the places table is found after a large events array, without parsing the file again") {
    // 60 000 events: the reader scans the array and parses it in two halves, from a copy of
    // the root object without the events; the table after the array must still be read.
    std::string text = R"({"chronomap": 1, "events": [)";
    for (int i = 0; i < 60'000; ++i)
        text += std::string(i ? ",\n" : "\n") + R"({"id": "e)" + std::to_string(i) + R"(", "time": "2017-10-04", "place": "Notre QG"})";
    text += "\n],\n" R"(  "places": {"Notre QG": {"coordinates": [36.29, 33.51], "note": "}, ]"}}  )" "\n}\n";
    auto loaded = parse_event_text(text, "big.json");
    REQUIRE(loaded.store);
    CHECK(loaded.store->places_json() == R"({"Notre QG": {"coordinates": [36.29, 33.51], "note": "}, ]"}})");
    PlacementReport summary = place_events(*loaded.store, test::real_geocoder(), "big.json");
    CHECK(summary.placed_now == 60'000);
    CHECK(loaded.store->lat()[59'999] == doctest::Approx(33.51));
    CHECK(summary.table_problems.empty());
}

TEST_CASE("place_events uses an event's region as a hint and records the precision") {
    auto loaded = parse_event_text(R"({"chronomap": 1, "events": [
        {"id": "a", "time": "2017-10-04", "place": {"name": "Raqqa", "country": "Syria", "region": "Idlib"}},
        {"id": "b", "time": "2017-10-05", "place": {"name": "Saraqib", "region": "Idleb", "district": "Idlib"}},
        {"id": "c", "time": "2017-10-06", "place": "près de Deir ez-Zor"},
        {"id": "d", "time": "2017-10-07", "place": "Homs", "coordinates": [36.72, 34.73]},
        {"id": "e", "time": "2017-10-08", "place": "Homs",
         "geocoded": {"lon": 36.72, "lat": 34.73, "precision": "near"}}]})",
                                   "t.json");
    REQUIRE(loaded.store);
    EventStore& store = *loaded.store;
    CHECK(store.place_region(0) == "Idlib");
    CHECK(store.place_district(1) == "Idlib");
    PlacementReport summary = place_events(store, test::real_geocoder());
    CHECK(summary.placed_now == 2);
    CHECK(summary.unresolved == 1);  // no Raqqa in Idlib governorate
    CHECK_FALSE(store.is_placed(0));
    CHECK(store.location_precision(0) == LocationPrecision::unknown);
    CHECK(test::distance_km(store.lat()[1], store.lon()[1], 35.86, 36.80) < 30);
    CHECK(store.location_precision(1) == LocationPrecision::town);
    CHECK(store.location_precision(2) == LocationPrecision::near);
    CHECK(store.location_precision(3) == LocationPrecision::exact);
    CHECK(store.location_precision(4) == LocationPrecision::near);  // stored by `geocode`
}
