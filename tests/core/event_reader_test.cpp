#include "core/native_json/event_reader.h"

#include <doctest/doctest.h>

#include "test_helpers.h"

#include <algorithm>

using namespace chronomap;

namespace {

LoadResult parse(std::string text, LoadOptions options = {}) {
    return parse_event_text(std::move(text), "test.json", options);
}

const Diagnostic* find(const LoadResult& result, std::string_view pointer) {
    for (const Diagnostic& d : result.diagnostics)
        if (d.pointer == pointer) return &d;
    return nullptr;
}

// Two good events around a bad one, each on its own line, so line numbers are easy to read.
const char* kMixedFile = R"({
  "chronomap": 1,
  "events": [
    { "id": "a", "time": "2017-10-04", "place": "Misrata" },
    { "id": "b", "time": "2017-13-45", "place": "Syrte" },
    { "id": "c", "time": "2017-10-01", "place": "Al-Qaryatayn", "fatalities": "quatre" },
    { "id": "d", "place": "Raqqa" },
    { "id": "e", "time": "2017-09-24", "place": "Deir ez-Zhor", "category": "battle" },
    42,
    { "id": "f", "time": "2015-08", "place": "Al-Qaryatayn" }
  ]
}
)";

}  // namespace

TEST_CASE("a good file loads into a store sorted by start time") {
    auto result = parse(R"({"chronomap": 1, "title": "T",
      "categories": {"attack": {"label": "Attaque", "color": "#d7301f"}},
      "events": [
        {"id": "late", "time": "2017-10-04", "category": "attack", "place": {"name": "Misrata", "country": "Libye"},
         "actors": ["EI"], "fatalities": 4, "injured": 21},
        {"id": "span", "time": {"start": "2015-08", "end": "2016-04"}, "place": "Al-Qaryatayn"},
        {"id": "placed", "time": "2016", "coordinates": [15.09, 32.37]}
      ]})");
    REQUIRE(result.store);
    CHECK(result.diagnostics.empty());
    const EventStore& store = *result.store;
    REQUIRE(store.size() == 3);
    CHECK(store.id(0) == "span");
    CHECK(store.id(1) == "placed");
    CHECK(store.id(2) == "late");
    CHECK(std::is_sorted(store.start().begin(), store.start().end()));
    CHECK(store.title_of_file() == "T");
    CHECK(store.time(0).is_span);
    CHECK(format_time_value(store.time(0)) == "2015-08 – 2016-04");
    CHECK(store.place_name(2) == "Misrata");
    CHECK(store.place_country(2) == "Libye");
    CHECK(store.fatalities()[2] == 4);
    CHECK(store.injured()[2] == 21);
    CHECK(store.fatalities()[0] == -1);
    CHECK(store.actors(2) == std::vector<std::string_view>{"EI"});
    CHECK(store.categories()[store.category()[2]].label == "Attaque");
    CHECK(store.categories()[store.category()[2]].color == Rgba{0xd7, 0x30, 0x1f, 255});
    CHECK(store.is_placed(1));
    CHECK(store.place_source(1) == PlaceSource::coordinates);
    CHECK(store.lon()[1] == doctest::Approx(15.09));
    CHECK_FALSE(store.is_placed(0));
    CHECK(store.file_index()[0] == 1);
}

TEST_CASE("each event keeps its exact original text, unknown fields included") {
    auto result = parse(R"({"chronomap": 1, "events": [
      {"time": "2017-10-04", "place": "Misrata", "x-analyst": {"checked": true, "by": "ana"}}
    ]})");
    REQUIRE(result.store);
    CHECK(result.store->original_json(0) ==
          R"({"time": "2017-10-04", "place": "Misrata", "x-analyst": {"checked": true, "by": "ana"}})");
}

TEST_CASE("a syntax error is reported at its line and column, and nothing loads") {
    auto result = parse("{\n  \"chronomap\": 1,\n  \"events\": [\n    {\"time\": \"2017\",}\n  ]\n}\n");
    CHECK_FALSE(result.store);
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.line == 4);
    CHECK(d.column == 20);  // the trailing comma itself, which is what to remove
    CHECK_CONTAINS(d.message, "a ',' after the last member of the event /events/0 opened at 4:5");
    CHECK_CONTAINS(d.format(), "test.json:4:20: error: ");
    CHECK_FALSE(d.hint.empty());
}

TEST_CASE("columns count characters, not bytes") {
    auto result = parse("{\"title\": \"Deir ez-Zhor é\", \"events\": [}");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].line == 1);
    CHECK(result.diagnostics[0].column == 40);  // 41 if bytes were counted
}

