// `chronomap render postgresql://... -o still.png`: only the still's window is fetched, as the
// explorer does (docs/postgis.md): the rows of its time window when there are few enough to
// draw as markers, else the server's density grid of its (widened) map box; the camera fits
// the whole table's placed events, as it fits a file's.
#pragma once

#include <optional>
#include <string>

#include "core/map/view_state.h"
#include "core/sources/event_source.h"

namespace chronomap::cli {

struct ServerStill {
    LoadResult loaded;                // the window's rows (or none: the grid), diagnostics printed
    std::optional<DensityGrid> grid;  // above the marker limit
    std::optional<GeoBox> events_box; // the table's placed events, for the camera
    std::int64_t window_events = 0;   // on the server
};

ServerStill load_server_still(const std::string& uri, const SourceOptions& options, const ViewState& view);

}  // namespace chronomap::cli
