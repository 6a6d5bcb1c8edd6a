#include <doctest/doctest.h>

#include "core/placement/placement_report.h"
#include "core/events/window_summary.h"

using namespace chronomap;

namespace {
EventRecord event(const char* id, const char* time, std::uint16_t category, bool placed, const char* place = "") {
    EventRecord r;
    r.id = id;
    r.time = TimeValue::from_stamp(*parse_time_stamp(time).value);
    r.category = category;
    r.place_name = place;
    if (placed) r.lon = 15, r.lat = 32, r.place_source = PlaceSource::coordinates;
    return r;
}

EventStore sample() {
    std::vector<EventRecord> records = {event("a", "2017-09-28", 0, true), event("b", "2017-10-04", 1, true),
                                        event("c", "2017-10", 1, true), event("d", "2017-10-02", 0, false, "Syrte"),
                                        event("e", "2016", 0, true), event("f", "2017-10-03", 1, false)};
    // A span from 2015-08 to 2016-04 that a 2016 window must still show.
    EventRecord span = event("g", "2015-08", 0, true);
    span.time = *make_time_span(*parse_time_stamp("2015-08").value, *parse_time_stamp("2016-04").value).value;
    records.push_back(span);
    return EventStore::build(std::move(records), {{"attack", "Attaque", {}}, {"airstrike", "Frappe", {}}}, "t", nullptr);
}
}  // namespace

TEST_CASE("Legend counts follow the time window, the filter, and only placed events") {
    EventStore store = sample();
    ViewState view;
    CHECK(shown_counts_by_category(store, view) == std::vector<size_t>{3, 2});
    view.time = *parse_time_window("2017-10-01/2017-10-04").value;
    CHECK(shown_counts_by_category(store, view) == std::vector<size_t>{0, 2});  // b (the 4th) and c (October)
    view.category_mask = 0b01;
    CHECK(shown_counts_by_category(store, view) == std::vector<size_t>{0, 0});
    view = ViewState{};
    view.time = *parse_time_window("2016-02").value;
    CHECK(shown_counts_by_category(store, view) == std::vector<size_t>{2, 0});  // e (2016) and the span g
}

TEST_CASE("Placement report: what to geocode apart from what has no place") {
    EventStore store = sample();
    PlacementReport report = count_placement(store);
    CHECK(report.placed == 5);
    CHECK(report.to_geocode == 1);
    CHECK(report.without_place == 1);
    CHECK(report.warning("f.json").find("chronomap geocode f.json") != std::string::npos);
    CHECK(report.warning("f.json").find("1 event has no place and is not drawn") != std::string::npos);
    CHECK(report.has_problems());
    CHECK(report.warning("f.json").find("1 of 7 events has a place name") != std::string::npos);
    // Each said once with its own label: a warning for the name not placed, a note for the
    // event with no place at all (never "f.json: warning: f.json: note: ...").
    std::vector<Diagnostic> problems = report.problems("f.json");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].severity == Severity::warning);
    CHECK(problems[1].format() == "f.json: note: 1 event has no place and is not drawn");
    CHECK(report.warning("f.json").find("note: f.json") == std::string::npos);
}
