#include "core/text/counted.h"
#include "cli/render_animate.h"

#include <future>
#include <thread>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/frame_recorder.h"
#include "cli/import_postgis.h"
#include "cli/interrupt.h"
#include "cli/render_server.h"
#include "cli/server_frames.h"
#include "core/camera/camera_controller.h"
#include "core/io/geodata_paths.h"
#include "core/i18n/language.h"
#include "core/timeline/animation.h"
#include "platform/headless_egl_target.h"
#include "render/caption_layer.h"
#include "render/map_renderer.h"

namespace chronomap::cli {

namespace {
}

void add_animate_options(Command command, AnimateOptions& o) {
    command.add_option("--animate", o.range,
                       "Record the time range T0/T1 (e.g. 2017-09-20/2017-10-06) as a video: -o "
                       "OUT.mp4, .webm, .gif or DIR/");
    command.add_option("--step", o.step,
                       "Time per frame with --animate: 1d, 12h, 1w ... (default 1d)");
    command.add_option("--window", o.window,
                       "Time window shown in each frame with --animate (default: one step)");
    command.add_option("--fps", o.fps, "Frames per second with --animate (default 30)")
        .in_range(1, 120);
    command.add_option("--crossfade", o.crossfade,
                       "With --animate: when a series of areas changes state, fade the old state out and the "
                       "new one in over N frames (default 0: the change is immediate)")
        .in_range(0, 1000);
    command.add_flag("--cumulative", o.cumulative,
                     "With --animate: keep earlier events, faded (the story so far)");
    command.add_flag("--web", o.web,
                     "With --animate -o DIR/: a web page folder (DIR/index.html, the frames as files) "
                     "instead of numbered PNGs");
}

int run_render_animation(const std::string& file, const std::string& output,
                         const std::string& geodata_option, const ViewOptions& view_options,
                         const SourceOptions& source, const AnimateOptions& options, bool verbose) {
    install_interrupt_handler();  // early: Ctrl-C while loading also ends cleanly
    Parsed<VideoFormat> format = video_format_for(output);
    if (!format) {
        std::cerr << kRenderCommand << ": -o " << format.error << "\n";
        return kExitUsage;
    }
    Parsed<TimeWindow> range = parse_time_window(options.range);
    if (!range) {
        std::cerr << kRenderCommand << ": --animate: " << range.error
                  << "; write T0/T1, e.g. 2017-09-20/2017-10-06\n";
        return kExitUsage;
    }
    Parsed<UnixSeconds> step = parse_duration(options.step);
    if (!step) {
        std::cerr << kRenderCommand << ": --step: " << step.error << "\n";
        return kExitUsage;
    }
    AnimationPlan plan{range.value->start, range.value->end, *step.value, *step.value,
                       options.cumulative};
    if (!options.window.empty()) {
        Parsed<UnixSeconds> window = parse_duration(options.window);
        if (!window) {
            std::cerr << kRenderCommand << ": --window: " << window.error << "\n";
            return kExitUsage;
        }
        plan.window = *window.value;
    }
    Parsed<ViewState> parsed = view_state_from_options(view_options);
    if (!parsed) {
        std::cerr << kRenderCommand << ": " << parsed.error << "\n";
        return kExitUsage;
    }
    ViewState view = *parsed.value;
    std::jthread video_libraries(preload_video_libraries, *format.value);  // while the events load
    VideoSettings settings;
    settings.format = *format.value;
    settings.width = static_cast<int>(std::lround(view.width * view.pixel_scale));
    settings.height = static_cast<int>(std::lround(view.height * view.pixel_scale));
    settings.fps = options.fps;
    if (std::string error = check_video_settings(settings); !error.empty()) {
        std::cerr << kRenderCommand << ": " << error << "\n";
        return kExitUsage;
    }
    std::filesystem::path geodata = geodata_dir(geodata_option);
    view.time_mode = plan.cumulative ? TimeMode::cumulative : TimeMode::window;
    view.series_fade = options.crossfade * plan.step;  // N frames of map time
    const size_t frames = animation_frame_count(plan);
    LoadResult loaded;
    const EventStore* first = nullptr;  // what the renderer starts from
    bool placement_problems = false;
    // A PostGIS table: each frame's window is fetched, never the table (server_frames.h).
    std::unique_ptr<ServerFrames> server;
    std::optional<GeoBox> table_box;
    if (is_database_uri(file)) {
        if (!open_server_table(file, table_box)) return kExitBadInput;
        // The camera fits the table's placed events and stays there.
        server = animation_frames(
            file, view, plan, table_box,
            ServerFramesOptions{source, geodata, {.keep_coordinates = view_options.keep_coordinates}, view_options.lang});
        try {
            first = &*server->frame(0).content.rows.store;  // with the table's title, categories, language
        } catch (const FrameSourceError& e) {
            std::cerr << kRenderCommand << ": " << e.what() << "\n";
            return kExitServerLost;
        }
    }
    // A file's events are read and placed on a second thread while this one starts EGL and
    // llvmpipe: the two take ~0.3 s each at the bench's 100 k events (docs/PERFORMANCE.md).
    std::future<void> loading;
    if (!server)
        loading = std::async(std::launch::async, [&] {
            loaded = load_and_report(file, source);
            if (!loaded.store) return;
            placement_problems =
                place_and_report(*loaded.store, geodata, file, {.keep_coordinates = view_options.keep_coordinates})
                    .has_problems();
            apply_display_language(*loaded.store, view_options.lang);
        });
    std::unique_ptr<RenderTarget> target;
    std::string no_graphics;
    try {
        target = create_headless_target(settings.width, settings.height);
    } catch (const NoGraphicsError& e) {
        no_graphics = e.what();
    }
    if (loading.valid()) {
        loading.get();  // rethrows what the loading thread threw, as if it had run here
        if (!loaded.store) return exit_code_for(loaded);  // the file's errors come first
        first = &*loaded.store;
    }
    if (!target) {
        std::cerr << kRenderCommand << ": no graphics: " << no_graphics << "\n";
        return kExitNoGraphics;
    }
    DateLanguage language = display_language(*first);
    MapRenderer renderer(*first, geodata);
    auto stamp = std::make_unique<CaptionLayer>(*first, renderer.font_atlas());
    CaptionLayer* date = stamp.get();
    renderer.add_layer(std::move(stamp));
    // The camera stays where the first frame puts it (a fit on all the events), so the map
    // does not jump as events come and go.
    if (!server) view = camera::pinned(view, renderer.map_view(view));
    renderer.set_camera_pinned(true);
    RecordingStats stats;
    int code = record_frames(
        kRenderCommand, output, settings, frames, *target, renderer,
        [&](size_t k) -> const ViewState& {
            if (server) server->show(k, renderer, table_box, date);
            view.time = animation_window(plan, k);
            date->set_content({animation_date_label(plan, k, language), "", 0, 0, false});
            return view;
        },
        stats);
    if (server) placement_problems = server->report_placement(std::cerr);
    if (code != kExitOk) return code;
    std::cout << "wrote " << output << " (" << video_format_name(settings.format) << ", "
              << settings.width << "x" << settings.height << ", " << counted(frames, "frame", "frames") << " at "
              << settings.fps << " fps)\n";
    if (verbose)
        std::cerr << kRenderCommand << ": " << target->description() << "; " << stats.describe()
                  << (server ? "; " + server->describe_fetching() : "") << "\n";
    int loaded_code = server ? kExitOk : exit_code_for(loaded);  // a table holds only good rows
    return loaded_code != kExitOk ? loaded_code : (placement_problems ? kExitProblems : kExitOk);
}

}  // namespace chronomap::cli
