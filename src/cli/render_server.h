// `chronomap render postgresql://... -o still.png`: only the still's window is fetched, as the
// explorer does (docs/postgis.md): the rows of its time window when there are few enough to
// draw as markers, else the server's density grid of its (widened) map box; the camera fits
// the whole table's placed events, as it fits a file's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/map/view_state.h"
#include "core/timeline/animation.h"
#include "core/sources/event_source.h"

namespace chronomap::cli {

struct ServerStill {
    LoadResult loaded;                // the window's rows (or none: the grid), diagnostics printed
    std::optional<DensityGrid> grid;  // above the marker limit
    std::optional<GeoBox> events_box; // the table's placed events, for the camera
    std::int64_t window_events = 0;   // on the server
};

// The view's time window (everything before its end in cumulative mode) and its map box
// widened by a quarter on each side (so that markers and labels of events just outside are
// drawn, and a grid counts them); no box when the map shows most of the world.
SourceQuery still_query(const ViewState& view, const std::optional<GeoBox>& events_box);

// Checks that the URI names a chronomap table and reads its placed events' box (what the
// camera fits). False, the error printed, when the server or the table cannot be used.
bool open_server_table(const std::string& uri, std::optional<GeoBox>& events_box);

// Events starting in each of the animation's `frames` steps, of the categories `view` shows
// (`categories`: the table's, as its windows read them), counted by the server: a web map's
// timeline. Nullopt, the error printed, when the server cannot be asked.
std::optional<std::vector<size_t>> server_step_counts(const std::string& uri, const AnimationPlan& plan, size_t frames,
                                                      const ViewState& view, const std::vector<Category>& categories);

ServerStill load_server_still(const std::string& uri, const SourceOptions& options, const ViewState& view);

}  // namespace chronomap::cli
