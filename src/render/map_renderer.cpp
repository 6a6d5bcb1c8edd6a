#include "render/map_renderer.h"

#include <epoxy/gl.h>

#include <algorithm>

#include "render/area_layer.h"
#include "render/basemap_layer.h"
#include "render/event_layer.h"
#include "render/font_atlas.h"
#include "render/gl_check.h"
#include "render/gl_state.h"
#include "render/label_layer.h"
#include "render/overlay_label_layer.h"
#include "render/overlay_layer.h"
#include "render/place_name_layer.h"
#include "render/server_grid_layer.h"
#include "render/user_layer_set.h"
#include "render/vector_record.h"

namespace chronomap {

MapRenderer::MapRenderer(const EventStore& store, const std::filesystem::path& geodata)
    : store_(&store),
      geodata_(geodata),
      events_box_(placed_events_box(store)),
      atlas_(std::make_unique<FontAtlas>()),
      user_layers_(std::make_unique<UserLayerSet>()) {
    auto basemap = std::make_unique<BasemapLayer>(geodata);
    basemap->set_user_layers(user_layers_.get());
    layers_.push_back(std::move(basemap));
    layers_.push_back(std::make_unique<AreaLayer>(store, *atlas_));  // under the markers
    layers_.push_back(std::make_unique<EventLayer>(store));
    layers_.push_back(std::make_unique<LabelLayer>(store, geodata, *atlas_));
    layers_.push_back(std::make_unique<OverlayLabelLayer>(*user_layers_, *atlas_));  // the user's names
    layers_.push_back(std::make_unique<PlaceNameLayer>(store, geodata, *atlas_));  // gives way to both
    layers_.push_back(std::make_unique<OverlayLayer>(store, *atlas_));
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::positions_changed() {
    events_box_ = placed_events_box(*store_);
    prepared_.reset();
    for (auto& layer : layers_)
        if (layer->name() == "events")
            layer = std::make_unique<EventLayer>(*store_, static_cast<EventLayer&>(*layer).take_gpu());
    set_reuse_long_markers(reuse_long_markers_);
}

size_t MapRenderer::long_markers_reused() const {
    for (const auto& layer : layers_)
        if (layer->name() == "events") return static_cast<const EventLayer&>(*layer).long_markers_reused();
    return 0;
}

void MapRenderer::set_reuse_long_markers(bool reuse) {
    reuse_long_markers_ = reuse;
    for (auto& layer : layers_)
        if (layer->name() == "events") static_cast<EventLayer&>(*layer).set_reuse_long_markers(reuse);
}

void MapRenderer::set_camera_pinned(bool pinned) {
    for (auto& layer : layers_)
        if (layer->name() == "basemap") static_cast<BasemapLayer&>(*layer).set_camera_pinned(pinned);
}

void MapRenderer::replace_store(const EventStore& store, std::optional<GeoBox> events_box) {
    store_ = &store;
    events_box_ = events_box ? events_box : placed_events_box(store);
    prepared_.reset();
    filter_.forget_store();  // its bytes were for the old store's events
    for (auto& layer : layers_) {
        std::string_view name = layer->name();
        if (name == "areas") layer = std::make_unique<AreaLayer>(store, *atlas_);
        else if (name == "events")  // its programs and buffers kept: only the markers are new
            layer = std::make_unique<EventLayer>(store, static_cast<EventLayer&>(*layer).take_gpu());
        else if (name == "labels") layer = std::make_unique<LabelLayer>(store, geodata_, *atlas_);
        else if (name == "overlays") {
            auto overlays = std::make_unique<OverlayLayer>(store, *atlas_);
            overlays->set_window_of_source(true);  // only a server's windows replace the store
            layer = std::move(overlays);
        }
    }
    set_reuse_long_markers(reuse_long_markers_);
}

void MapRenderer::set_density_grid(std::optional<DensityGrid> grid) {
    prepared_.reset();
    for (auto& layer : layers_)
        if (layer->name() == "server_grid") {
            static_cast<ServerGridLayer&>(*layer).set_grid(std::move(grid));
            return;
        }
    if (!grid) return;
    auto layer = std::make_unique<ServerGridLayer>();
    layer->set_grid(std::move(grid));
    // Above the markers, under the labels and the legend.
    auto events = std::find_if(layers_.begin(), layers_.end(), [](const auto& l) { return l->name() == "events"; });
    layers_.insert(events == layers_.end() ? layers_.end() : events + 1, std::move(layer));
}

void MapRenderer::add_layer(std::unique_ptr<Layer> layer) {
    prepared_.reset();  // the new layer has not prepared this frame
    layers_.push_back(std::move(layer));
}

MapView MapRenderer::map_view(const ViewState& view) const { return resolve_map_view(view, events_box_); }

namespace {
FrameStats stats_of(const FrameShared& shared) {
    return {shared.events_drawn, shared.labels_placed,   shared.dense,           shared.shown_counts,
            shared.counts_any_category, shared.in_view_counts, shared.earlier_in_view, shared.label_texts,
            shared.place_name_texts};
}
}  // namespace

const FrameStats& MapRenderer::prepare(const ViewState& view, const MapViewport& viewport) {
    if (prepared_ && prepared_->viewport == viewport && prepared_->view == view) return last_stats_;
    GlStateGuard saved;  // the events layer uploads the filter's bytes when it changed
    MapView map = map_view(view);
    map.width = static_cast<int>(std::lround(viewport.width / view.pixel_scale));
    map.height = static_cast<int>(std::lround(viewport.height / view.pixel_scale));
    const std::vector<std::uint8_t>* mask = filter_.update(*store_, view.filter);
    prepared_ = Prepared{view, viewport, {}};
    FrameContext frame{prepared_->view, map, palette_for(view.theme), viewport.width, viewport.height,
                       static_cast<float>(view.pixel_scale), viewport.x, viewport.y, mask, filter_.generation()};
    for (auto& layer : layers_) layer->prepare(frame, prepared_->shared);
    last_stats_ = stats_of(prepared_->shared);
    return last_stats_;
}

FrameStats MapRenderer::draw(const ViewState& view, const MapViewport& viewport, VectorRecord* record) {
    prepare(view, viewport);
    GlStateGuard saved;
    MapView map = map_view(view);
    map.width = static_cast<int>(std::lround(viewport.width / view.pixel_scale));
    map.height = static_cast<int>(std::lround(viewport.height / view.pixel_scale));
    const Palette& palette = palette_for(view.theme);
    const std::vector<std::uint8_t>* mask = filter_.update(*store_, view.filter);
    FrameContext frame{view,       map,        palette, viewport.width, viewport.height, static_cast<float>(view.pixel_scale),
                       viewport.x, viewport.y, mask,    filter_.generation(), record};

    glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
    glScissor(viewport.x, viewport.y, viewport.width, viewport.height);
    glEnable(GL_SCISSOR_TEST);  // the clear and every layer stay inside the map's viewport
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_PROGRAM_POINT_SIZE);
    glEnable(GL_MULTISAMPLE);
    glClearColor(palette.water.r, palette.water.g, palette.water.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    CHRONOMAP_GL_CHECK("frame setup");

    if (record) {  // the clear
        record->set_layer("basemap");
        record->rect("water", 0, 0, static_cast<float>(viewport.width), static_cast<float>(viewport.height),
                     palette.water);
    }
    FrameShared shared = std::move(prepared_->shared);
    prepared_.reset();  // the layers' prepared state is used up by this draw
    for (auto& layer : layers_) {
        if (record) record->set_layer(std::string(layer->name()));
        layer->draw(frame, shared);
        CHRONOMAP_GL_CHECK("drawing a layer");
    }
    last_stats_ = stats_of(shared);
    return last_stats_;
}

FrameStats render_frame(MapRenderer& renderer, const ViewState& view, RenderTarget& target, VectorRecord* record) {
    target.begin_frame();
    FrameStats stats = renderer.draw(view, {0, 0, target.width(), target.height()}, record);
    target.end_frame();
    CHRONOMAP_GL_CHECK("frame end");
    return stats;
}

}  // namespace chronomap
