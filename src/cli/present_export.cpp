// `present --export DIR/` (one PNG per slide, as the window shows it at the end of each
// transition) and `present --export OUT.mp4|.webm|.gif` (the whole briefing).
#include <cstdio>
#include <iostream>
#include <thread>

#include "core/text/counted.h"
#include "cli/cli_common.h"
#include "cli/frame_recorder.h"
#include "cli/present.h"
#include "cli/render_server.h"
#include "cli/server_frames.h"
#include "core/io/atomic_file.h"
#include "core/story/story_video_plan.h"
#include "platform/headless_egl_target.h"
#include "render/caption_layer.h"
#include "render/image_io.h"
#include "render/map_renderer.h"
#include "video/video_writer.h"

namespace chronomap::cli {
namespace {


struct Headless {
    std::unique_ptr<RenderTarget> target;
    std::unique_ptr<MapRenderer> renderer;
    CaptionLayer* caption = nullptr;
};

// The same renderer and caption layer as the window: the same pixels.
Headless make_headless(const EventStore& store, const std::filesystem::path& geodata, int device_width,
                       int device_height) {
    Headless h;
    h.target = create_headless_target(device_width, device_height);
    h.renderer = std::make_unique<MapRenderer>(store, geodata);
    auto caption = std::make_unique<CaptionLayer>(store, h.renderer->font_atlas());
    h.caption = caption.get();
    h.renderer->add_layer(std::move(caption));
    return h;
}

int device(int logical, double scale) {
    return static_cast<int>(std::lround(logical * scale));
}

// A deck on a table: each frame's window from the server (`views`: what each frame shows),
// started at once. Null for a file. Throws FrameSourceError when the first window fails.
std::unique_ptr<ServerFrames> server_frames(const PresentOptions& options, const LoadedStory& loaded,
                                            const std::vector<ViewState>& views) {
    if (!loaded.from_server) return nullptr;
    std::vector<SourceQuery> queries;
    for (const ViewState& view : views) queries.push_back(still_query(view, loaded.table_box));
    auto server = std::make_unique<ServerFrames>(loaded.events_path.string(), std::move(queries),
                                                 ServerFramesOptions{{}, loaded.geodata, {}, options.lang});
    server->frame(0);
    return server;
}

// What a renderer made for frame k starts from: the file's events, or the frame's window.
const EventStore& store_for(const LoadedStory& loaded, ServerFrames* server, size_t k) {
    return server ? *server->frame(k).content.rows.store : *loaded.events.store;
}

}  // namespace

int export_slide_images(const PresentOptions& options, LoadedStory& loaded) {
    if (std::string error = apply_size(options, loaded.story, false); !error.empty()) {
        std::cerr << kPresentCommand << ": " << error << "\n";
        return kExitUsage;
    }
    std::filesystem::path folder = options.export_to;
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        std::cerr << kPresentCommand << ": cannot create the folder " << folder.string() << ": "
                  << ec.message() << "\n";
        return kExitWriteFailed;
    }
    std::vector<ViewState> views;
    for (const Slide& slide : loaded.story.slides) views.push_back(slide.view);
    std::unique_ptr<ServerFrames> server;
    Headless h;
    try {
        server = server_frames(options, loaded, views);
        const ViewState& first = loaded.story.slides.front().view;
        h = make_headless(store_for(loaded, server.get(), 0), loaded.geodata, device(first.width, first.pixel_scale),
                          device(first.height, first.pixel_scale));
    } catch (const FrameSourceError& e) {
        std::cerr << kPresentCommand << ": " << e.what() << "\n";
        return kExitServerLost;
    } catch (const NoGraphicsError& e) {
        std::cerr << kPresentCommand << ": no graphics: " << e.what() << "\n";
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
                h = make_headless(store_for(loaded, server.get(), i), loaded.geodata, w, hgt);
            } catch (const FrameSourceError& e) {
                std::cerr << kPresentCommand << ": " << e.what() << "; the slides after it were not written\n";
                return kExitServerLost;
            } catch (const NoGraphicsError& e) {
                std::cerr << kPresentCommand << ": no graphics: " << e.what() << "\n";
                return kExitNoGraphics;
            }
            if (server) server->renderer_replaced();
        }
        if (server) {
            try {
                server->show(i, *h.renderer, loaded.table_box, h.caption);
            } catch (const FrameSourceError& e) {
                std::cerr << kPresentCommand << ": " << e.what() << "; the slides after it were not written\n";
                return kExitServerLost;
            }
        }
        h.caption->set_content(caption_for_slide(loaded.story, i));
        render_frame(*h.renderer, view, *h.target);
        char name[32];
        std::snprintf(name, sizeof name, "slide-%02zu.png", i + 1);
        try {
            write_png(folder / name, h.target->read_pixels());
        } catch (const WriteError& e) {
            std::cerr << kPresentCommand << ": " << e.what() << "\n";
            return kExitWriteFailed;
        }
        std::cout << "wrote " << (folder / name).string() << " (" << w << "x" << hgt
                  << "): " << loaded.story.slides[i].title << "\n";
    }
    if (server) loaded.server_placement_problems = server->report_placement(std::cerr);
    if (server && options.verbose) std::cerr << kPresentCommand << ": " << server->describe_fetching() << "\n";
    return present_exit_code(loaded);
}

