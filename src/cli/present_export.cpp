// `present --export DIR/` (one PNG per slide, as the window shows it at the end of each
// transition) and `present --export OUT.mp4|.webm|.gif` (the whole briefing).
#include <cstdio>
#include <iostream>

#include "core/text/counted.h"
#include "cli/frame_recorder.h"
#include "cli/present.h"
#include "core/io/atomic_file.h"
#include "core/story/story_video_plan.h"
#include "platform/headless_egl_target.h"
#include "render/caption_layer.h"
#include "render/image_io.h"
#include "render/map_renderer.h"
#include "video/video_writer.h"

namespace chronomap::cli {
namespace {

constexpr const char* kCommand = "chronomap present";

struct Headless {
    std::unique_ptr<RenderTarget> target;
    std::unique_ptr<MapRenderer> renderer;
    CaptionLayer* caption = nullptr;
};

// The same renderer and caption layer as the window: the same pixels.
Headless make_headless(LoadedStory& loaded, int device_width, int device_height) {
    Headless h;
    h.target = create_headless_target(device_width, device_height);
    h.renderer = std::make_unique<MapRenderer>(*loaded.events.store, loaded.geodata);
    auto caption = std::make_unique<CaptionLayer>(*loaded.events.store, h.renderer->font_atlas());
    h.caption = caption.get();
    h.renderer->add_layer(std::move(caption));
    return h;
}

int device(int logical, double scale) {
    return static_cast<int>(std::lround(logical * scale));
}

}  // namespace

int export_slide_images(const PresentOptions& options, LoadedStory& loaded) {
    if (std::string error = apply_size(options, loaded.story, false); !error.empty()) {
        std::cerr << kCommand << ": " << error << "\n";
        return kExitUsage;
    }
    std::filesystem::path folder = options.export_to;
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        std::cerr << kCommand << ": cannot create the folder " << folder.string() << ": "
                  << ec.message() << "\n";
        return kExitWriteFailed;
    }
    Headless h;
    try {
        const ViewState& first = loaded.story.slides.front().view;
        h = make_headless(loaded, device(first.width, first.pixel_scale),
                          device(first.height, first.pixel_scale));
    } catch (const NoGraphicsError& e) {
        std::cerr << kCommand << ": no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    for (size_t i = 0; i < loaded.story.slides.size(); ++i) {
        const ViewState& view = loaded.story.slides[i].view;
        int w = device(view.width, view.pixel_scale), hgt = device(view.height, view.pixel_scale);
        // A renderer's GL objects live in its target's context: a new size needs both anew
        // (a new target alone left the renderer drawing into a context no longer current).
        if (w != h.target->width() || hgt != h.target->height()) {
            h.renderer.reset();  // the old renderer goes while its context still exists
            h.target.reset();
            try {
                h = make_headless(loaded, w, hgt);
            } catch (const NoGraphicsError& e) {
                std::cerr << kCommand << ": no graphics: " << e.what() << "\n";
                return kExitNoGraphics;
            }
        }
        h.caption->set_content(caption_for_slide(loaded.story, i));
        render_frame(*h.renderer, view, *h.target);
        char name[32];
        std::snprintf(name, sizeof name, "slide-%02zu.png", i + 1);
        try {
            write_png(folder / name, h.target->read_pixels());
        } catch (const WriteError& e) {
            std::cerr << kCommand << ": " << e.what() << "\n";
            return kExitWriteFailed;
        }
        std::cout << "wrote " << (folder / name).string() << " (" << w << "x" << hgt
                  << "): " << loaded.story.slides[i].title << "\n";
    }
    return present_exit_code(loaded);
}

int export_story_video(const PresentOptions& options, LoadedStory& loaded) {
    if (std::string error = apply_size(options, loaded.story, true); !error.empty()) {
        std::cerr << kCommand << ": " << error << "\n";
        return kExitUsage;
    }
    const ViewState& first = loaded.story.slides.front().view;
    VideoSettings settings;
    settings.format = *video_format_for(options.export_to).value;
    settings.width = device(first.width, first.pixel_scale);
    settings.height = device(first.height, first.pixel_scale);
    settings.fps = options.fps;
    if (std::string error = check_video_settings(settings); !error.empty()) {
        std::cerr << kCommand << ": " << error << "\n";
        return kExitUsage;
    }
    Headless h;
    try {
        h = make_headless(loaded, settings.width, settings.height);
    } catch (const NoGraphicsError& e) {
        std::cerr << kCommand << ": no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    MapRenderer& renderer = *h.renderer;
    StoryVideoPlan plan(loaded.story.slides, settings.fps,
                        [&](const ViewState& v) { return renderer.map_view(v); });
    StoryFrame current;
    RecordingStats stats;
    int code = record_frames(
        kCommand, options.export_to, settings, plan.frame_count(), *h.target, renderer,
        [&](size_t k) -> const ViewState& {
            current = plan.frame(k);
            h.caption->set_content(caption_for_slide(loaded.story, current.slide));
            h.caption->set_visible(!current.in_transition);
            return current.view;
        },
        stats);
    if (code != kExitOk) return code;
    std::cout << "wrote " << options.export_to << " (" << video_format_name(settings.format) << ", "
              << settings.width << "x" << settings.height << ", " << counted(stats.frames, "frame", "frames") << " at "
              << settings.fps << " fps, " << static_cast<double>(stats.frames) / settings.fps
              << " s)\n";
    if (options.verbose)
        std::cerr << kCommand << ": " << h.target->description() << "; " << stats.describe()
                  << "\n";
    return present_exit_code(loaded);
}

}  // namespace chronomap::cli
