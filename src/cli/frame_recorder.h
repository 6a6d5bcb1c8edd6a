// Renders frames headless into a VideoWriter (encoding on a second thread) with a progress bar, Ctrl-C handling and the
// time spent rendering and encoding measured apart (docs/PERFORMANCE.md quotes them).
#pragma once

#include <functional>
#include <stdexcept>
#include <string>

#include "render/map_renderer.h"
#include "video/video_writer.h"

namespace chronomap::cli {

// Thrown by `prepare` when a frame's events cannot be had (the database server went away
// and did not come back): the recording stops, its output is removed, kExitServerLost.
struct FrameSourceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct RecordingStats {
    size_t frames = 0;
    double render_seconds = 0, encode_seconds = 0;
    size_t long_markers_reused = 0;  // frames that copied the long events' markers (EventLayer)
    std::string describe()
        const;  // "450 frames: rendering 12.1 s (37 fps), encoding 8.0 s (56 fps), long events reused in 440"
};

// Calls `prepare(k)` (sets the view and the caption of frame k) then renders and encodes
// it, for k in [0, frames). Returns kExitOk, kExitWriteFailed, kExitBadInput (encoder
// refused), kExitServerLost (FrameSourceError) or kExitInterrupted; on anything but kExitOk
// the output is not left behind.
int record_frames(const std::string& command, const std::filesystem::path& output,
                  const VideoSettings& settings, size_t frames, RenderTarget& target,
                  MapRenderer& renderer, const std::function<const ViewState&(size_t)>& prepare,
                  RecordingStats& stats);

}  // namespace chronomap::cli
