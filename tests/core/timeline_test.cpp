// The timeline's model: histogram counts without recounting, time labels in the file's
// language, playback, the content filter and cumulative mode.
#include <doctest/doctest.h>

#include "time_at.h"
#include "core/events/event_filter.h"
#include "core/timeline/playback.h"
#include "core/timeline/time_histogram.h"
#include "core/timeline/time_labels.h"
#include "core/events/window_summary.h"

using namespace chronomap;

namespace {

EventRecord event(const char* id, const char* time, std::uint16_t category, const char* title = "",
                  std::int32_t fatalities = -1) {
    EventRecord r;
    r.id = id;
    r.title = title;
    r.time = TimeValue::from_stamp(*parse_time_stamp(time).value);
    r.category = category;
    r.lon = 38, r.lat = 35, r.place_source = PlaceSource::coordinates;
    r.fatalities = fatalities;
    return r;
}

EventStore seed_like() {
    std::vector<EventRecord> records = {
        event("sirte", "2016-06-09", 0, "Offensive sur Syrte", 30),
        event("deir", "2017-09-24", 1, "Mort d'un général russe près de Deir ez-Zor", 1),
        event("qaryatayn", "2017-10-01", 2, "Al-Qaryatayn tombe", 0),
        event("misrata", "2017-10-04", 1, "Attaque du tribunal de Misrata", 4),
        event("month", "2017-10", 0, "En octobre"),  // coarse: an extent, not a bin
    };
    EventRecord span = event("held", "2015-08", 2, "Al-Qaryatayn tenue par l'EI");
    span.time = *make_time_span(*parse_time_stamp("2015-08").value, *parse_time_stamp("2016-04").value).value;
    records.push_back(span);
    return EventStore::build(records, {{"offensive", "Offensive", {}}, {"attack", "Attaque", {}}, {"capture", "Prise", {}}},
                             "Syrie et Libye, automne 2017", nullptr);
}
}  // namespace

TEST_CASE("Histogram: per-category counts over bins; spans and coarse dates apart") {
    EventStore store = seed_like();
    TimeHistogram histogram;
    histogram.rebuild(store, nullptr);
    CHECK(histogram.extents().size() == 2);  // the month and the span
    CHECK(histogram.extents_between(at("2017-10-10"), at("2017-10-11")).size() == 1);  // October, not the 2015 span
    CHECK(histogram.extents_between(at("2016-01"), at("2016-02")).size() == 1);        // the span
    CHECK(histogram.extents_between(at("2015-01"), at("2015-02")).empty());
    HistogramBins bins = histogram.bins(at("2017-09-20"), 86400, 20, ~0ull);
    CHECK(bins.count(4, 1) == 1);   // 24 Sept: the general, category 1
    CHECK(bins.count(11, 2) == 1);  // 1 Oct: Al-Qaryatayn
    CHECK(bins.count(14, 1) == 1);  // 4 Oct: Misrata
    CHECK(bins.max_total == 1);
    std::uint32_t total = 0;
    for (size_t b = 0; b < bins.bins; ++b) total += bins.total(b);
    CHECK(total == 3);
    // Categories hidden by the mask are not counted.
    CHECK(histogram.bins(at("2017-09-20"), 86400, 20, 0b101).count(14, 1) == 0);
    CHECK(histogram.count_between(at("2017-09-01"), at("2017-11-01"), ~0ull) == 3);
    CHECK(*histogram.next_start_at_or_after(at("2016-07-01"), ~0ull) == at("2017-09-24"));
}

TEST_CASE("Histogram follows the content filter") {
    EventStore store = seed_like();
    ViewState view;
    view.filter.text = "misrata";
    FilterMask mask;
    TimeHistogram histogram;
    histogram.rebuild(store, mask.update(store, view.filter));
    CHECK(histogram.count_between(at("2010"), at("2020"), ~0ull) == 1);
    view.filter = {};
    view.filter.min_fatalities = 4;
    histogram.rebuild(store, mask.update(store, view.filter));
    CHECK(histogram.count_between(at("2010"), at("2020"), ~0ull) == 2);  // Sirte (30) and Misrata (4)
}

TEST_CASE("Text filter folds case, accents and hyphens") {
    EventStore store = seed_like();
    FilterMask mask;
    EventFilter filter;
    filter.text = "DEIR EZ ZOR";
    const auto* m = mask.update(store, filter);
    REQUIRE(m);
    size_t passing = 0;
    for (size_t i = 0; i < store.size(); ++i) passing += (*m)[i];
    CHECK(passing == 1);
    filter.text = "géneral";  // accents do not matter
    m = mask.update(store, filter);
    passing = 0;
    for (size_t i = 0; i < store.size(); ++i) passing += (*m)[i];
    CHECK(passing == 1);
    CHECK(mask.update(store, {}) == nullptr);
}

