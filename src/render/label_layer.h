// Place names next to the markers, placed without collisions (core/label_placement.h):
// the places with the most casualties and events get their label first.
#pragma once

#include <vector>

#include "core/event_store.h"
#include "core/label_placement.h"
#include "render/frame_context.h"
#include "render/text_batch.h"

namespace chronomap {

class LabelLayer {
public:
    explicit LabelLayer(const EventStore& store) : store_(store) {}
    // `obstacles` (overlay panels, device pixels) are never covered.
    void draw(const FrameContext& frame, TextBatch& text, const std::vector<ScreenBox>& obstacles);
    size_t last_placed() const { return last_placed_; }

private:
    const EventStore& store_;
    size_t last_placed_ = 0;
};

// Past this many shown events the map is a density picture and labels are left out.
inline constexpr size_t kMaxLabelledEvents = 20000;

}  // namespace chronomap
