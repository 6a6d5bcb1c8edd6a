#include "cli/render_server.h"

#include <algorithm>
#include <iostream>

#include "cli/cli_common.h"
#include "core/map/web_mercator.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"

namespace chronomap::cli {
namespace {

// The still's time window, and its map box widened by a quarter on each side (so that a grid
// counts the events just outside as well); no box when it shows most of the world.
SourceQuery still_query(const ViewState& view, const std::optional<GeoBox>& events_box) {
    SourceQuery q;
    if (!view.time.all) {
        q.end = view.time.end;
        if (view.time_mode == TimeMode::window) q.start = view.time.start;  // cumulative: all before
    }
    MapView map = resolve_map_view(view, events_box);
    LonLat nw = map.pixel_to_lonlat({0, 0}), se = map.pixel_to_lonlat({double(map.width), double(map.height)});
    double width = se.lon - nw.lon, height = nw.lat - se.lat;
    if (width >= 180 || width <= 0) return q;
    q.has_box = true;
    q.west = std::max(-180.0, nw.lon - width / 4), q.east = std::min(180.0, se.lon + width / 4);
    q.south = std::max(-90.0, se.lat - height / 4), q.north = std::min(90.0, nw.lat + height / 4);
    return q;
}

}  // namespace

ServerStill load_server_still(const std::string& uri, const SourceOptions& options, const ViewState& view) {
    ServerStill still;
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(uri);
    const std::string table = parsed.table.empty() ? postgis::kDefaultTable : parsed.table;
    try {
        postgis::PgConnection db(parsed.connection);
        postgis::check_events_table(db, table);
        still.events_box = postgis::placed_box(db, table);
    } catch (const postgis::PgError& e) {
        still.loaded.diagnostics.push_back(
            Diagnostic{Severity::error, postgis::redact_password(uri), 0, 0, "", e.what(), e.hint});
        print_diagnostics(still.loaded.diagnostics, std::cerr);
        return still;
    }
    // The window's rows anywhere first: events without coordinates have no point in any box but
    // are drawn where their place is found (geocoded here, as from the file). Too many: the
    // grid of the still's box.
    std::unique_ptr<EventSource> source = postgis::make_postgis_source(uri, options);
    SourceQuery boxed = still_query(view, still.events_box), anywhere = boxed;
    anywhere.has_box = false;
    WindowContent content = source->load_window_content(anywhere, {});
    if (content.grid && boxed.has_box) content = source->load_window_content(boxed, {});
    still.loaded = std::move(content.rows);
    still.grid = std::move(content.grid);
    still.window_events = content.server_count;
    print_diagnostics(still.loaded.diagnostics, std::cerr);
    return still;
}

}  // namespace chronomap::cli
