// The names of the user's overlay features (`--overlay FILE:label=FIELD`, docs/overlays.md):
// placed without collisions beside a point's dot or centred on a line's middle or an area's
// centre, giving way to panels and event markers and labels; the basemap's place names give
// way to them (the user's own names matter more). In an SVG, one sub-layer per overlay.
#pragma once

#include <string>
#include <vector>

#include "render/layer.h"
#include "render/text_batch.h"

namespace chronomap {

class UserLayerSet;

class OverlayLabelLayer final : public Layer {
public:
    OverlayLabelLayer(UserLayerSet& user_layers, FontAtlas& atlas);
    std::string_view name() const override { return "overlay_labels"; }
    // Placed in draw(): after the event labels' layer has taken its boxes.
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    UserLayerSet& user_layers_;
    TextBatch text_;
};

// More candidates than this in view: only the first are tried (a whole city's street names
// would take seconds to place and could not be read anyway).
inline constexpr size_t kMaxOverlayLabels = 400;

}  // namespace chronomap
