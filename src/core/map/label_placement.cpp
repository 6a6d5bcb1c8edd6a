#include "core/map/label_placement.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronomap {
namespace {

// The boxes taken so far, bucketed in square cells over `bounds`, so that a try is tested
// against the few boxes near it instead of all of them (a video frame places about a thousand
// labels among as many markers: the plain scan was an eighth of the export's CPU time). A box
// is in every cell it touches; two boxes that intersect share a cell, so the answer is the
// plain scan's. Boxes reaching outside `bounds` are clamped to its edge cells, which is enough:
// every try lies inside `bounds`.
class TakenBoxes {
public:
    TakenBoxes(const ScreenBox& bounds, const std::vector<ScreenBox>& boxes) : bounds_(bounds) {
        double width = bounds.x1 - bounds.x0, height = bounds.y1 - bounds.y0;
        if (std::isfinite(width) && std::isfinite(height) && width > 0 && height > 0) {
            columns_ = static_cast<int>(std::min(256.0, std::ceil(width / kCell)));
            rows_ = static_cast<int>(std::min(256.0, std::ceil(height / kCell)));
            cell_w_ = width / columns_, cell_h_ = height / rows_;
            cells_.resize(static_cast<size_t>(columns_) * rows_);
        }
        for (const ScreenBox& box : boxes) add(box);
    }

    void add(const ScreenBox& box) {
        boxes_.push_back(box);
        if (cells_.empty()) return;
        Span span = span_of(box);
        if (span.empty()) return;  // NaN: intersects nothing
        for (int row = span.row0; row <= span.row1; ++row)
            for (int column = span.column0; column <= span.column1; ++column)
                cells_[static_cast<size_t>(row) * columns_ + column].push_back(boxes_.size() - 1);
    }

    bool any_intersects(const ScreenBox& box) const {
        auto hit = [&](size_t index) { return boxes_[index].intersects(box); };
        if (cells_.empty()) {
            for (size_t index = 0; index < boxes_.size(); ++index)
                if (hit(index)) return true;
            return false;
        }
        Span span = span_of(box);
        for (int row = span.row0; row <= span.row1; ++row)
            for (int column = span.column0; column <= span.column1; ++column)
                for (size_t index : cells_[static_cast<size_t>(row) * columns_ + column])
                    if (hit(index)) return true;
        return false;
    }

private:
    static constexpr double kCell = 64;  // pixels: a label or two across
    struct Span {
        int column0 = 0, column1 = -1, row0 = 0, row1 = -1;
        bool empty() const { return column1 < column0 || row1 < row0; }
    };
    static int clamp_cell(double at, int count) {
        if (!(at >= 0)) return 0;  // below, or NaN
        return at >= count - 1 ? count - 1 : static_cast<int>(at);
    }
    Span span_of(const ScreenBox& box) const {
        if (std::isnan(box.x0) || std::isnan(box.x1) || std::isnan(box.y0) || std::isnan(box.y1)) return {};
        // min and max: an inverted box still "intersects" per ScreenBox::intersects.
        auto cell = [](double at, double origin, double size, int count) {
            return clamp_cell(std::floor((at - origin) / size), count);
        };
        return {cell(std::min(box.x0, box.x1), bounds_.x0, cell_w_, columns_),
                cell(std::max(box.x0, box.x1), bounds_.x0, cell_w_, columns_),
                cell(std::min(box.y0, box.y1), bounds_.y0, cell_h_, rows_),
                cell(std::max(box.y0, box.y1), bounds_.y0, cell_h_, rows_)};
    }

    ScreenBox bounds_;
    int columns_ = 0, rows_ = 0;
    double cell_w_ = 0, cell_h_ = 0;
    std::vector<ScreenBox> boxes_;
    std::vector<std::vector<size_t>> cells_;
};

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<LabelCandidate>& candidates,
                                      const std::vector<ScreenBox>& obstacles, const ScreenBox& bounds) {
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return candidates[a].priority > candidates[b].priority; });

    TakenBoxes taken(bounds, obstacles);
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
            if (taken.any_intersects(box)) continue;
            taken.add(box);
            placed.push_back({index, box});
            break;
        }
    }
    return placed;
}

}  // namespace chronomap
