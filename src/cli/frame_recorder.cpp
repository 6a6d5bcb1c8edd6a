#include "cli/frame_recorder.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/encoder_thread.h"
#include "cli/interrupt.h"
#include "cli/progress_bar.h"
#include "core/io/atomic_file.h"

namespace chronomap::cli {

std::string RecordingStats::describe() const {
    char buffer[240];
    auto fps = [&](double seconds) {
        return seconds > 0 ? static_cast<double>(frames) / seconds : 0.0;
    };
    std::snprintf(buffer, sizeof buffer,
                  "%zu frames: rendering %.2f s (%.1f fps), encoding %.2f s (%.1f fps), long events reused in %zu",
                  frames, render_seconds, fps(render_seconds), encode_seconds, fps(encode_seconds),
                  long_markers_reused);
    return buffer;
}

int record_frames(const std::string& command, const std::filesystem::path& output,
                  const VideoSettings& settings, size_t frames, RenderTarget& target,
                  MapRenderer& renderer, const std::function<const ViewState&(size_t)>& prepare,
                  RecordingStats& stats) {
    using Clock = std::chrono::steady_clock;
    install_interrupt_handler();
    std::unique_ptr<VideoWriter> writer;
    try {
        writer = open_video_writer(output, settings);
    } catch (const WriteError& e) {
        std::cerr << command << ": " << e.what() << "\n";
        return kExitWriteFailed;
    } catch (const VideoError& e) {
        std::cerr << command << ": " << e.what() << "\n";
        return kExitBadInput;
    }
    // Frames follow each other: the long events' markers are drawn once while they do not
    // change (a 1080p frame with thousands of year-long spans: docs/PERFORMANCE.md).
    struct ReuseLongMarkers {
        MapRenderer& renderer;
        explicit ReuseLongMarkers(MapRenderer& r) : renderer(r) { renderer.set_reuse_long_markers(true); }
        ~ReuseLongMarkers() { renderer.set_reuse_long_markers(false); }
    } reuse(renderer);
    const size_t reused_before = renderer.long_markers_reused();
    ProgressBar progress(output.filename().string(), frames);
    auto encoder = std::make_unique<EncoderThread>(*writer);
    auto abandon = [&] {  // stop the thread first: it may be using the writer
        encoder.reset();
        writer.reset();  // removes the temporary output
    };
    try {
        for (size_t k = 0; k < frames; ++k) {
            if (interrupted()) {
                progress.finish();
                abandon();
                std::cerr << command << ": interrupted; " << output.string()
                          << " was not written\n";
                return kExitInterrupted;
            }
            auto begin = Clock::now();
            const ViewState& view = prepare(k);
            render_frame(renderer, view, target);
            Image image = encoder->take_spare();
            // Unflipped: the encoder reads GL's bottom-up rows upwards (no 8 MB flip here).
            RowOrder rows = target.read_pixels_unflipped_into(image);
            stats.render_seconds += std::chrono::duration<double>(Clock::now() - begin).count();
            encoder->push(std::move(image), rows);  // encoded while the next frame renders
            stats.frames++;
            progress.update(k + 1);
        }
        encoder->finish();
        stats.long_markers_reused = renderer.long_markers_reused() - reused_before;
        stats.encode_seconds = encoder->encode_seconds();
    } catch (const WriteError& e) {
        progress.finish();
        abandon();
        std::cerr << command << ": " << e.what() << "\n";
        return kExitWriteFailed;
    } catch (const VideoError& e) {
        progress.finish();
        abandon();
        std::cerr << command << ": " << e.what() << "\n";
        return kExitBadInput;
    } catch (const FrameSourceError& e) {
        progress.finish();
        abandon();
        std::cerr << command << ": " << e.what() << "; " << output.string() << " was not written\n";
        return kExitServerLost;
    }
    progress.finish();
    return kExitOk;
}

}  // namespace chronomap::cli
