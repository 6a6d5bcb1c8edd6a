// `chronomap present STORY.json`: shared between the window (present_window.cpp) and the
// exports (present_export.cpp); the command line is in present_command.cpp.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "core/story/story.h"

namespace chronomap::cli {

struct PresentOptions {
    std::string story, export_to, size, scale, geodata, screenshot;
    std::string lang;  // --lang fr|en
    int monitor = 0;
    bool windowed = false, auto_advance = false, verbose = false;
    bool web = false;  // --web: --export DIR/ is a web page folder, not PNG slides
    int frames = 0;  // with --screenshot: frames drawn before saving
    int start = 1;   // first slide shown (1-based)
    int fps = 30;
    std::vector<std::string> overlays;  // --overlay: added to every slide, over the deck's own
};

struct LoadedStory {
    Story story;
    std::filesystem::path story_path, events_path, geodata;
    LoadResult events;  // empty for a table exported by window (from_server)
    PlacementReport placement;
    // Events in a PostGIS table, exported as PNG slides or a video: each slide (each frame)
    // fetches its window (server_frames.h); the camera fits the table's placed events.
    bool from_server = false;
    std::optional<GeoBox> table_box;
    bool server_placement_problems = false;
};

// The slides' views with --size, --scale and --overlay applied (a video takes the first slide's size
// for all when --size is not given). Returns an error text, or "".
std::string apply_size(const PresentOptions& options, Story& story, bool same_size_for_all);
// --overlay on every slide (the window sizes its slides itself). Returns an error text, or "".
std::string apply_overlays(const PresentOptions& options, Story& story);

int export_slide_images(const PresentOptions& options, LoadedStory& loaded);
int export_story_video(const PresentOptions& options, LoadedStory& loaded);
int present_in_window(const PresentOptions& options, LoadedStory& loaded);

// kExitProblems when event names could not be placed (events without any place, such as
// statements, are fine on a slide), else what loading said.
int present_exit_code(const LoadedStory& loaded);

}  // namespace chronomap::cli
