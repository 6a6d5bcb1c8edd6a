// The frames of an export from a windowed source (core/sources/frame_windows.h), against a
// source that answers windows only, from events in memory, and fails the test when asked for
// everything: each frame gets exactly its window's events (or the grid above the marker
// limit), runs of sparse frames share one query, the rows held stay under the limit, and a
// source that stops answering is asked once more, then said, with nothing fetched after.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "core/sources/frame_windows.h"
#include "postgis_test_support.h"
#include "synthetic_events.h"

using namespace chronomap;
using chronomap::test::event_keys;

namespace {

// Answers as PostgisSource does (count, then rows or grid), from `all` in memory.
class WindowOnlySource : public EventSource {
  public:
    explicit WindowOnlySource(const EventStore& all) : all_(all) {}
    std::string description() const override { return "windows only"; }
    LoadResult load() override {
        FAIL("the whole source was asked for");
        return {};
    }
    LoadResult load_window(const SourceQuery&) override {
        FAIL("load_window without limits was asked for");
        return {};
    }
    WindowContent load_window_content(const SourceQuery& query, const WindowLimits& limits) override {
        WindowContent content;
        if (++calls > fail_after) {
            content.rows.diagnostics.push_back({Severity::error, "test", 0, 0, "", "the server went away", ""});
            return content;
        }
        EventStore selected = select_events(all_, query);
        content.server_count = std::min<std::int64_t>(static_cast<std::int64_t>(selected.size()), limits.markers + 1);
        if (content.server_count <= limits.markers) {
            rows_sent += selected.size();
            most_rows = std::max<size_t>(most_rows, selected.size());
            content.rows.store = std::move(selected);
            return content;
        }
        SourceQuery none;
        none.start = none.end = 0;  // no row: the categories alone
        content.rows.store = select_events(all_, none);
        if (!limits.grid) return content;
        DensityGrid grid;
        grid.columns = grid.rows = 1;
        grid.cells.push_back({0, 0, static_cast<std::int64_t>(select_events(all_, query).size())});
        content.grid = std::move(grid);
        return content;
    }
    std::atomic<size_t> calls{0}, rows_sent{0}, most_rows{0};
    size_t fail_after = static_cast<size_t>(-1);

  private:
    const EventStore& all_;
};

const EventStore& synthetic_events() {
    static EventStore events = make_synthetic_events(3000, 11);  // about 4 a day over two years
    return events;
}

// `count` frames of `days` days each, one day apart, from day 100.
std::vector<SourceQuery> frames_of(size_t count, long long days) { return test::daily_windows(100, count, days); }

}  // namespace

TEST_CASE("each frame gets its window's events, sparse frames one query per run, never the whole source") {
    const EventStore& all = synthetic_events();
    auto owned = std::make_unique<WindowOnlySource>(all);
    WindowOnlySource& source = *owned;
    std::vector<SourceQuery> frames = frames_of(120, 7);
    WindowLimits limits;
    limits.markers = 100;  // a week holds about 28 events: runs of a few frames fit
    FrameWindows windows(std::move(owned), frames, limits);
    size_t distinct = 0;
    const FrameWindow* last = nullptr;
    for (size_t k = 0; k < frames.size(); ++k) {
        CAPTURE(k);
        std::shared_ptr<const FrameWindow> w = windows.frame(k);
        REQUIRE(w->content.rows.store);
        CHECK(w->first <= k);
        CHECK(w->last >= k);
        CHECK(!w->content.grid);
        // What the frame draws of its window (the renderer keeps what the frame's time shows).
        CHECK(event_keys(select_events(*w->content.rows.store, frames[k])) == event_keys(select_events(all, frames[k])));
        if (w.get() != last) ++distinct;
        last = w.get();
    }
    FrameFetchStats stats = windows.stats();
    CHECK(distinct < frames.size() / 2);  // runs: far fewer windows than frames
    CHECK(stats.most_rows <= 100);
    CHECK(source.most_rows <= 100);
    CHECK(stats.retries == 0);
    MESSAGE(distinct << " windows, " << stats.queries << " queries for " << frames.size() << " frames");
}

