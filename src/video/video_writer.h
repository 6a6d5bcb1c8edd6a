// Writes rendered frames as a video: MP4 (H.264, yuv420p: plays everywhere), WebM (VP9),
// GIF (a palette computed per frame), or a folder of numbered PNGs. The output appears only
// when finish() succeeds: frames go to a temporary file or folder beside it, renamed at the
// end; a writer destroyed before finish() (an error, Ctrl-C) removes it.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "core/time/time_value.h"
#include "render/image.h"

namespace chronomap {

enum class VideoFormat { mp4, webm, gif, png_folder };

struct VideoSettings {
    VideoFormat format = VideoFormat::mp4;
    int width = 1920, height = 1080;  // device pixels; MP4 and WebM need even sizes
    int fps = 30;
    int quality = 0;  // 0: the format's default (CRF 20 for H.264, 32 for VP9)
};

// The format an output path asks for: .mp4, .webm, .gif, or a folder (a path ending in "/"
// or an existing folder). The error names the extensions accepted.
Parsed<VideoFormat> video_format_for(const std::string& output);
std::string_view video_format_name(VideoFormat format);
// An error text when the format cannot take this size or rate; empty when fine.
std::string check_video_settings(const VideoSettings& settings);
// FFmpeg's libraries are loaded when first called (src/lazy_link/lazy_library.h): a command that
// will write an MP4, WebM or GIF calls this on a second thread as it starts, so that their
// loading (~0.3 s, mostly the codecs' ~90 libraries) overlaps its reading of the events.
void preload_video_libraries(VideoFormat format);

// The encoder failed (not a write failure: a missing codec, bad settings).
struct VideoError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class VideoWriter {
  public:
    virtual ~VideoWriter() = default;
    // Frames must have the settings' size. A bottom_up frame (a GL read-back left unflipped)
    // is read upwards by the H.264 and VP9 writers, flipped in a copy by the others.
    virtual void add_frame(const Image& frame, RowOrder rows = RowOrder::top_down) = 0;
    // Flushes, closes and renames into place. Throws WriteError or VideoError.
    virtual void finish() = 0;
    virtual size_t frames() const = 0;
};

// The rows of a bottom-up image in top-down order (a copy).
Image rows_flipped(const Image& image);

// Throws WriteError when the temporary output cannot be created, VideoError when the codec
// is missing or refuses the settings.
std::unique_ptr<VideoWriter> open_video_writer(const std::filesystem::path& output,
                                               const VideoSettings& settings);

}  // namespace chronomap
