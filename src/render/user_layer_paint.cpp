#include "render/user_layer_paint.h"

#include <algorithm>

#include "core/user_layers/user_layer_classes.h"

namespace chronomap {

bool user_layer_in_zoom(const UserLayerStyle& style, const FrameContext& frame) {
    return frame.map.zoom >= style.min_zoom && frame.map.zoom <= style.max_zoom;
}

UserClassPaint user_class_paint(const UserFeatureGroup& group, const UserLayerStyle& style, const FrameContext& frame) {
    UserClassPaint paint;
    double zoom = frame.map.zoom;
    bool dark = frame.view.theme == Theme::dark;
    ClassLook look = default_look(group.class_name, group.geometry, dark);
    if (zoom < look.min_zoom) return paint;
    paint.shown = true;
    auto opacity = static_cast<float>(style.opacity);
    if (style.color) look.line = *style.color, look.casing = 0;
    if (style.fill) look.fill = *style.fill, look.fill_alpha = std::max(look.fill_alpha, 0.6f);
    else if (style.color && group.geometry == UserGeometry::area) look.fill = *style.color;
    float width = style.width ? static_cast<float>(*style.width) : look_width(look, zoom);
    // Casings of road classes, under every class's core (the caller draws them first).
    if (look.casing && group.geometry == UserGeometry::line)
        paint.casing = rgb(look.casing, opacity), paint.casing_width = (width + 1.5f) * frame.scale;
    if (look.fill_alpha > 0) paint.fill = rgb(look.fill, look.fill_alpha * opacity);
    if (group.geometry == UserGeometry::area && !style.width && look.line_alpha > 0) width = 1;
    if (width > 0 && look.line_alpha > 0) paint.line = rgb(look.line, look.line_alpha * opacity);
    paint.line_width = width * frame.scale;
    paint.point = rgb(look.line, opacity);
    paint.point_edge = rgb(dark ? 0x000000 : 0xffffff, opacity);
    paint.point_radius = width * frame.scale;
    paint.point_edge_radius = paint.point_radius + frame.scale;
    return paint;
}

}  // namespace chronomap