int export_story_video(const PresentOptions& options, LoadedStory& loaded) {
    if (std::string error = apply_size(options, loaded.story, true); !error.empty()) {
        std::cerr << kPresentCommand << ": " << error << "\n";
        return kExitUsage;
    }
    const ViewState& first = loaded.story.slides.front().view;
    VideoSettings settings;
    settings.format = *video_format_for(options.export_to).value;
    std::jthread video_libraries(preload_video_libraries, settings.format);  // while GL starts
    settings.width = device(first.width, first.pixel_scale);
    settings.height = device(first.height, first.pixel_scale);
    settings.fps = options.fps;
    if (std::string error = check_video_settings(settings); !error.empty()) {
        std::cerr << kPresentCommand << ": " << error << "\n";
        return kExitUsage;
    }
    // The flights between slides need the camera of a fit (the events' extent): the file's, or
    // the table's placed events.
    std::optional<GeoBox> file_box;
    if (!loaded.from_server) file_box = placed_events_box(*loaded.events.store);
    const std::optional<GeoBox>& events_box = loaded.from_server ? loaded.table_box : file_box;
    StoryVideoPlan plan(loaded.story.slides, settings.fps,
                        [&](const ViewState& v) { return resolve_map_view(v, events_box); });
    std::vector<ViewState> views;
    if (loaded.from_server)
        for (size_t k = 0; k < plan.frame_count(); ++k) views.push_back(plan.frame(k).view);
    std::unique_ptr<ServerFrames> server;
    Headless h;
    try {
        server = server_frames(options, loaded, views);
        h = make_headless(store_for(loaded, server.get(), 0), loaded.geodata, settings.width, settings.height);
    } catch (const FrameSourceError& e) {
        std::cerr << kPresentCommand << ": " << e.what() << "\n";
        return kExitServerLost;
    } catch (const NoGraphicsError& e) {
        std::cerr << kPresentCommand << ": no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    MapRenderer& renderer = *h.renderer;
    StoryFrame current;
    RecordingStats stats;
    int code = record_frames(
        kPresentCommand, options.export_to, settings, plan.frame_count(), *h.target, renderer,
        [&](size_t k) -> const ViewState& {
            current = plan.frame(k);
            if (server) server->show(k, renderer, events_box, h.caption);
            h.caption->set_content(caption_for_slide(loaded.story, current.slide));
            h.caption->set_visible(!current.in_transition);
            return current.view;
        },
        stats);
    if (server) loaded.server_placement_problems = server->report_placement(std::cerr);
    if (code != kExitOk) return code;
    if (server && options.verbose) std::cerr << kPresentCommand << ": " << server->describe_fetching() << "\n";
    std::cout << "wrote " << options.export_to << " (" << video_format_name(settings.format) << ", "
              << settings.width << "x" << settings.height << ", " << counted(stats.frames, "frame", "frames") << " at "
              << settings.fps << " fps, " << static_cast<double>(stats.frames) / settings.fps
              << " s)\n";
    if (options.verbose)
        std::cerr << kPresentCommand << ": " << h.target->description() << "; " << stats.describe()
                  << "\n";
    return present_exit_code(loaded);
}

}  // namespace chronomap::cli
