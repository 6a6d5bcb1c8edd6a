// One interface for everything the map draws. MapRenderer runs every layer's prepare()
// (bottom to top: CPU work, layout, counts), then every layer's draw() (bottom to top).
// What a layer learns that later layers need (counts, density mode, boxes to keep clear)
// goes in FrameShared, so a new layer (hover, story callout) plugs in without editing
// MapRenderer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/map/label_placement.h"
#include "render/frame_context.h"

namespace chronomap {

struct FrameShared {
    std::vector<size_t> shown_counts;  // shown placed events per category (events layer)
    std::vector<size_t> counts_any_category;  // the same with the category filter ignored
    std::vector<size_t> area_counts;   // shown areas and lines per category (areas layer, before events)
    // What the legend counts: shown events in the map's extent and in the time window, per
    // category; and (cumulative mode) those in the extent that ended before the window.
    std::vector<size_t> in_view_counts;
    size_t earlier_in_view = 0;
    size_t events_drawn = 0;           // sent to the GPU before the shader's exact test
    // What is under the events: the basemap's picture (a new number whenever it may have
    // changed) and whether the areas layer drew anything. The events layer's cache of its long
    // events (EventLayer::set_reuse_long_markers) keys on both.
    std::uint64_t basemap_generation = 0;
    bool areas_drawn = false;
    bool dense = false;                // the events layer draws a density map
    size_t aggregated_events = 0;      // events counted by a server's grid, not held as rows
    std::vector<ScreenBox> keep_clear;  // device-pixel boxes labels must not cover (panels)
    size_t labels_placed = 0;
    std::vector<ScreenBox> taken;  // device-pixel boxes of event markers and labels (place names avoid them)
    std::vector<std::string> label_texts;       // the event labels drawn, as drawn
    std::vector<std::string> place_name_texts;  // the basemap's names drawn ("SYRIE", "Palmyre")
};

class Layer {
public:
    virtual ~Layer() = default;
    virtual std::string_view name() const = 0;
    virtual void prepare(const FrameContext& /*frame*/, FrameShared& /*shared*/) {}
    virtual void draw(const FrameContext& frame, FrameShared& shared) = 0;
};

}  // namespace chronomap
