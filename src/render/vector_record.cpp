#include "render/vector_record.h"

namespace chronomap {

void VectorRecord::rect(const std::string& group, float x0, float y0, float x1, float y1, const Color& color) {
    if (color.a <= 0 || x1 <= x0 || y1 <= y0) return;
    path(group, {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}, true, {.fill = color});
}

VectorItem vector_path(std::string group, std::vector<std::vector<Point2>> subpaths, bool closed, const VectorStyle& style) {
    VectorItem item;
    item.kind = VectorItem::Kind::path;
    item.group = std::move(group), item.style = style;
    item.subpaths = std::move(subpaths), item.closed = closed;
    return item;
}

VectorItem vector_circle(std::string group, float cx, float cy, float radius, const VectorStyle& style) {
    VectorItem item;
    item.kind = VectorItem::Kind::circle;
    item.group = std::move(group), item.style = style;
    item.x = cx, item.y = cy, item.radius = radius;
    return item;
}

void VectorRecord::circle(const std::string& group, float cx, float cy, float radius, const VectorStyle& style) {
    if (radius > 0) add(vector_circle(group, cx, cy, radius, style));
}

void VectorRecord::path(const std::string& group, std::vector<std::vector<Point2>> subpaths, bool closed,
                        const VectorStyle& style) {
    std::erase_if(subpaths, [&](const auto& s) { return s.size() < (closed ? 3u : 2u); });
    if (subpaths.empty()) return;
    add(vector_path(group, std::move(subpaths), closed, style));
}

void VectorRecord::image(const std::string& group, Image image, float x, float y, float w, float h) {
    if (image.width <= 0 || image.height <= 0 || w <= 0 || h <= 0) return;
    VectorItem item;
    item.kind = VectorItem::Kind::image;
    item.group = group, item.image = std::move(image);
    item.x = x, item.y = y, item.w = w, item.h = h;
    add(std::move(item));
}

std::vector<std::string> VectorRecord::texts() const {
    std::vector<std::string> out;
    for (const VectorItem& item : items_)
        if (item.kind == VectorItem::Kind::text) out.push_back(item.text);
    return out;
}

}  // namespace chronomap