TEST_CASE("bad events are reported with pointer and line:col, skipped, and loading goes on") {
    auto result = parse(kMixedFile);
    REQUIRE(result.store);
    CHECK(result.store->size() == 2);  // a and f
    CHECK(result.skipped_events == 5);

    const Diagnostic* bad_time = find(result, "/events/1/time");
    REQUIRE(bad_time);
    CHECK(bad_time->line == 5);
    CHECK(bad_time->column == 26);
    CHECK_CONTAINS(bad_time->message, "\"2017-13-45\"");
    CHECK_CONTAINS(bad_time->message, "month 13 does not exist");

    const Diagnostic* bad_count = find(result, "/events/2/fatalities");
    REQUIRE(bad_count);
    CHECK(bad_count->line == 6);
    CHECK_CONTAINS(bad_count->message, "whole number");
    CHECK_CONTAINS(bad_count->message, "\"quatre\"");

    const Diagnostic* no_time = find(result, "/events/3");
    REQUIRE(no_time);
    CHECK(no_time->line == 7);
    CHECK(no_time->column == 5);
    CHECK_CONTAINS(no_time->message, "no \"time\"");

    const Diagnostic* category = find(result, "/events/4/category");
    REQUIRE(category);
    CHECK(category->line == 8);
    CHECK_CONTAINS(category->message, "unknown category \"battle\"");

    const Diagnostic* not_object = find(result, "/events/5");
    REQUIRE(not_object);
    CHECK_CONTAINS(not_object->message, "must be an object, got a number");
}

TEST_CASE("--strict refuses a file with any bad event") {
    auto result = parse(kMixedFile, {.strict = true});
    CHECK_FALSE(result.store);
    CHECK_CONTAINS(result.diagnostics.back().message, "--strict");
}

TEST_CASE("categories may come after the events") {
    auto result = parse(R"({"events": [{"time": "2017", "category": "attack"}],
                             "categories": {"attack": {"color": "#f00"}}, "chronomap": 1})");
    REQUIRE(result.store);
    CHECK(result.skipped_events == 0);
    CHECK(result.store->categories()[result.store->category()[0]].key == "attack");
    CHECK(result.store->categories()[0].color == Rgba{255, 0, 0, 255});
    CHECK(result.store->categories()[0].label == "attack");  // no label: the key
}

TEST_CASE("events without a category share an implicit grey one") {
    auto result = parse(R"({"chronomap": 1, "events": [{"time": "2017"}, {"time": "2016"}]})");
    REQUIRE(result.store);
    REQUIRE(result.store->categories().size() == 1);
    CHECK(result.store->categories()[0].label == "Other");
}

TEST_CASE("coordinates are checked: longitude first, in range") {
    auto result = parse(R"({"chronomap": 1, "events": [
      {"time": "2017", "coordinates": [32.37, 195.0]},
      {"time": "2017", "coordinates": ["15", "32"]},
      {"time": "2017", "coordinates": [15.09, 32.37, 10]}
    ]})");
    REQUIRE(result.store);
    CHECK(result.store->size() == 0);
    CHECK_CONTAINS(find(result, "/events/0/coordinates")->hint, "longitude first");
    CHECK_CONTAINS(find(result, "/events/1/coordinates")->message, "[longitude, latitude]");
    CHECK(find(result, "/events/2/coordinates"));
}

TEST_CASE("a stored geocoded position places the event, user coordinates win") {
    auto result = parse(R"({"chronomap": 1, "events": [
      {"time": "2017", "place": "Misrata", "geocoded": {"lon": 15.09, "lat": 32.37, "method": "exact"}},
      {"time": "2018", "coordinates": [1, 2], "geocoded": {"lon": 15.09, "lat": 32.37}}
    ]})");
    REQUIRE(result.store);
    CHECK(result.store->place_source(0) == PlaceSource::geocoded);
    CHECK(result.store->lat()[0] == doctest::Approx(32.37));
    CHECK(result.store->place_source(1) == PlaceSource::coordinates);
    CHECK(result.store->lon()[1] == doctest::Approx(1));
}

TEST_CASE("file-level problems") {
    CHECK_CONTAINS(parse("").diagnostics.at(0).message, "empty");
    CHECK_CONTAINS(parse("[1, 2]").diagnostics.at(0).message, "must be a JSON object");
    CHECK_CONTAINS(parse(R"({"chronomap": 1})").diagnostics.at(0).message, "no \"events\"");
    auto future = parse(R"({"chronomap": 7, "events": []})");
    CHECK_FALSE(future.store);
    CHECK_CONTAINS(future.diagnostics.at(0).message, "format version 7");
    auto unversioned = parse(R"({"events": []})");
    REQUIRE(unversioned.store);
    CHECK(unversioned.diagnostics.at(0).severity == Severity::warning);
    auto bad_utf8 = parse("{\"title\": \"Deir \xff\", \"events\": []}");
    CHECK_FALSE(bad_utf8.store);
    CHECK(bad_utf8.diagnostics.at(0).line == 1);
}