TEST_CASE("frames that hold more than the marker limit get the grid, counted exactly") {
    const EventStore& all = synthetic_events();
    auto owned = std::make_unique<WindowOnlySource>(all);
    WindowOnlySource& source = *owned;
    std::vector<SourceQuery> frames = frames_of(20, 30);  // about 120 events each
    WindowLimits limits;
    limits.markers = 50;
    FrameWindows windows(std::move(owned), frames, limits);
    for (size_t k = 0; k < frames.size(); ++k) {
        CAPTURE(k);
        std::shared_ptr<const FrameWindow> w = windows.frame(k);
        REQUIRE(w->content.rows.store);
        REQUIRE(w->content.grid);
        CHECK(w->content.rows.store->size() == 0);  // no row crossed: the grid alone
        CHECK(w->content.grid->cells.at(0).events == static_cast<std::int64_t>(select_events(all, frames[k]).size()));
    }
    CHECK(windows.stats().grids == frames.size());
    CHECK(source.rows_sent == 0);
}

TEST_CASE("frames asking the same window share it") {
    const EventStore& all = synthetic_events();
    std::vector<SourceQuery> frames(30, frames_of(1, 30)[0]);  // a slide held for 30 frames
    WindowLimits limits;
    limits.markers = 50;
    FrameWindows windows(std::make_unique<WindowOnlySource>(all), frames, limits);
    std::shared_ptr<const FrameWindow> first = windows.frame(0);
    CHECK(first->last == 29);
    CHECK(windows.frame(29).get() == first.get());
    CHECK(windows.stats().grids == 1);
}

TEST_CASE("a source that stops answering is asked once more, then the frame says why and nothing more is asked") {
    const EventStore& all = synthetic_events();
    auto owned = std::make_unique<WindowOnlySource>(all);
    WindowOnlySource& source = *owned;
    source.fail_after = 6;
    std::vector<SourceQuery> frames = frames_of(40, 30);
    WindowLimits limits;
    limits.markers = 50;  // grids: one frame a window, two calls each
    FrameWindows windows(std::move(owned), frames, limits);
    size_t k = 0;
    std::shared_ptr<const FrameWindow> w;
    for (; k < frames.size(); ++k) {
        w = windows.frame(k);
        if (!w->content.rows.store) break;
    }
    REQUIRE(k < frames.size());
    REQUIRE(!w->content.rows.diagnostics.empty());
    CHECK(w->content.rows.diagnostics[0].message == "the server went away");
    CHECK(windows.stats().retries == 1);
    CHECK(source.calls == 8);  // six answered, the failed one and its second try
    // The frames after it are never fetched: asking for them gives the same failure or none.
    std::shared_ptr<const FrameWindow> after = windows.frame(k + 1);
    CHECK(!after->content.rows.store);
    CHECK(source.calls == 8);
}

TEST_CASE("a source that fails once is asked again and the frames go on") {
    const EventStore& all = synthetic_events();
    struct FlakySource : WindowOnlySource {
        using WindowOnlySource::WindowOnlySource;
        WindowContent load_window_content(const SourceQuery& q, const WindowLimits& limits) override {
            if (++tries == 3) {  // the session dropped once; the next query connects again
                WindowContent content;
                content.rows.diagnostics.push_back({Severity::error, "test", 0, 0, "", "the server went away", ""});
                return content;
            }
            return WindowOnlySource::load_window_content(q, limits);
        }
        size_t tries = 0;
    };
    std::vector<SourceQuery> frames = frames_of(10, 30);
    WindowLimits limits;
    limits.markers = 50;
    FrameWindows windows(std::make_unique<FlakySource>(all), frames, limits);
    for (size_t k = 0; k < frames.size(); ++k) REQUIRE(windows.frame(k)->content.rows.store);
    CHECK(windows.stats().retries == 1);
}
