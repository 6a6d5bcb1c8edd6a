// The windows of a sequence of frames drawn from a windowed source (a database server):
// `render --animate URI` and `present --export` of a deck whose events are a table. Each frame
// gets what the explorer would show for its window (load_view_window), never the whole table:
// the rows when the window holds few enough to draw as markers, else the server's density
// grid. A worker thread with its own source (its own connection) fetches the next frames'
// windows while the current one renders.
//
// Runs of frames: when the windows of the next frames together hold few enough rows, they are
// fetched once and drawn by all of them (the renderer keeps only what each frame's time shows),
// so a sparse table costs one query per run, not per frame. Frames asking the same query share
// one window. Memory is bounded by `ahead` windows of at most `limits.markers` rows (or a grid)
// whatever the table's size.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/sources/event_source.h"

namespace chronomap {

// What a view shows, asked as the explorer and `render` of a still ask it: the window's rows
// anywhere first (events without coordinates are drawn where their place is found, so no box
// can select them), and when they are too many, the density grid of the query's box.
WindowContent load_view_window(EventSource& source, const SourceQuery& boxed, const WindowLimits& limits = {});

// One fetched window and the frames [first, last] that draw it.
struct FrameWindow {
    size_t first = 0, last = 0;
    WindowContent content;  // content.rows.store is null (and says why) when the server failed
};

struct FrameFetchStats {
    size_t queries = 0;       // windows asked (a run of frames is one)
    size_t rows = 0;          // rows fetched in all
    size_t most_rows = 0;     // in one window: what the desktop held at most, per window
    size_t grids = 0;         // windows drawn as the server's grid
    size_t retries = 0;       // windows asked again after a failure
};

class FrameWindows {
  public:
    // `frames`: each frame's query (its time window and map box), in drawing order. `placed`
    // runs on the worker on each window's rows before they are handed over (geocoding). The
    // worker starts at once.
    FrameWindows(std::unique_ptr<EventSource> source, std::vector<SourceQuery> frames, WindowLimits limits = {},
                 std::function<void(EventStore&)> placed = {}, size_t ahead = 2);
    ~FrameWindows();  // cancels the query running and joins the worker
    FrameWindows(const FrameWindows&) = delete;
    FrameWindows& operator=(const FrameWindows&) = delete;

    // The window frame k draws; waits for it. Frames are asked in increasing order (windows
    // before k are dropped). A failed window (the server went away twice in a row) is handed
    // over as such, and nothing after it is fetched.
    std::shared_ptr<const FrameWindow> frame(size_t k);
    FrameFetchStats stats() const;

  private:
    void run();
    std::shared_ptr<FrameWindow> fetch_from(size_t k);
    // The content for `query`, asked again once when the server failed (the source connects again).
    WindowContent ask(const SourceQuery& query, const WindowLimits& limits, bool view_rule);

    std::unique_ptr<EventSource> source_;
    std::vector<SourceQuery> frames_;
    WindowLimits limits_;
    std::function<void(EventStore&)> placed_;
    size_t ahead_;
    size_t run_ = 2;  // frames to try together next (worker only)

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::shared_ptr<FrameWindow>> ready_;  // the window drawn, then those fetched ahead
    bool stop_ = false, done_ = false;
    FrameFetchStats stats_;
    std::thread worker_;
};

}  // namespace chronomap
