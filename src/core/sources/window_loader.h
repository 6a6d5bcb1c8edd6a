// Asks a windowed source (a database server) for one time window at a time on a worker
// thread, so the explorer's frames never wait for the network. The newest window wins: a
// request replaces the one waiting, and a query that has run longer than `patience` when a
// newer window is wanted is cancelled (EventSource::cancel). A quicker one is let finish and
// its answer shown, so that Play, which moves the window every frame, still shows windows.
// Answers come back in request order; the caller keeps showing the last one until take()
// gives a newer one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/sources/event_source.h"

namespace chronomap {

struct WindowAnswer {
    std::uint64_t request = 0;  // which request() it answers
    SourceQuery query;
    WindowContent content;
    double milliseconds = 0;  // from the request to the answer
};

class WindowLoader {
  public:
    // The loader owns `source` (its own connection: the UI's source is never used from two
    // threads).
    WindowLoader(std::unique_ptr<EventSource> source, WindowLimits limits,
                 std::chrono::milliseconds patience = std::chrono::milliseconds(100));
    ~WindowLoader();  // cancels what runs and joins the worker
    WindowLoader(const WindowLoader&) = delete;
    WindowLoader& operator=(const WindowLoader&) = delete;

    // Asks for this window; returns the request's number.
    std::uint64_t request(const SourceQuery& query);
    // Called every frame: cancels an impatient query that a newer request waits behind, and
    // hands over the newest answer not taken yet.
    std::optional<WindowAnswer> take();
    // A request is waiting or running.
    bool busy() const;
    std::uint64_t cancels() const;  // queries cancelled so far (tests, status)

  private:
    void run();

    std::unique_ptr<EventSource> source_;
    WindowLimits limits_;
    std::chrono::milliseconds patience_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<SourceQuery> waiting_;
    std::uint64_t waiting_id_ = 0, last_id_ = 0, running_id_ = 0;
    std::chrono::steady_clock::time_point running_since_, waiting_since_;
    bool cancel_sent_ = false, stop_ = false;
    std::uint64_t cancels_ = 0;
    std::optional<WindowAnswer> answer_;
    std::thread worker_;
};

}  // namespace chronomap
