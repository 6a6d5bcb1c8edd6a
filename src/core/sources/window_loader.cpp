#include "core/sources/window_loader.h"

namespace chronomap {

WindowLoader::WindowLoader(std::unique_ptr<EventSource> source, WindowLimits limits, std::chrono::milliseconds patience)
    : source_(std::move(source)), limits_(limits), patience_(patience), worker_([this] { run(); }) {}

WindowLoader::~WindowLoader() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
        if (running_id_) source_->cancel();
    }
    wake_.notify_all();
    worker_.join();
}

std::uint64_t WindowLoader::request(const SourceQuery& query) {
    std::lock_guard lock(mutex_);
    waiting_ = query;
    waiting_id_ = ++last_id_;
    waiting_since_ = std::chrono::steady_clock::now();
    wake_.notify_all();
    return waiting_id_;
}

std::optional<WindowAnswer> WindowLoader::take() {
    std::lock_guard lock(mutex_);
    // The running query is past its patience and a newer window waits: the user moved on.
    if (running_id_ && waiting_ && !cancel_sent_ && std::chrono::steady_clock::now() - running_since_ >= patience_) {
        cancel_sent_ = true;
        ++cancels_;
        source_->cancel();
    }
    std::optional<WindowAnswer> out = std::move(answer_);
    answer_.reset();
    return out;
}

bool WindowLoader::busy() const {
    std::lock_guard lock(mutex_);
    return waiting_ || running_id_;
}

std::uint64_t WindowLoader::cancels() const {
    std::lock_guard lock(mutex_);
    return cancels_;
}

void WindowLoader::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return stop_ || waiting_; });
        if (stop_) return;
        SourceQuery query = *waiting_;
        std::uint64_t id = waiting_id_;
        auto asked = waiting_since_;
        waiting_.reset();
        running_id_ = id, running_since_ = std::chrono::steady_clock::now(), cancel_sent_ = false;
        lock.unlock();
        WindowContent content = source_->load_window_content(query, limits_);
        lock.lock();
        running_id_ = 0;
        // A cancel that reached the server between two queries may stop a newer one: asked again.
        if (content.cancelled && !waiting_ && !stop_ && id == last_id_) {
            waiting_ = query, waiting_id_ = id, waiting_since_ = asked;
            continue;
        }
        if (content.cancelled) continue;  // the user moved on: nothing to show
        answer_ = WindowAnswer{id, query, std::move(content),
                               std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - asked).count()};
    }
}

}  // namespace chronomap
