#include "cli/encoder_thread.h"

#include <chrono>

namespace chronomap::cli {

EncoderThread::EncoderThread(VideoWriter& writer) : writer_(writer), thread_([this] { run(); }) {}

EncoderThread::~EncoderThread() { stop(); }

void EncoderThread::stop() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
        queued_.reset();
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void EncoderThread::rethrow_failure() {
    if (failure_) {
        std::exception_ptr failure = failure_;
        failure_ = nullptr;
        std::rethrow_exception(failure);
    }
}

void EncoderThread::push(Image frame, RowOrder rows) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queued_ || failure_; });
    rethrow_failure();
    queued_ = std::move(frame);
    queued_rows_ = rows;
    lock.unlock();
    changed_.notify_all();
}

Image EncoderThread::take_spare() {
    std::lock_guard lock(mutex_);
    Image spare = spare_ ? std::move(*spare_) : Image{};
    spare_.reset();
    return spare;
}

void EncoderThread::finish() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return (!queued_ && !busy_) || failure_; });
        rethrow_failure();
        closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
    rethrow_failure();
    auto begin = std::chrono::steady_clock::now();
    writer_.finish();
    encode_seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

void EncoderThread::run() {
    for (;;) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queued_ || closing_; });
        if (!queued_) return;  // closing with nothing left
        Image frame = std::move(*queued_);
        const RowOrder rows = queued_rows_;
        queued_.reset();
        busy_ = true;
        lock.unlock();
        changed_.notify_all();
        auto begin = std::chrono::steady_clock::now();
        std::exception_ptr failure;
        try {
            writer_.add_frame(frame, rows);
        } catch (...) {
            failure = std::current_exception();
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        lock.lock();
        spare_ = std::move(frame);
        encode_seconds_ += seconds;
        busy_ = false;
        if (failure) failure_ = failure;
        lock.unlock();
        changed_.notify_all();
        if (failure) return;
    }
}

}  // namespace chronomap::cli
