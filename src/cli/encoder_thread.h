// Encodes frames on a second thread while the GL thread renders the next one: on two cores
// the halves overlap. One frame waits at most (memory stays at two frames), and an encoder
// failure comes back to the caller on its next push() or on finish(). Encoded frames come back
// through take_spare(), so their memory is reused.
#pragma once

#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "video/video_writer.h"

namespace chronomap::cli {

class EncoderThread {
public:
    explicit EncoderThread(VideoWriter& writer);
    ~EncoderThread();  // stops without finishing the writer (an error or Ctrl-C)
    EncoderThread(const EncoderThread&) = delete;
    EncoderThread& operator=(const EncoderThread&) = delete;

    // Waits while the previous frame is still queued. `rows`: see VideoWriter::add_frame.
    void push(Image frame, RowOrder rows = RowOrder::top_down);
    // A frame the encoder is done with (or an empty one), to read the next frame into.
    Image take_spare();
    void finish();           // encodes what is queued, finishes the writer; rethrows failures
    double encode_seconds() const { return encode_seconds_; }

private:
    void run();
    void stop();
    void rethrow_failure();
    VideoWriter& writer_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<Image> queued_;
    RowOrder queued_rows_ = RowOrder::top_down;
    std::optional<Image> spare_;
    bool closing_ = false, busy_ = false;
    std::exception_ptr failure_;
    double encode_seconds_ = 0;
    std::thread thread_;
};

}  // namespace chronomap::cli
