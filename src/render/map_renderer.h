// Draws a ViewState of an EventStore into a RenderTarget: the one drawing path behind the
// window, PNG and GeoTIFF export, and (later) presentation slides.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "core/event_store.h"
#include "core/view_state.h"
#include "render/render_target.h"

namespace chronomap {

class BasemapLayer;
class EventLayer;
class LabelLayer;
class OverlayLayer;
class FontAtlas;
class TextBatch;
class ShapeBatch;

struct FrameStats {
    size_t events_drawn = 0;  // sent to the GPU (the shader then tests each exactly)
    size_t labels_placed = 0;
};

class MapRenderer {
public:
    // Needs the target's GL context current (create the target first). The store must
    // outlive the renderer; its events are uploaded once, here.
    MapRenderer(const EventStore& store, const std::filesystem::path& geodata);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // The camera this state resolves to for this store (fit modes use the events' extent).
    MapView map_view(const ViewState& view) const;
    // One frame: begin_frame, every layer, end_frame.
    FrameStats draw(const ViewState& view, RenderTarget& target);

private:
    const EventStore& store_;
    std::optional<GeoBox> events_box_;
    std::unique_ptr<FontAtlas> atlas_;
    std::unique_ptr<TextBatch> label_text_, overlay_text_;
    std::unique_ptr<ShapeBatch> shapes_;
    std::unique_ptr<BasemapLayer> basemap_;
    std::unique_ptr<EventLayer> events_;
    std::unique_ptr<LabelLayer> labels_;
    std::unique_ptr<OverlayLayer> overlays_;
};

}  // namespace chronomap