TEST_CASE("time queries: starting_in is a range, overlapping finds spans begun earlier") {
    auto result = parse(R"({"chronomap": 1, "events": [
      {"id": "held", "time": {"start": "2015-08", "end": "2016-04"}},
      {"id": "retaken", "time": "2016-04"},
      {"id": "taken", "time": "2017-10-01"},
      {"id": "misrata", "time": "2017-10-04"}
    ]})");
    REQUIRE(result.store);
    const EventStore& store = *result.store;
    auto t = [](const char* text) { return parse_time_stamp(text).value->start; };
    auto [first, last] = store.starting_in(t("2017-10-01"), t("2017-10-05"));
    CHECK(first == 2);
    CHECK(last == 4);
    auto in_jan_2016 = store.overlapping(t("2016-01"), t("2016-02"));
    REQUIRE(in_jan_2016.size() == 1);
    CHECK(store.id(in_jan_2016[0]) == "held");
    CHECK(store.overlapping(t("2016-04-15"), t("2016-04-16")).size() == 2);
    CHECK(store.overlapping(t("2017-01"), t("2017-02")).empty());
}

TEST_CASE("the seed example loads cleanly") {
    auto result = load_event_file(std::string(CHRONOMAP_TEST_DATA) + "/../../examples/seed-events.json");
    REQUIRE(result.store);
    CHECK(result.diagnostics.empty());
    CHECK(result.store->size() >= 12);
}

TEST_CASE("a missing file says which and why") {
    auto result = load_event_file("/nonexistent/events.json");
    CHECK_FALSE(result.store);
    CHECK_CONTAINS(result.diagnostics.at(0).message, "cannot open /nonexistent/events.json");
}

TEST_CASE("a UTF-8 byte-order mark is read past, and later positions stay right") {
    auto result = parse(
        "\xEF\xBB\xBF{\"chronomap\": 1, \"events\": [{\"time\": \"2017-13-04\"},\n"
        "  {\"id\": \"a\", \"time\": \"2017-10-04\"}, {\"time\": 4}]}");
    REQUIRE(result.store);
    CHECK(result.store->size() == 1);
    CHECK(result.store->id(0) == "a");
    CHECK(result.store->original_json(0) == R"({"id": "a", "time": "2017-10-04"})");
    const Diagnostic* month = find(result, "/events/0/time");
    REQUIRE(month);
    CHECK(month->line == 1);
    CHECK(month->column == 38);  // as an editor shows it: the mark is not a character there
    const Diagnostic* number = find(result, "/events/2/time");
    REQUIRE(number);
    CHECK(number->line == 2);
    CHECK(number->column == 47);

    auto broken = parse("\xEF\xBB\xBF{\"chronomap\": 1 \"events\": []}");
    CHECK_FALSE(broken.store);
    REQUIRE(broken.diagnostics.size() == 1);
    CHECK(broken.diagnostics[0].line == 1);
    CHECK(broken.diagnostics[0].column == 16);  // the end of the value the comma should follow
    CHECK(broken.diagnostics[0].message == "missing ',' between two values on line 1");
}

TEST_CASE("a duplicate event id is a warning at its second use; both events load") {
    auto result = parse(R"({"chronomap": 1, "events": [
  {"id": "x", "time": "2017-10-04"},
  {"id": "y", "time": "2017-10-05"},
  {"time": "2017-10-06", "id": "x"}
]})");
    REQUIRE(result.store);
    CHECK(result.store->size() == 3);
    CHECK_FALSE(has_errors(result.diagnostics));
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.severity == Severity::warning);
    CHECK(d.pointer == "/events/2/id");
    CHECK(d.line == 4);
    CHECK(d.column == 32);
    CHECK(d.message == "event id \"x\" is already used by the event at line 2");
    CHECK(d.hint == "ids select events and stories refer to them: give each event its own id");
}

TEST_CASE("a date written in the wild gets its ISO form in the hint, when there is one") {
    auto hint_for = [](std::string time) {
        auto result = parse(R"({"chronomap": 1, "events": [{"time": ")" + time + R"("}]})");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].severity == Severity::error);
        return result.diagnostics[0].hint;
    };
    CHECK(hint_for("4 octobre 2017") == "write \"2017-10-04\"");
    CHECK(hint_for("24/09/2017") == "write \"2017-09-24\"");
    CHECK(hint_for("October 4, 2017") == "write \"2017-10-04\"");
    CHECK(hint_for("octobre 2017") == "write \"2017-10\"");
    CHECK(hint_for("10/04/2017").empty());  // 4 October or 10 April: only the user knows
    CHECK(hint_for("2017-02-30").empty());
    CHECK(hint_for("hier").empty());
}

TEST_CASE("A toll written as text (\"fatalities\": \"4\") is read as the number, with a warning") {
    auto loaded = parse_event_text(
        R"({"chronomap": 1, "events": [{"time": "2017-10-04", "place": "Misrata", "fatalities": "4", "injured": " 21 "},
                                       {"time": "2017-10-05", "place": "Syrte", "fatalities": "quatre"}]})",
        "quoted.json");
    REQUIRE(loaded.store);
    REQUIRE(loaded.store->size() == 1);  // "quatre" is still refused
    CHECK(loaded.store->fatalities()[0] == 4);
    CHECK(loaded.store->injured()[0] == 21);
    REQUIRE(loaded.diagnostics.size() == 3);
    CHECK(loaded.diagnostics[0].severity == Severity::warning);
    CHECK(loaded.diagnostics[0].message.find("\"fatalities\" is the text \"4\"; read as the number 4") != std::string::npos);
}
