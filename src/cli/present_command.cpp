// `chronomap present STORY.json [--export DIR|OUT.mp4|OUT.webm|OUT.gif]`: a story deck in a
// window (full-screen by default), or exported headless as PNG slides or a video.
#include <iostream>

#include "cli/import_postgis.h"
#include "cli/interrupt.h"
#include "cli/render_server.h"
#include "cli/present.h"
#include "cli/subcommands.h"
#include "cli/web_page.h"
#include "cli/web_story_export.h"
#include "core/io/geodata_paths.h"
#include "core/i18n/language.h"
#include "core/sources/event_source.h"
#include "core/sources/source_uri.h"
#include "core/story/story_reader.h"
#include "video/video_writer.h"

namespace chronomap::cli {

std::string apply_overlays(const PresentOptions& options, Story& story) {
    std::vector<UserLayerSpec> overlays;
    for (const std::string& text : options.overlays) {
        auto overlay = parse_user_layer_argument(text);
        if (!overlay) return "--overlay " + text + ": " + overlay.error + " (see docs/overlays.md)";
        overlays.push_back(std::move(*overlay.value));
    }
    for (Slide& slide : story.slides)
        slide.view.overlays.insert(slide.view.overlays.end(), overlays.begin(), overlays.end());
    return "";
}

std::string apply_size(const PresentOptions& options, Story& story, bool same_size_for_all) {
    if (std::string error = apply_overlays(options, story); !error.empty()) return error;
    std::optional<std::pair<int, int>> size;
    if (!options.size.empty()) {
        auto parsed = parse_image_size(options.size);
        if (!parsed) return "--size: " + parsed.error;
        size = *parsed.value;
    } else if (same_size_for_all) {
        size = std::pair{story.slides.front().view.width, story.slides.front().view.height};
    }
    std::optional<double> scale;
    if (!options.scale.empty()) {
        try {
            size_t used = 0;
            double s = std::stod(options.scale, &used);
            if (used != options.scale.size() || !(s >= 0.25 && s <= 8))
                throw std::invalid_argument("range");
            scale = s;
        } catch (const std::exception&) {
            return "--scale: \"" + options.scale +
                   "\" is not a scale; write a number from 0.25 to 8, e.g. 2";
        }
    }
    for (Slide& slide : story.slides) {
        if (size) slide.view.width = size->first, slide.view.height = size->second;
        if (scale) slide.view.pixel_scale = *scale;
    }
    return "";
}

int present_exit_code(const LoadedStory& loaded) {
    if (loaded.from_server) return loaded.server_placement_problems ? kExitProblems : kExitOk;
    int code = exit_code_for(loaded.events);
    return code != kExitOk ? code : (loaded.placement.to_geocode > 0 ? kExitProblems : kExitOk);
}

namespace {

int export_deck(const PresentOptions& options, LoadedStory& loaded);

// `present 'postgresql://...?table=T&story=NAME'`: the deck saved in the table's workspace
// (the explorer's Story tab), its events the table's.
StoryLoadResult load_shared_story(const std::string& uri) {
    StoryLoadResult read;
    std::string shown = redact_password(uri);
    try {
        std::unique_ptr<SharedWorkspace> workspace = make_event_source(uri)->workspace();
        if (!workspace) throw std::runtime_error("this source keeps no story decks");
        std::optional<SharedDeck> deck = workspace->load_deck(workspace->deck_name());
        if (!deck) {
            std::string names;
            for (const std::string& name : workspace->deck_names()) names += (names.empty() ? "" : ", ") + ("\"" + name + "\"");
            read.diagnostics.push_back({Severity::error, shown, 0, 0, "",
                                        "there is no story deck \"" + workspace->deck_name() + "\" in " + workspace->where(),
                                        names.empty() ? "save one from the explorer's Story tab (chronomap view URI)"
                                                      : "decks there: " + names + "; name one with ?story=NAME"});
            return read;
        }
        read = parse_story_text(deck->text, shown + " (deck " + deck->name + ")", std::filesystem::current_path());
        read.events_path = uri;  // the deck's events are the table's
    } catch (const std::exception& e) {
        read.diagnostics.push_back({Severity::error, shown, 0, 0, "", e.what(), ""});
    }
    return read;
}

int run_present(const PresentOptions& options) {
    bool shared = !uri_scheme(options.story).empty();
    StoryLoadResult read = shared ? load_shared_story(options.story) : load_story_file(options.story);
    print_diagnostics(read.diagnostics, std::cerr);
    if (!read.story) {
        std::cerr << "chronomap present: " << redact_password(options.story) << " cannot be shown (see above)\n";
        return kExitBadInput;
    }
    LoadedStory loaded;
    loaded.story = std::move(*read.story);
    loaded.story_path = options.story;
    loaded.events_path = read.events_path;
    if (options.start < 1 || options.start > static_cast<int>(loaded.story.slides.size())) {
        std::cerr << "chronomap present: --start " << options.start
                  << ": the story has slides 1 to " << loaded.story.slides.size() << "\n";
        return kExitUsage;
    }
    // The window, PNG slides, videos and web pages of a table fetch each slide's window
    // (present_window.cpp, present_export.cpp, web_story_export.cpp), never the table.
    const bool web = is_web_page_path(options.export_to) || options.web;
    if (is_database_uri(loaded.events_path.string())) {
        if (!open_server_table(loaded.events_path.string(), loaded.table_box)) return kExitBadInput;
        loaded.from_server = true;
        loaded.geodata = geodata_dir(options.geodata);
        if (options.export_to.empty()) return present_in_window(options, loaded);
        return web ? export_story_web_page(options, loaded) : export_deck(options, loaded);
    }
    loaded.events = load_and_report(loaded.events_path.string(), {});
    if (!loaded.events.store) {
        std::cerr << "chronomap present: the story's event file " << redact_password(loaded.events_path.string())
                  << " cannot be read (\"events\" in " << redact_password(options.story) << ")\n";
        return exit_code_for(loaded.events);
    }
    loaded.geodata = geodata_dir(options.geodata);
    loaded.placement =
        place_and_report(*loaded.events.store, loaded.geodata, loaded.events_path.string());
    apply_display_language(*loaded.events.store, options.lang);
    // Selected ids that are not in the event file are a typo in the deck: say which.
    for (size_t i = 0; i < loaded.story.slides.size(); ++i)
        for (const std::string& id : loaded.story.slides[i].view.selection) {
            bool found = false;
            const EventStore& store = *loaded.events.store;
            for (size_t e = 0; e < store.size() && !found; ++e) found = store.id(e) == id;
            if (!found)
                std::cerr << redact_password(options.story) << ": warning: slide " << i + 1 << " selects \"" << id
                          << "\", which is not in " << loaded.events_path.filename().string()
                          << "\n";
        }
    if (options.export_to.empty()) return present_in_window(options, loaded);
    if (web) return export_story_web_page(options, loaded);
    return export_deck(options, loaded);
}

// --export DIR/ (PNG slides) or a video.
int export_deck(const PresentOptions& options, LoadedStory& loaded) {
    Parsed<VideoFormat> format = video_format_for(options.export_to);
    if (!format && !std::filesystem::path(options.export_to).has_extension())
        format = {VideoFormat::png_folder, {}};
    if (!format) {
        std::cerr << "chronomap present: --export " << format.error << "; a web page ends in .html\n";
        return kExitUsage;
    }
    install_interrupt_handler();
    if (*format.value == VideoFormat::png_folder) return export_slide_images(options, loaded);
    return export_story_video(options, loaded);
}

}  // namespace

Subcommand add_present_command(Command app) {
    auto options = std::make_shared<PresentOptions>();
    Command command = app.add_subcommand(
        "present",
        "Present a story deck full-screen, or export it as PNG slides or a video (--export).");
    command.add_option("STORY", options->story, "Story deck (JSON, see docs/story-format.md)")
        .required();
    command.add_option("--export", options->export_to,
                        "Write the deck headless instead: a folder DIR for slide-01.png ..., "
                        "OUT.mp4, OUT.webm, OUT.gif for a video, or OUT.html for a web page");
    command.add_flag("--web", options->web,
                      "With --export DIR/: a web page folder (DIR/index.html and its images as files) "
                      "instead of PNG slides");
    command.add_option("--size", options->size,
                        "Slide size in logical pixels, WIDTHxHEIGHT (default: each slide's own)");
    command.add_option("--scale", options->scale,
                        "Device pixels per logical pixel for exports, e.g. 2");
    command.add_option("--fps", options->fps, "Frames per second of a video export (default 30)")
        .in_range(1, 120);
    command
        .add_option("--monitor", options->monitor, "Full-screen on this monitor (0: the primary)")
        .non_negative();
    add_language_option(command, options->lang);
    command.add_flag("--windowed", options->windowed, "Show in a window instead of full-screen");
    command.add_flag("--auto", options->auto_advance, "Advance by each slide's duration");
    command.add_option("--start", options->start, "Start at this slide (1-based)");
    command.add_option("--overlay", options->overlays,
                        "Your own layer on every slide (GeoPackage, Shapefile, GeoJSON, .osm.pbf, GeoTIFF, DEM, "
                        "MBTiles), repeatable; FILE:color=#888,width=1.5 (docs/overlays.md)")
        .one_value_per_use();
    command.add_option("--screenshot", options->screenshot,
                        "Save the window to this PNG after --frames frames, then quit");
    command
        .add_option("--frames", options->frames, "Frames to draw before --screenshot (default 3)")
        .in_range(1, 100000);
    command.add_option("--geodata", options->geodata,
                        "Folder with the basemap (default: found next to chronomap)");
    command.add_flag("-v,--verbose", options->verbose,
                      "Say which OpenGL was used and how long rendering and encoding took");
    return {command, [options] { return run_present(*options); }};
}

}  // namespace chronomap::cli
