// What sits on top of the map: title and time window (top left), legend with counts in the
// window (bottom left), scale bar and attribution (bottom right). layout() runs first so
// labels can keep clear of these panels.
#pragma once

#include <string>
#include <vector>

#include "core/event_store.h"
#include "core/label_placement.h"
#include "render/frame_context.h"
#include "render/shape_batch.h"
#include "render/text_batch.h"

namespace chronomap {

inline constexpr const char* kAttribution = "© Natural Earth, GeoNames (CC-BY)";

class OverlayLayer {
public:
    explicit OverlayLayer(const EventStore& store) : store_(store) {}
    // Lays the overlays out and queues their shapes and text; returns the boxes they cover.
    // `counts`: shown events per category; `dense`: the events layer drew a density map.
    std::vector<ScreenBox> layout(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text,
                                  const std::vector<size_t>& counts, bool dense);

private:
    ScreenBox title_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text);
    ScreenBox legend_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text,
                           const std::vector<size_t>& counts, bool dense);
    ScreenBox scale_and_attribution(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text);
    const EventStore& store_;
};

}  // namespace chronomap
