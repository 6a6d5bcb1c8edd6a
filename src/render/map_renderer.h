// Draws a ViewState of an EventStore: the one drawing path behind the window, the
// explorer, PNG and GeoTIFF export, presentation slides and video frames.
//
// The caller owns the frame: it binds a framebuffer (RenderTarget::begin_frame), calls
// draw() for the map's viewport, draws anything else (Dear ImGui panels), then finishes the
// frame (RenderTarget::end_frame swaps or resolves). draw() restores the GL state it changes.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/events/event_filter.h"
#include "core/events/event_store.h"
#include "core/sources/event_source.h"
#include "core/map/view_state.h"
#include "render/layer.h"
#include "render/render_target.h"

namespace chronomap {

class FontAtlas;
class UserLayerSet;
class VectorRecord;

struct FrameStats {
    size_t events_drawn = 0;  // sent to the GPU (the shader then tests each exactly)
    size_t labels_placed = 0;
    bool dense = false;  // drawn as a density map
    std::vector<size_t> shown_counts;         // shown events per category
    std::vector<size_t> counts_any_category;  // the same, whatever the category filter
    std::vector<size_t> in_view_counts;       // the legend's: shown, in the extent and the window
    size_t earlier_in_view = 0;               // cumulative: in the extent, before the window
    std::vector<std::string> label_texts;       // the event labels drawn ("Palmyre (2)")
    std::vector<std::string> place_name_texts;  // the basemap's names drawn
};

// Where the map goes in the bound framebuffer: device pixels, bottom-left origin (GL's).
struct MapViewport {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const MapViewport&) const = default;
};

class MapRenderer {
public:
    // Needs a current GL context (create the target first). The store must outlive the
    // renderer; its events are uploaded once, here. Layers, bottom to top: basemap, events,
    // labels, overlays (title, legend, scale, attribution).
    MapRenderer(const EventStore& store, const std::filesystem::path& geodata);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // The camera this state resolves to for this store (fit modes use the events' extent).
    MapView map_view(const ViewState& view) const;
    // Runs every layer's prepare() (counts, layout; no drawing) for this view: the explorer's
    // panels then read the counts of the frame about to be drawn, not the last one's. Calling
    // it again with the same view and viewport does nothing.
    const FrameStats& prepare(const ViewState& view, const MapViewport& viewport);
    // Draws the map into `viewport` of the bound framebuffer; the viewport's size wins over
    // the view's (a resized window). Uses what prepare() did for the same view and viewport,
    // or prepares first. With `record`, the layers also record what they draw there as
    // vectors (SVG, PDF).
    FrameStats draw(const ViewState& view, const MapViewport& viewport, VectorRecord* record = nullptr);
    // Event positions changed after loading (a place chosen in the review): upload again.
    void positions_changed();
    // Draws another store from now on (a server-backed source's next window), keeping the
    // basemap, place names and fonts. The store must outlive the renderer or the next
    // replace. `events_box`: what fit_events fits (the whole table's box, so the camera
    // stays put from one window to the next); nullopt: the store's own. An empty window
    // says so on the map, as a file's does (OverlayLayer::set_window_of_source).
    void replace_store(const EventStore& store, std::optional<GeoBox> events_box = std::nullopt);
    // A density grid counted by a server, drawn above the markers (nullopt: none).
    void set_density_grid(std::optional<DensityGrid> grid);
    // Video export: reuse the long events' markers from frame to frame while they do not
    // change (EventLayer::set_reuse_long_markers). Off by default.
    void set_reuse_long_markers(bool reuse);
    size_t long_markers_reused() const;  // frames that did so, since the renderer was made
    // The camera will not move (a video's pinned camera): the basemap uploads only the shapes
    // that it shows, not a margin around them to pan into. Off by default.
    void set_camera_pinned(bool pinned);
    // Adds a layer on top of the others (a hover highlight, a story callout).
    void add_layer(std::unique_ptr<Layer> layer);
    FontAtlas& font_atlas() { return *atlas_; }
    // The user's overlays (ViewState::overlays): their load status for panels and messages.
    UserLayerSet& user_layers() { return *user_layers_; }
    // What the last prepare() or draw() found (counts per category ...): panels read it
    // instead of counting the window's events again.
    const FrameStats& last_stats() const { return last_stats_; }
    // The view's content filter as drawn (one byte per store index; nullptr: no filter).
    // Computed once per filter change and shared with the timeline and picking.
    const std::vector<std::uint8_t>* filter_mask(const ViewState& view) { return filter_.update(*store_, view.filter); }
    std::uint64_t filter_generation() const { return filter_.generation(); }

private:
    const EventStore* store_;
    std::filesystem::path geodata_;
    std::optional<GeoBox> events_box_;
    std::unique_ptr<FontAtlas> atlas_;
    std::unique_ptr<UserLayerSet> user_layers_;
    FilterMask filter_;
    bool reuse_long_markers_ = false;
    FrameStats last_stats_;
    std::vector<std::unique_ptr<Layer>> layers_;
    // The frame prepare() made, waiting for draw(): what it was made for, and what the layers
    // shared while preparing it.
    struct Prepared {
        ViewState view;
        MapViewport viewport;
        FrameShared shared;
    };
    std::optional<Prepared> prepared_;
};

// One whole frame into a target: begin_frame, the map over the whole target, end_frame.
// The export path (PNG, GeoTIFF, slides, video frames).
FrameStats render_frame(MapRenderer& renderer, const ViewState& view, RenderTarget& target,
                        VectorRecord* record = nullptr);

}  // namespace chronomap