TEST_CASE("Cumulative mode shows everything up to the window's end") {
    EventStore store = seed_like();
    ViewState view;
    view.time = *parse_time_window("2017-10-01/2017-10-02").value;
    size_t in_window = 0, cumulative = 0;
    for_each_shown_event(store, view, [&](size_t) { ++in_window; });
    view.time_mode = TimeMode::cumulative;
    for_each_shown_event(store, view, [&](size_t) { ++cumulative; });
    CHECK(in_window == 2);   // Al-Qaryatayn and the October extent
    CHECK(cumulative == 5);  // everything begun by 2 Oct: not Misrata (4 Oct)
}

TEST_CASE("Dates in the file's language") {
    EventStore store = seed_like();
    CHECK(date_language_of(store) == DateLanguage::fr);  // guessed from the French title
    CHECK(parse_date_language("en-GB") == DateLanguage::en);
    CHECK(format_date(at("2017-10-04"), TimePrecision::day, DateLanguage::fr) == "4 oct. 2017");
    CHECK(format_date(at("2017-10-04"), TimePrecision::month, DateLanguage::fr) == "oct. 2017");
    CHECK(format_date(at("2015-08"), TimePrecision::month, DateLanguage::en) == "Aug 2015");
    CHECK(format_date(at("2017-10-04"), TimePrecision::day, DateLanguage::iso) == "2017-10-04");
    CHECK(format_window(*parse_time_window("2017-09-28/2017-10-04").value, DateLanguage::fr) == "28 sept. – 4 oct. 2017");
    CHECK(format_window(*parse_time_window("2017-10-01/2017-10-04").value, DateLanguage::en) == "1 – 4 Oct 2017");
    CHECK(format_window(*parse_time_window("2016-12-20/2017-01-05").value, DateLanguage::en) ==
          "20 Dec 2016 – 5 Jan 2017");
}

TEST_CASE("Time ticks make sense from decades to hours") {
    // Two years over 1000 px: months, with years as major ticks.
    auto months = time_ticks(at("2016-01"), at("2018-01"), 1000, DateLanguage::fr, 70);
    REQUIRE(!months.empty());
    CHECK(months.front().label == "2016");
    CHECK(months.front().major);
    bool has_october = false;
    for (const TimeTick& t : months) has_october = has_october || t.label == "oct.";
    CHECK(has_october);
    // Fifty years: labelled years only, a few of them.
    auto years = time_ticks(at("1970"), at("2020"), 1000, DateLanguage::en, 70);
    CHECK(years.size() >= 5);
    CHECK(years.size() <= 15);
    for (const TimeTick& t : years) CHECK(t.label.size() == 4);
    // Two days: hours, with days as majors.
    auto hours = time_ticks(at("2017-10-04"), at("2017-10-06"), 1000, DateLanguage::en, 60);
    CHECK(hours.front().label == "4 Oct");
    CHECK(hours[1].label.find(':') != std::string::npos);
    // Spacing is respected.
    for (size_t k = 1; k < years.size(); ++k)
        CHECK(static_cast<double>(years[k].at - years[k - 1].at) / static_cast<double>(at("2020") - at("1970")) * 1000 >= 70);
}

TEST_CASE("Playback advances, skips empty stretches, loops or stops") {
    EventStore store = seed_like();
    TimeHistogram histogram;
    histogram.rebuild(store, nullptr);
    Playback playback;
    playback.playing = true;
    playback.speed = 86400;  // a day per second
    TimeWindow window{false, at("2017-09-20"), at("2017-09-27")};
    TimeWindow next = advance_playback(window, playback, 1.0, at("2015-08"), at("2017-11"), &histogram, ~0ull);
    CHECK(next.start == at("2017-09-21"));
    CHECK(next.end - next.start == window.end - window.start);
    // From an empty stretch in 2016 the window jumps to bring the next event in.
    TimeWindow empty{false, at("2016-08-01"), at("2016-08-08")};
    next = advance_playback(empty, playback, 1.0, at("2015-08"), at("2017-11"), &histogram, ~0ull);
    CHECK(next.start > at("2017-09-01"));
    CHECK(next.start <= at("2017-09-24"));
    CHECK(next.end > at("2017-09-24"));
    // Past the end: loop back, or stop.
    TimeWindow late{false, at("2017-10-31"), at("2017-11-07")};
    playback.skip_empty = false;
    next = advance_playback(late, playback, 2.0, at("2015-08"), at("2017-11"), &histogram, ~0ull);
    CHECK(next.start < at("2015-09"));
    playback.loop = false;
    next = advance_playback(late, playback, 2.0, at("2015-08"), at("2017-11"), &histogram, ~0ull);
    CHECK_FALSE(playback.playing);
    CHECK(next.end == at("2017-11"));
    // Steps go by the window's length.
    CHECK(step_window(window, 1).start == at("2017-09-27"));
    CHECK(step_window(window, -1).end == at("2017-09-20"));
}
