#include "core/label_placement.h"

#include <algorithm>
#include <numeric>

namespace chronomap {

std::vector<PlacedLabel> place_labels(const std::vector<LabelCandidate>& candidates,
                                      const std::vector<ScreenBox>& obstacles, const ScreenBox& bounds) {
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return candidates[a].priority > candidates[b].priority; });

    std::vector<ScreenBox> taken = obstacles;
    std::vector<PlacedLabel> placed;
    for (size_t index : order) {
        const LabelCandidate& c = candidates[index];
        double gap = c.marker_radius + 3;
        // Right, left, above, below: the cartographic order of preference.
        const ScreenBox tries[] = {
            {c.anchor_x + gap, c.anchor_y - c.height / 2, c.anchor_x + gap + c.width, c.anchor_y + c.height / 2},
            {c.anchor_x - gap - c.width, c.anchor_y - c.height / 2, c.anchor_x - gap, c.anchor_y + c.height / 2},
            {c.anchor_x - c.width / 2, c.anchor_y - gap - c.height, c.anchor_x + c.width / 2, c.anchor_y - gap},
            {c.anchor_x - c.width / 2, c.anchor_y + gap, c.anchor_x + c.width / 2, c.anchor_y + gap + c.height},
        };
        for (const ScreenBox& box : tries) {
            bool inside = box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
            if (!inside) continue;
            if (std::any_of(taken.begin(), taken.end(), [&](const ScreenBox& t) { return t.intersects(box); }))
                continue;
            taken.push_back(box);
            placed.push_back({index, box});
            break;
        }
    }
    return placed;
}

}  // namespace chronomap
