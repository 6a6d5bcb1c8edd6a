#include "core/events/event_writer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/native_json/event_reader.h"

using namespace chronomap;

TEST_CASE("edits keep unknown fields, key order and event order") {
    std::string original = R"({"chronomap": 1, "x-project": {"owner": "desk"},
      "events": [
        {"time": "2017-10-04", "place": "Misrata", "x-note": "premier bilan", "id": "m"},
        {"id": "q", "time": "2015-08", "place": "Al-Qaryatayn"}
      ]})";
    std::string edited = edit_event_document(original, [](size_t index, nlohmann::ordered_json& event) {
        event["geocoded"] = {{"lon", 1.5 + static_cast<double>(index)}, {"lat", 2.5}};
    });
    auto document = nlohmann::ordered_json::parse(edited);
    CHECK(document["x-project"]["owner"] == "desk");
    CHECK(document["events"][0]["x-note"] == "premier bilan");
    CHECK(document["events"][0]["id"] == "m");
    CHECK(document["events"][1]["id"] == "q");
    CHECK(document["events"][1]["geocoded"]["lon"] == 2.5);
    // Keys stay in the order the user wrote them; new ones go last.
    std::vector<std::string> keys;
    for (auto& [key, value] : document["events"][0].items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"time", "place", "x-note", "id", "geocoded"});

    // What is written reads back with the same events.
    auto reread = parse_event_text(edited, "edited.json");
    REQUIRE(reread.store);
    CHECK(reread.store->size() == 2);
    CHECK(reread.store->place_source(0) == PlaceSource::geocoded);
}

TEST_CASE("a round trip without edits keeps every field") {
    auto path = std::filesystem::temp_directory_path() / "chronomap-roundtrip.json";
    std::string original = R"({"chronomap": 1, "events": [{"time": "2017", "custom": [1, {"a": null}], "place": "Syrte"}]})";
    write_edited_event_file(path, original, [](size_t, nlohmann::ordered_json&) {});
    auto written = read_text_file(path);
    CHECK(nlohmann::ordered_json::parse(written) == nlohmann::ordered_json::parse(original));
    std::filesystem::remove(path);
}
