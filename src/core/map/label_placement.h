// Which place labels fit: greedy placement by priority, each label trying a few positions
// around its anchor and giving up when all of them collide with something already placed.
// Pure geometry (no fonts, no GL) so it is tested without a GPU.
#pragma once

#include <cstddef>
#include <vector>

namespace chronomap {

struct ScreenBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool intersects(const ScreenBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct LabelCandidate {
    double anchor_x = 0, anchor_y = 0;  // marker center, pixels
    double marker_radius = 0;           // the label keeps clear of its own marker
    double width = 0, height = 0;       // text extent, pixels
    double priority = 0;                // higher is placed first
};

struct PlacedLabel {
    size_t candidate = 0;
    ScreenBox box;  // where the text goes (top-left origin)
};

// `obstacles` (legend, title ...) are never covered; labels stay inside `bounds`.
std::vector<PlacedLabel> place_labels(const std::vector<LabelCandidate>& candidates,
                                      const std::vector<ScreenBox>& obstacles, const ScreenBox& bounds);

}  // namespace chronomap
