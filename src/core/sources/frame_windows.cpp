#include "core/sources/frame_windows.h"

#include <algorithm>

namespace chronomap {
namespace {

bool same_box(const SourceQuery& a, const SourceQuery& b) {
    if (a.has_box != b.has_box) return false;
    return !a.has_box || (a.west == b.west && a.south == b.south && a.east == b.east && a.north == b.north);
}

bool same_query(const SourceQuery& a, const SourceQuery& b) {
    return a.start == b.start && a.end == b.end && same_box(a, b);
}

// Frames worth asking together next: about as many windows like this one as fit under the
// marker limit (a fifth kept in reserve for a busier stretch), at most 64.
size_t run_after(std::int64_t count, size_t frames, std::int64_t markers) {
    double fit = 0.8 * static_cast<double>(markers) * static_cast<double>(frames) /
                 static_cast<double>(std::max<std::int64_t>(count, 1));
    return static_cast<size_t>(std::clamp(fit, 1.0, 64.0));
}

}  // namespace

WindowContent load_view_window(EventSource& source, const SourceQuery& boxed, const WindowLimits& limits) {
    SourceQuery anywhere = boxed;
    anywhere.has_box = false;
    // Counted first without a grid: a grid of the whole world would be thrown away when the
    // box has one of its own.
    WindowLimits counting = limits;
    counting.grid = false;
    WindowContent content = source.load_window_content(anywhere, counting);
    if (!content.rows.store || content.cancelled || content.server_count <= limits.markers) return content;
    return source.load_window_content(boxed.has_box ? boxed : anywhere, limits);
}

FrameWindows::FrameWindows(std::unique_ptr<EventSource> source, std::vector<SourceQuery> frames, WindowLimits limits,
                           std::function<void(EventStore&)> placed, size_t ahead)
    : source_(std::move(source)),
      frames_(std::move(frames)),
      limits_(limits),
      placed_(std::move(placed)),
      ahead_(std::max<size_t>(ahead, 1)),
      worker_([this] { run(); }) {}

FrameWindows::~FrameWindows() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    source_->cancel();
    changed_.notify_all();
    worker_.join();
}

std::shared_ptr<const FrameWindow> FrameWindows::frame(size_t k) {
    std::unique_lock lock(mutex_);
    while (!ready_.empty() && ready_.front()->last < k) ready_.pop_front();
    changed_.notify_all();  // room for the worker to fetch further
    changed_.wait(lock, [&] { return !ready_.empty() || done_; });
    // Windows are contiguous: the first left ends at or after k; it starts after k only when
    // frames were asked out of order.
    if (!ready_.empty() && ready_.front()->first <= k) return ready_.front();
    auto missing = std::make_shared<FrameWindow>();
    missing->first = missing->last = k;
    missing->content.rows.diagnostics.push_back(
        {Severity::error, "", 0, 0, "", "no window was fetched for frame " + std::to_string(k + 1), ""});
    return missing;
}

FrameFetchStats FrameWindows::stats() const {
    std::lock_guard lock(mutex_);
    return stats_;
}

WindowContent FrameWindows::ask(const SourceQuery& query, const WindowLimits& limits, bool view_rule) {
    WindowContent content;
    for (int attempt = 0; attempt < 2; ++attempt) {
        content = view_rule ? load_view_window(*source_, query, limits) : source_->load_window_content(query, limits);
        std::lock_guard lock(mutex_);
        stats_.queries++;
        if (content.rows.store || content.cancelled || stop_) break;
        if (attempt == 0) stats_.retries++;  // the source connects again for the second
    }
    return content;
}

std::shared_ptr<FrameWindow> FrameWindows::fetch_from(size_t k) {
    const size_t n = frames_.size();
    auto window = std::make_shared<FrameWindow>();
    window->first = window->last = k;
    // Frames asking the same query share one window.
    size_t same = k;
    while (same + 1 < n && same_query(frames_[same + 1], frames_[k])) ++same;
    // A run: the next frames of the same box, asked together when their rows fit as markers.
    size_t last = same;
    while (last + 1 < n && last + 1 - k < run_ && same_box(frames_[last + 1], frames_[k])) ++last;
    if (last > same) {
        SourceQuery together = frames_[k];
        together.has_box = false;  // anywhere, as load_view_window asks first
        for (size_t f = k + 1; f <= last; ++f)
            together.start = std::min(together.start, frames_[f].start), together.end = std::max(together.end, frames_[f].end);
        WindowLimits counting = limits_;
        counting.grid = false;
        WindowContent content = ask(together, counting, false);
        if (!content.rows.store || content.cancelled || content.server_count <= limits_.markers) {
            window->last = content.rows.store ? last : k;
            window->content = std::move(content);
            run_ = run_after(window->content.server_count, last - k + 1, limits_.markers);
            return window;
        }
    }
    window->last = same;
    window->content = ask(frames_[k], limits_, true);
    run_ = run_after(window->content.server_count, same - k + 1, limits_.markers);
    return window;
}

void FrameWindows::run() {
    size_t k = 0;
    while (k < frames_.size()) {
        {
            std::unique_lock lock(mutex_);
            // The window drawn and `ahead_` more: memory stays bounded whatever the table.
            changed_.wait(lock, [&] { return stop_ || ready_.size() <= ahead_; });
            if (stop_) break;
        }
        std::shared_ptr<FrameWindow> window = fetch_from(k);
        bool failed = !window->content.rows.store;
        if (!failed && placed_) placed_(*window->content.rows.store);
        std::lock_guard lock(mutex_);
        if (stop_ || window->content.cancelled) break;
        if (!failed && !window->content.grid) {
            size_t rows = window->content.rows.store->size();
            stats_.rows += rows;
            stats_.most_rows = std::max(stats_.most_rows, rows);
        }
        if (window->content.grid) stats_.grids++;
        ready_.push_back(std::move(window));
        changed_.notify_all();
        if (failed) break;  // nothing after a window the server did not give
        k = ready_.back()->last + 1;
    }
    std::lock_guard lock(mutex_);
    done_ = true;
    changed_.notify_all();
}

}  // namespace chronomap
