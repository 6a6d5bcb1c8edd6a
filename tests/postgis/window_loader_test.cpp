// The pieces of the explorer's server path that need no server: the timeline's histogram
// built from a server's buckets, and the worker that cancels a window the user moved past
// (a source that blocks until cancelled stands for a slow server).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/sources/window_loader.h"
#include "core/timeline/time_histogram.h"

using namespace chronomap;

TEST_CASE("a histogram from a server's buckets counts, bins and finds starts to the bucket") {
    TimeBuckets b;
    b.start = 86400 * 100, b.seconds = 86400, b.buckets = 4, b.categories = 2;
    b.counts = {3, 1,   // day 0: 3 of category 0, 1 of category 1
                0, 0,   // day 1: none
                0, 5,   // day 2
                2, 0};  // day 3
    TimeHistogram h;
    h.assign(b);
    CHECK(h.from_buckets());
    const std::uint64_t all = ~std::uint64_t{0}, only_0 = 1;
    CHECK(h.count_between(b.start, b.start + 4 * 86400, all) == 11);
    CHECK(h.count_between(b.start, b.start + 4 * 86400, only_0) == 5);
    CHECK(h.count_between(b.start + 86400, b.start + 3 * 86400, all) == 5);
    CHECK(h.count_between(b.start + 1, b.start + 86400, all) == 0);  // day 0's events count at its start
    // Bins of two days, asked from the middle of day 0: whole buckets, from a bucket's start.
    HistogramBins bins = h.bins(b.start + 3600, 2 * 86400 - 100, 2, all);
    CHECK(bins.start == b.start);
    CHECK(bins.bin_seconds == 2 * 86400);
    CHECK(bins.total(0) == 4);
    CHECK(bins.total(1) == 7);
    CHECK(bins.max_total == 7);
    CHECK(h.next_start_at_or_after(b.start + 1, all) == b.start + 2 * 86400);
    CHECK(h.next_start_at_or_after(b.start + 1, only_0) == b.start + 3 * 86400);
    CHECK(!h.next_start_at_or_after(b.start + 4 * 86400, all));
}

namespace {
// A source whose first query runs until cancel() (a slow server); the others answer at once.
class SlowSource : public EventSource {
  public:
    std::string description() const override { return "slow"; }
    LoadResult load() override { return {}; }
    WindowContent load_window_content(const SourceQuery& query, const WindowLimits&) override {
        WindowContent content;
        if (calls++ == 0) {
            std::unique_lock lock(mutex);
            cancelled_cv.wait_for(lock, std::chrono::seconds(20), [this] { return was_cancelled; });
            content.cancelled = was_cancelled;
            return content;
        }
        content.server_count = query.start;  // says which window it answers
        return content;
    }
    void cancel() override {
        std::lock_guard lock(mutex);
        was_cancelled = true;
        cancelled_cv.notify_all();
    }
    std::atomic<int> calls{0};
    std::mutex mutex;
    std::condition_variable cancelled_cv;
    bool was_cancelled = false;
};
}  // namespace

TEST_CASE("the window loader cancels a slow query when a newer window is wanted, and only the newest answers") {
    auto source = std::make_unique<SlowSource>();
    SlowSource& slow = *source;
    WindowLoader loader(std::move(source), {}, std::chrono::milliseconds(20));
    SourceQuery first, second, third;
    first.start = 1, second.start = 2, third.start = 3;
    loader.request(first);
    while (slow.calls == 0) std::this_thread::yield();
    loader.request(second);  // replaced by the third before it runs
    std::uint64_t newest = loader.request(third);
    std::optional<WindowAnswer> answer;
    auto started = std::chrono::steady_clock::now();
    while (!answer && std::chrono::steady_clock::now() - started < std::chrono::seconds(10)) {
        answer = loader.take();  // as a frame does: past its patience, the slow query is cancelled
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(answer);
    CHECK(answer->request == newest);
    CHECK(answer->content.server_count == 3);
    CHECK(loader.cancels() == 1);
    CHECK(slow.calls == 2);  // the slow one, then the newest; the second never ran
    CHECK(!loader.take());
    CHECK(!loader.busy());
}
