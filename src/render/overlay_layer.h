// What sits on top of the map: title and time window (top left), legend with counts in the
// window (bottom left), scale bar and attribution (bottom right), and a note in the middle
// when the time window holds no event. Words and dates in the file's language (map_words.h). layout() runs first so
// labels can keep clear of these panels.
#pragma once

#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "core/map/label_placement.h"
#include "core/timeline/time_labels.h"
#include "render/frame_context.h"
#include "render/layer.h"
#include "render/shape_batch.h"
#include "render/text_batch.h"

namespace chronomap {

// OpenStreetMap: the lakes (ODbL asks for this credit); GSHHG: the rivers.
inline constexpr const char* kAttribution = "© Natural Earth, GeoNames (CC-BY), OpenStreetMap contributors, GSHHG";

class OverlayLayer final : public Layer {
public:
    OverlayLayer(const EventStore& store, FontAtlas& atlas)
        : store_(store), language_(date_language_of(store)), time_extent_(store.time_extent()), text_(atlas) {}
    std::string_view name() const override { return "overlays"; }
    // The store is one window of a larger source (a server's table): an empty window is said
    // on the map even though the store holds no event, as a file's empty window is.
    void set_window_of_source(bool window) { window_of_source_ = window; }
    // Lays the panels out (with the counts the events layer published) and adds the boxes
    // they cover to shared.keep_clear.
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    ScreenBox title_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text);
    std::pair<float, float> legend_corner(const FrameContext& frame, float width, float height, const FrameShared& shared);
    ScreenBox legend_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text,
                           const FrameShared& shared);
    ScreenBox scale_and_attribution(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text);
    ScreenBox empty_window_note(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text);
    const EventStore& store_;
    bool window_of_source_ = false;
    DateLanguage language_;  // of the map's words and dates
    std::pair<UnixSeconds, UnixSeconds> time_extent_;  // the events' dates (read once: a pass over 10 M ends)
    ShapeBatch shapes_;
    TextBatch text_;
};

}  // namespace chronomap
