#include "cli/render_server.h"

#include <algorithm>
#include <iostream>

#include "cli/cli_common.h"
#include "core/sources/frame_windows.h"
#include "core/map/web_mercator.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"

namespace chronomap::cli {

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

bool open_server_table(const std::string& uri, std::optional<GeoBox>& events_box) {
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(uri);
    const std::string table = parsed.table.empty() ? postgis::kDefaultTable : parsed.table;
    try {
        postgis::PgConnection db(parsed.connection);
        postgis::check_events_table(db, table);
        events_box = postgis::placed_box(db, table);
        return true;
    } catch (const postgis::PgError& e) {
        print_diagnostics({Diagnostic{Severity::error, postgis::redact_password(uri), 0, 0, "", e.what(), e.hint}},
                          std::cerr);
        return false;
    }
}

std::optional<std::vector<size_t>> server_step_counts(const std::string& uri, const AnimationPlan& plan, size_t frames,
                                                      const ViewState& view, const std::vector<Category>& categories) {
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(uri);
    const std::string table = parsed.table.empty() ? postgis::kDefaultTable : parsed.table;
    std::vector<size_t> counts(frames, 0);
    try {
        postgis::PgConnection db(parsed.connection);
        for (const auto& [key, of_category] : postgis::step_counts(db, table, plan.from, plan.step, frames)) {
            // The store's index of the category (events without one, or of a key the table's
            // metadata lacks, are "Other", which a window's store appends after its categories).
            size_t c = categories.size();
            for (size_t i = 0; i < categories.size(); ++i)
                if (categories[i].key == key) c = i;
            if (!view.category_shown(c)) continue;
            for (size_t k = 0; k < frames; ++k) counts[k] += static_cast<size_t>(of_category[k]);
        }
        return counts;
    } catch (const postgis::PgError& e) {
        print_diagnostics({Diagnostic{Severity::error, postgis::redact_password(uri), 0, 0, "", e.what(), e.hint}},
                          std::cerr);
        return std::nullopt;
    }
}

ServerStill load_server_still(const std::string& uri, const SourceOptions& options, const ViewState& view) {
    ServerStill still;
    if (!open_server_table(uri, still.events_box)) return still;
    // The explorer's rule (load_view_window): the window's rows anywhere (events without
    // coordinates are geocoded here, as from the file), the grid of the still's box when too many.
    std::unique_ptr<EventSource> source = postgis::make_postgis_source(uri, options);
    WindowContent content = load_view_window(*source, still_query(view, still.events_box));
    still.loaded = std::move(content.rows);
    still.grid = std::move(content.grid);
    still.window_events = content.server_count;
    print_diagnostics(still.loaded.diagnostics, std::cerr);
    return still;
}

}  // namespace chronomap::cli
