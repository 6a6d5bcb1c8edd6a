#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/placement/place_choices.h"

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

TEST_CASE("A review save changes the places member only: the rest of the file keeps its bytes") {
    // Odd spacing, keys out of the usual order, fields chronomap does not know.
    const std::string head = "{\n"
                             "    \"title\" :  \"Syrie, octobre 2017\",\n"
                             "  \"chronomap\":1,\n"
                             "    \"zz_source\": {\"b\": 2,   \"a\": [1,2 ,3]},\n"
                             "    \"places\":   ";
    const std::string table = R"({"Camp Bucca": {"coordinates": [47.75, 30.21], "country": "IQ"}})";
    const std::string tail = ",\n"
                             "    \"events\": [\n"
                             "        {\"id\": \"e1\", \"time\": \"2017-10-04\", \"place\": \"Deir ez-Zhor\",   "
                             "\"notes\": \"vu sur Twitter\"}\n"
                             "    ],\n"
                             "    \"after\": true\n"
                             "}\n";
    std::string saved = add_place_choices(head + table + tail, {{"Deir ez-Zhor", 170794u, std::nullopt, "SY"}});
    REQUIRE(saved.size() > head.size() + tail.size());
    CHECK(saved.substr(0, head.size()) == head);
    CHECK(saved.substr(saved.size() - tail.size()) == tail);
    auto places = nlohmann::ordered_json::parse(saved.substr(head.size(), saved.size() - head.size() - tail.size()));
    CHECK(places["Camp Bucca"]["country"] == "IQ");
    CHECK(places["Deir ez-Zhor"]["geonameid"] == 170794);
    // The table is laid out as the file is: one entry a line, one step below the root's members.
    CHECK(saved.find("\n        \"Deir ez-Zhor\": {\"geonameid\": 170794") != std::string::npos);

    // Without a table, it is added last; what was there keeps its bytes.
    const std::string without = head.substr(0, head.rfind(",\n")) + "\n}\n";
    std::string added = add_place_choices(without, {{"Deir ez-Zhor", 170794u, std::nullopt, "SY"}});
    const std::string before_end = without.substr(0, without.size() - 3);
    CHECK(added.substr(0, before_end.size()) == before_end);
    CHECK(added.substr(before_end.size(), 16) == ",\n    \"places\": ");
    CHECK(added.ends_with("\n    }\n}\n"));
    CHECK(nlohmann::ordered_json::parse(added)["places"]["Deir ez-Zhor"]["country"] == "SY");
}
