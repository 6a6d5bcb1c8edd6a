#include "render/map_renderer.h"

#include <epoxy/gl.h>

#include <numeric>

#include "core/window_summary.h"
#include "render/basemap_layer.h"
#include "render/event_layer.h"
#include "render/font_atlas.h"
#include "render/gl_check.h"
#include "render/label_layer.h"
#include "render/overlay_layer.h"
#include "render/shape_batch.h"
#include "render/text_batch.h"

namespace chronomap {

MapRenderer::MapRenderer(const EventStore& store, const std::filesystem::path& geodata)
    : store_(store),
      events_box_(placed_events_box(store)),
      atlas_(std::make_unique<FontAtlas>()),
      label_text_(std::make_unique<TextBatch>(*atlas_)),
      overlay_text_(std::make_unique<TextBatch>(*atlas_)),
      shapes_(std::make_unique<ShapeBatch>()),
      basemap_(std::make_unique<BasemapLayer>(geodata)),
      events_(std::make_unique<EventLayer>(store)),
      labels_(std::make_unique<LabelLayer>(store)),
      overlays_(std::make_unique<OverlayLayer>(store)) {}

MapRenderer::~MapRenderer() = default;

MapView MapRenderer::map_view(const ViewState& view) const { return resolve_map_view(view, events_box_); }

FrameStats MapRenderer::draw(const ViewState& view, RenderTarget& target) {
    target.begin_frame();
    MapView map = map_view(view);
    // The target may differ from the requested size (a resized window): it wins.
    map.width = static_cast<int>(std::lround(target.width() / view.pixel_scale));
    map.height = static_cast<int>(std::lround(target.height() / view.pixel_scale));
    const Palette& palette = palette_for(view.theme);
    FrameContext frame{view, map, palette, target.width(), target.height(), static_cast<float>(view.pixel_scale)};

    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_PROGRAM_POINT_SIZE);
    glEnable(GL_MULTISAMPLE);
    glClearColor(palette.water.r, palette.water.g, palette.water.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    CHRONOMAP_GL_CHECK("frame setup");

    FrameStats stats;
    if (view.layers.basemap) basemap_->draw(frame);
    bool dense = false;
    if (view.layers.events) {
        events_->draw(frame);
        stats.events_drawn = events_->last_draw_count();
        dense = events_->last_was_dense();
    }
    // One pass over the window's events, for the legend and to know whether to label.
    std::vector<size_t> counts = shown_counts_by_category(store_, view);
    size_t shown = std::accumulate(counts.begin(), counts.end(), size_t{0});
    // Overlays are laid out before labels so that labels keep clear of them.
    std::vector<ScreenBox> panels = overlays_->layout(frame, *shapes_, *overlay_text_, counts, dense);
    if (view.layers.labels && view.layers.events && !dense && shown <= kMaxLabelledEvents) {
        labels_->draw(frame, *label_text_, panels);
        stats.labels_placed = labels_->last_placed();
        label_text_->draw(frame.device_width, frame.device_height);
    }
    shapes_->draw(frame.device_width, frame.device_height);
    overlay_text_->draw(frame.device_width, frame.device_height);
    target.end_frame();
    CHRONOMAP_GL_CHECK("frame end");
    return stats;
}

}  // namespace chronomap
