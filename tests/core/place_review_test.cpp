#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/place_review.h"

using namespace chronomap;

TEST_CASE("Review choices go into the places table; everything else is kept") {
    std::string original = R"({
  "chronomap": 1,
  "my_field": {"kept": true},
  "events": [ { "id": "a", "time": "2017-10-04", "place": "Tripoli", "unknown": 1 } ]
})";
    std::vector<PlaceChoice> choices = {{"Tripoli", 2210247u, std::nullopt, "LY"},
                                        {"Notre bureau", std::nullopt, LonLat{36.29123456, 33.51}, ""}};
    auto doc = nlohmann::ordered_json::parse(add_place_choices(original, choices));
    CHECK(doc["places"]["Tripoli"]["geonameid"] == 2210247);
    CHECK(doc["places"]["Tripoli"]["country"] == "LY");
    CHECK(doc["places"]["Notre bureau"]["coordinates"][0] == doctest::Approx(36.29123));
    CHECK(doc["my_field"]["kept"] == true);
    CHECK(doc["events"][0]["unknown"] == 1);
    // Key order kept: the table goes at the end, the rest as written.
    CHECK(doc.begin().key() == "chronomap");
    // A second choice for the same name replaces the first.
    auto again = nlohmann::ordered_json::parse(
        add_place_choices(doc.dump(), {{"Tripoli", 266826u, std::nullopt, "LB"}}));
    CHECK(again["places"]["Tripoli"]["geonameid"] == 266826);
    CHECK(again["places"].size() == 2);
}
