#include "cli/web_map_export.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "cli/frame_recorder.h"
#include "cli/import_postgis.h"
#include "cli/render_server.h"
#include "cli/server_frames.h"
#include "cli/web_map_events.h"
#include "core/text/counted.h"
#include "cli/interrupt.h"
#include "cli/progress_bar.h"
#include "cli/web_folder.h"
#include "cli/web_page.h"
#include "core/io/atomic_file.h"
#include "core/camera/camera_controller.h"
#include "core/io/geodata_paths.h"
#include "core/i18n/language.h"
#include "core/i18n/ui_words.h"
#include "core/timeline/animation.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
#include "web/map_css.h"
#include "web/map_html.h"
#include "web/map_js.h"

namespace chronomap::cli {
namespace {

// Lossy WebP at 75: a 1280x720 map frame is tens of KB, labels stay readable (docs/PERFORMANCE.md).
constexpr float kFrameQuality = 75;
// A table's page holds the tooltips of at most this many events (about 13 MB of the page; a
// year by day from a file holds 106 k events): each frame's window is at most 20 000 rows, but
// their union grows with the animation's length and the table's density.
constexpr size_t kTooltipBudget = 100000;

// Events per step, as the explorer's histogram counts them: the shown events starting in it.
std::vector<size_t> step_counts(const EventStore& store, const ViewState& view,
                                const std::vector<std::uint8_t>* mask, const AnimationPlan& plan, size_t frames) {
    std::vector<size_t> counts(frames, 0);
    for (size_t k = 0; k < frames; ++k) {
        UnixSeconds t0 = plan.from + static_cast<UnixSeconds>(k) * plan.step;
        auto [first, last] = store.starting_in(t0, t0 + plan.step);
        for (size_t i = first; i < last; ++i)
            if (view.category_shown(store.category()[i]) && (!mask || (*mask)[i])) ++counts[k];
    }
    return counts;
}

}  // namespace

int export_map_web_page(const std::string& file, const std::string& output_text, const std::string& geodata_option,
                        const ViewOptions& view_options, const SourceOptions& source, const AnimateOptions& options,
                        bool verbose) {
    install_interrupt_handler();
    std::filesystem::path output = output_text;
    Parsed<TimeWindow> range = parse_time_window(options.range);
    if (!range) {
        std::cerr << kRenderCommand << ": --animate: " << range.error << "; write T0/T1, e.g. 2017-09-20/2017-10-06\n";
        return kExitUsage;
    }
    Parsed<UnixSeconds> step = parse_duration(options.step);
    if (!step) {
        std::cerr << kRenderCommand << ": --step: " << step.error << "\n";
        return kExitUsage;
    }
    AnimationPlan plan{range.value->start, range.value->end, *step.value, *step.value, options.cumulative};
    if (!options.window.empty()) {
        Parsed<UnixSeconds> window = parse_duration(options.window);
        if (!window) {
            std::cerr << kRenderCommand << ": --window: " << window.error << "\n";
            return kExitUsage;
        }
        plan.window = *window.value;
    }
    size_t frames = animation_frame_count(plan);
    constexpr size_t kMaxFrames = 5000;
    if (frames > kMaxFrames) {
        std::cerr << kRenderCommand << ": --animate " << options.range << " by " << options.step << " makes " << frames
                  << " frames; a web page holds at most " << kMaxFrames << " (use a longer --step)\n";
        return kExitUsage;
    }
    // A page column rather than the PNG's 1600x1000: smaller frames, the same map.
    ViewOptions page_options = view_options;
    if (page_options.size.empty() && page_options.state.empty()) page_options.size = "1280x800";
    Parsed<ViewState> parsed = view_state_from_options(page_options);
    if (!parsed) {
        std::cerr << kRenderCommand << ": " << parsed.error << "\n";
        return kExitUsage;
    }
    // The folder form: DIR/index.html with the frames as files (frames/0001.webp ...), which
    // the page loads near the scrub position instead of holding them all in its text.
    const bool as_folder = !is_web_page_path(output);
    if (as_folder && !names_a_folder(output.string()) && output.has_extension()) {
        std::cerr << kRenderCommand << ": -o " << output.string() << ": with --web, name a folder (DIR/) or a page (OUT.html)\n";
        return kExitUsage;
    }
    if (std::string error = as_folder ? WebFolder::check(output) : check_writable_target(output); !error.empty()) {
        std::cerr << kRenderCommand << ": -o " << output.string() << ": " << error << "\n";
        return kExitWriteFailed;
    }
    ViewState view = *parsed.value;
    std::filesystem::path geodata = geodata_dir(geodata_option);
    // From a file: all its events. From a PostGIS table: each frame's window, fetched as a
    // video's are (server_frames.h), never the table.
    LoadResult loaded;
    PlacementReport placement;
    std::unique_ptr<ServerFrames> server;
    std::optional<GeoBox> table_box;
    const EventStore* first = nullptr;  // what the renderer starts from
    if (is_database_uri(file)) {
        if (!open_server_table(file, table_box)) return kExitBadInput;
        // As for a video from a table: the camera fits the table's placed events and stays there.
        view.time_mode = plan.cumulative ? TimeMode::cumulative : TimeMode::window;
        server = animation_frames(
            file, view, plan, table_box,
            ServerFramesOptions{source, geodata, {.keep_coordinates = view_options.keep_coordinates}, view_options.lang});
        try {
            first = &*server->frame(0).content.rows.store;  // with the table's title, categories, language
        } catch (const FrameSourceError& e) {
            std::cerr << kRenderCommand << ": " << e.what() << "; " << output.string() << " was not written\n";
            return kExitServerLost;
        }
    } else {
        loaded = load_and_report(file, source);
        if (!loaded.store) return exit_code_for(loaded);
        placement = place_and_report(*loaded.store, geodata, file, {.keep_coordinates = view_options.keep_coordinates});
        apply_display_language(*loaded.store, view_options.lang);
        first = &*loaded.store;
    }
    DateLanguage language = display_language(*first);
    // A table's first window is freed once later frames are drawn: its title is kept here.
    const std::string title_of_events = first->title_of_file();
    auto begin = std::chrono::steady_clock::now();
    MapView device_map = resolve_map_view(view, std::nullopt);
    std::unique_ptr<RenderTarget> target;
    std::unique_ptr<MapRenderer> renderer;
    try {
        target = create_headless_target(device_map.device_width(), device_map.device_height());
        renderer = std::make_unique<MapRenderer>(*first, geodata);
    } catch (const NoGraphicsError& e) {
        std::cerr << kRenderCommand << ": no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    // As for a video: the camera stays where the first frame puts it.
    if (!server) view = camera::pinned(view, renderer->map_view(view));
    view.time_mode = plan.cumulative ? TimeMode::cumulative : TimeMode::window;
    view.time = animation_window(plan, 0);
    MapView map = renderer->map_view(view);
    // A table's tooltips come window by window, up to a budget (web_map_events.h).
    WebMapEvents events(map, plan, language, server ? kTooltipBudget : std::numeric_limits<size_t>::max());
    std::vector<size_t> histogram;
    if (server) {
        std::optional<std::vector<size_t>> counts = server_step_counts(file, plan, frames, view, first->categories());
        if (!counts) {
            std::cerr << kRenderCommand << ": " << output.string() << " was not written\n";
            return kExitServerLost;
        }
        histogram = std::move(*counts);
    } else {
        const std::vector<std::uint8_t>* mask = renderer->filter_mask(view);
        events.add(*first, view, mask, false);
        histogram = step_counts(*first, view, mask, plan, frames);
    }

    std::unique_ptr<WebFolder> folder;
    try {
        if (as_folder) folder = std::make_unique<WebFolder>(output);
    } catch (const WriteError& e) {
        std::cerr << kRenderCommand << ": " << e.what() << "\n";
        return kExitWriteFailed;
    }
    nlohmann::json frame_list = nlohmann::json::array();
    std::string images = "[";
    size_t image_bytes = 0, grid_frames = 0, past_budget = 0;
    double encode_seconds = 0;
    bool tips = true;  // the frame's events are in the page (a table's window may be a grid, or past the budget)
    ProgressBar progress(folder ? folder->target().filename().string() : output.filename().string(), frames);
    for (size_t k = 0; k < frames; ++k) {
        if (interrupted()) {
            std::cerr << "\n" << kRenderCommand << ": interrupted; " << output.string() << " was not written\n";
            return kExitInterrupted;
        }
        TimeWindow window = animation_window(plan, k);
        view.time = window;
        if (server) {
            try {
                server->show(k, *renderer, table_box, nullptr);
                const FrameWindow& fetched = server->frame(k);
                if (fetched.first == k)  // a window's rows go into the page once, with its first frame
                    tips = !fetched.content.grid &&
                           events.add(*fetched.content.rows.store, view, renderer->filter_mask(view), true);
                if (fetched.content.grid) ++grid_frames;
                else if (!tips) ++past_budget;
            } catch (const FrameSourceError& e) {
                std::cerr << "\n" << kRenderCommand << ": " << e.what() << "; " << output.string() << " was not written\n";
                return kExitServerLost;
            }
        }
        render_frame(*renderer, view, *target);
        auto encode_begin = std::chrono::steady_clock::now();
        try {
            std::string webp = encode_webp(target->read_pixels(), kFrameQuality);
            image_bytes += webp.size();
            std::string frame_src;
            if (folder) {
                char name[40];
                std::snprintf(name, sizeof name, "frames/%04zu.webp", k + 1);
                folder->write(name, webp);
                frame_src = name;
            } else {
                frame_src = data_uri(webp, "image/webp");
            }
            images += (k ? ",\n\"" : "\"") + frame_src + "\"";
        } catch (const std::runtime_error& e) {
            std::cerr << kRenderCommand << ": frame " << k + 1 << ": " << e.what() << "\n";
            return kExitWriteFailed;
        }
        encode_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - encode_begin).count();
        frame_list.push_back({{"start", window.start - plan.from},
                              {"end", window.end - plan.from},
                              {"label", animation_date_label(plan, k, language)},
                              {"window", format_window(window, language)},
                              {"count", histogram[k]}});
        if (!tips) frame_list.back()["tips"] = false;
        progress.update(k + 1);
    }
    progress.finish();
    images += "]";
    const size_t event_total = events.size();
    nlohmann::json data = {
        {"width", map.width},
        {"height", map.height},
        {"cumulative", plan.cumulative},
        {"fps", options.fps},
        {"frames", frame_list},
        {"events", events.take()},
        {"words",
         {{"play", word(UiWord::play, language)},
          {"pause", word(UiWord::pause, language)},
          {"events_in_step", word(UiWord::web_events_in_step, language)},
          {"event", event_count(1, language).substr(2)},
          {"events", event_count(2, language).substr(2)}}},
    };
    std::string title = title_of_events.empty() ? (folder ? folder->target().filename() : output.stem()).string()
                                                : title_of_events;
    if (!view.title.empty()) title = view.title;
    std::string code(language_code(language));
    std::string page = fill_template(web::k_map_html,
                                     {{"LANG", code.empty() ? "und" : code},
                                      {"TITLE", escape_html(title)},
                                      // The folder form's images are files beside the page; the single file's are data: URIs.
                                      {"IMG_SRC", folder ? "'self'" : "data:"},
                                      {"STYLE", web::k_map_css},
                                      {"SCRIPT", web::k_map_js},
                                      {"DATA", json_for_script(data)},
                                      {"FRAMES", images},
                                      {"WIDTH", std::to_string(map.width)},
                                      {"HEIGHT", std::to_string(map.height)},
                                      {"ASPECT", std::to_string(static_cast<double>(map.width) / map.height)},
                                      {"PLAY", escape_html(word(UiWord::play, language))},
                                      {"TIMELINE", escape_html(word(UiWord::web_timeline, language))},
                                      {"MADE_WITH", escape_html(word(UiWord::web_made_with, language))}});
    try {
        if (folder) {
            folder->write("index.html", page);
            folder->commit();
        } else {
            write_file_atomically(output, page);
        }
    } catch (const WriteError& e) {
        std::cerr << kRenderCommand << ": " << e.what() << "\n";
        return kExitWriteFailed;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::cout << "wrote " << (folder ? folder->target() / "index.html" : output).string() << " (web page, " << frames << " frames at " << device_map.device_width()
              << "x" << device_map.device_height() << " as WebP, " << event_total << " events, "
              << std::round(static_cast<double>(page.size() + (folder ? image_bytes : 0)) / (1024.0 * 1024.0) * 10) / 10
              << " MiB" << (folder ? " in the folder" : "") << ")\n";
    if (verbose)
        std::cerr << kRenderCommand << ": " << target->description() << "; " << seconds << " s in all, encoding WebP "
                  << encode_seconds << " s, frames " << image_bytes / std::max<size_t>(frames, 1) / 1024
                  << " KiB each on average\n";
    if (server) {
        // What the page shows of a table: each frame's window as the explorer would (docs/postgis.md).
        if (grid_frames)
            std::cerr << kRenderCommand << ": " << counted(grid_frames, "frame holds", "frames hold")
                      << " more than 20,000 events: drawn as the server's density grid, without tooltips\n";
        if (past_budget)
            std::cerr << kRenderCommand << ": " << counted(past_budget, "frame has", "frames have")
                      << " no tooltips: the page holds those of at most " << kTooltipBudget << " events\n";
        bool problems = server->report_placement(std::cerr);
        if (verbose) std::cerr << kRenderCommand << ": " << server->describe_fetching() << "\n";
        return problems ? kExitProblems : kExitOk;  // a table holds only good rows
    }
    int loaded_code = exit_code_for(loaded);
    return loaded_code != kExitOk ? loaded_code : (placement.has_problems() ? kExitProblems : kExitOk);
}

}  // namespace chronomap::cli
