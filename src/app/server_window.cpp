// The explorer on a server-backed source (PostGIS): each frame, the window the view shows is
// compared with the one last asked for; a new time window, or a camera that left the asked
// box (or zoomed well into a density grid), asks the worker for the new one. The newest
// answer replaces the store and the grid the map draws; until it comes, the map keeps
// showing the last one. A server that went away is said in the status bar, and the next
// window change connects again (the source does).
#include <algorithm>

#include "app/panels.h"
#include "core/events/shown_rule.h"
#include "render/map_renderer.h"

namespace chronomap {
namespace {

// The time part of what the map shows, as a server query.
SourceQuery time_query(const ViewState& view) {
    ShownRule rule = shown_rule(view);
    SourceQuery q;
    if (rule.from != kNoTimeBefore) q.start = rule.from;
    if (rule.until != kNoTimeAfter) q.end = rule.until;
    return q;
}

// The map's visible box, and a box half its size larger on each side (asked for, so that
// small pans stay inside it). No box when the map shows most of the world.
struct Boxes {
    GeoBox visible;
    std::optional<GeoBox> asked;
};
Boxes map_boxes(const ExplorerState& state) {
    MapView map = shown_map(state);
    LonLat nw = map.pixel_to_lonlat({0, 0}), se = map.pixel_to_lonlat({double(map.width), double(map.height)});
    Boxes b{{nw.lon, se.lat, se.lon, nw.lat}, std::nullopt};
    double width = se.lon - nw.lon, height = nw.lat - se.lat;
    if (width >= 180 || width <= 0) return b;
    b.asked = GeoBox{std::max(-180.0, nw.lon - width / 2), std::max(-90.0, se.lat - height / 2),
                     std::min(180.0, se.lon + width / 2), std::min(90.0, nw.lat + height / 2)};
    return b;
}

bool inside(const GeoBox& inner, const SourceQuery& q) {
    if (!q.has_box) return true;
    return inner.west >= q.west && inner.east <= q.east && inner.south >= q.south && inner.north <= q.north;
}

void show_answer(ExplorerState& state, WindowAnswer& answer) {
    LoadedFile& f = state.file;
    ServerWindow& server = *f.server;
    LoadResult& rows = answer.content.rows;
    if (!rows.store) {  // the server went away, a query failed: keep the map as it is
        const Diagnostic* d = rows.diagnostics.empty() ? nullptr : &rows.diagnostics.front();
        server.error = d ? d->message + (d->hint.empty() ? "" : " (" + d->hint + ")") : "no answer";
        server.shown_request = answer.request;
        return;
    }
    auto store = std::make_unique<EventStore>(std::move(*rows.store));
    // The renderer moves to the new store before the old one is freed.
    server.dense = answer.content.grid.has_value();
    // The grid counts every event of its box: the window's exact count, past the limit.
    std::int64_t count = answer.content.server_count;
    if (server.dense) {
        count = 0;
        for (const DensityGrid::Cell& c : answer.content.grid->cells) count += c.events;
    }
    f.renderer->replace_store(*store, server.table_extent);
    f.renderer->set_density_grid(std::move(answer.content.grid));
    f.store = std::move(store);
    f.placement = {};
    for (size_t i = 0; i < f.store->size(); ++i) f.placement.placed += f.store->is_placed(i) ? 1 : 0;
    // Store indices of the old window mean nothing in the new one.
    state.map.hovered.clear(), state.map.selected.clear(), state.map.indexed_selection.clear();
    state.details.context_for = nullptr;
    server.window_count = count;
    server.error.clear();
    server.shown_request = answer.request;
    server.last_answer_ms = answer.milliseconds;
}

}  // namespace

void sync_server_window(ExplorerState& state) {
    if (!state.file.server || !state.file.usable()) return;
    ServerWindow& server = *state.file.server;
    if (std::optional<WindowAnswer> answer = server.loader->take()) show_answer(state, *answer);
    if (state.map.panning) return;  // asked when the camera rests
    SourceQuery wanted = time_query(state.view);
    Boxes boxes = map_boxes(state);
    const SourceQuery& asked = server.asked;
    bool time_changed = !server.has_asked || wanted.start != asked.start || wanted.end != asked.end;
    bool left_box = server.has_asked && !inside(boxes.visible, asked);
    // A grid over a box four times wider than the map is too coarse: ask for a finer one.
    double asked_width = asked.has_box ? asked.east - asked.west : 360;
    bool zoomed_into_grid = server.dense && boxes.asked && (boxes.visible.east - boxes.visible.west) * 4 < asked_width;
    // After an error, the next window change asks again (and the source connects again).
    if (!time_changed && !left_box && !zoomed_into_grid) return;
    if (boxes.asked) {
        wanted.has_box = true;
        wanted.west = boxes.asked->west, wanted.south = boxes.asked->south;
        wanted.east = boxes.asked->east, wanted.north = boxes.asked->north;
    }
    server.asked = wanted;
    server.has_asked = true;
    server.asked_request = server.loader->request(wanted);
    server.error.clear();
}

}  // namespace chronomap
