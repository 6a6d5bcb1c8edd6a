#include "render/user_layer_record.h"

#include <algorithm>
#include <cmath>

#include "core/geometry/mesh_outline.h"
#include "render/user_layer_paint.h"
#include "render/vector_painter.h"

namespace chronomap {

Image raster_in_view(const FrameContext& frame, const UserRasterData& raster, double opacity, float& x, float& y,
                     float& w, float& h) {
    Image out;
    if (raster.width <= 0 || raster.height <= 0 || raster.rgba.empty()) return out;
    double size = frame.world_size();
    auto device_x = [&](double wx) { return (wx - frame.map.center.x) * size + frame.device_width / 2.0; };
    auto device_y = [&](double wy) { return (wy - frame.map.center.y) * size + frame.device_height / 2.0; };
    double left = device_x(raster.x0), top = device_y(raster.y0);
    double texel_w = (device_x(raster.x1) - left) / raster.width, texel_h = (device_y(raster.y1) - top) / raster.height;
    if (texel_w <= 0 || texel_h <= 0) return out;
    // Texels in view, one more on each side (the filter reads its neighbours).
    auto first = [](double edge, double origin, double texel, int n) {
        return std::clamp(static_cast<int>(std::floor((edge - origin) / texel)) - 1, 0, n);
    };
    auto last = [](double edge, double origin, double texel, int n) {
        return std::clamp(static_cast<int>(std::ceil((edge - origin) / texel)) + 1, 0, n);
    };
    int i0 = first(0, left, texel_w, raster.width), i1 = last(frame.device_width, left, texel_w, raster.width);
    int j0 = first(0, top, texel_h, raster.height), j1 = last(frame.device_height, top, texel_h, raster.height);
    if (i1 <= i0 || j1 <= j0) return out;
    // Reduce to one or two texels per device pixel (the mipmap level GL would sample).
    int factor = std::max(1, static_cast<int>(std::floor(1 / std::max(texel_w, texel_h))));
    out.width = (i1 - i0 + factor - 1) / factor, out.height = (j1 - j0 + factor - 1) / factor;
    out.rgba.assign(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 4, 0);
    for (int oy = 0; oy < out.height; ++oy)
        for (int ox = 0; ox < out.width; ++ox) {
            double sum[4] = {0, 0, 0, 0};
            int n = 0;
            for (int j = j0 + oy * factor; j < std::min(j1, j0 + (oy + 1) * factor); ++j)
                for (int i = i0 + ox * factor; i < std::min(i1, i0 + (ox + 1) * factor); ++i, ++n) {
                    const std::uint8_t* p = &raster.rgba[(static_cast<size_t>(j) * static_cast<size_t>(raster.width) +
                                                          static_cast<size_t>(i)) * 4];
                    for (int c = 0; c < 4; ++c) sum[c] += p[c];
                }
            // Averaged premultiplied (as GL's mipmaps), then straight alpha for the file.
            std::uint8_t* q = &out.rgba[(static_cast<size_t>(oy) * static_cast<size_t>(out.width) + static_cast<size_t>(ox)) * 4];
            double alpha = n ? sum[3] / (n * 255.0) : 0;
            if (alpha <= 0) continue;
            for (int c = 0; c < 3; ++c)
                q[c] = static_cast<std::uint8_t>(std::clamp(std::lround(sum[c] / n / alpha), 0L, 255L));
            q[3] = static_cast<std::uint8_t>(std::clamp(std::lround(alpha * opacity * 255), 0L, 255L));
        }
    x = static_cast<float>(left + i0 * texel_w), y = static_cast<float>(top + j0 * texel_h);
    w = static_cast<float>(out.width * factor * texel_w), h = static_cast<float>(out.height * factor * texel_h);
    return out;
}

void record_user_layer(const FrameContext& frame, const UserLayerData& data, const UserLayerStyle& style,
                       VectorRecord& record) {
    if (!user_layer_in_zoom(style, frame)) return;
    if (data.is_raster) {
        float x = 0, y = 0, w = 0, h = 0;
        Image image = raster_in_view(frame, data.raster, style.opacity, x, y, w, h);
        record.image("overlays", std::move(image), x, y, w, h);
        return;
    }
    int detail = user_layer_detail_for_zoom(frame.map.zoom);
    VectorPainter painter(frame, record);
    auto lines_of = [&](const UserFeatureGroup& group) {
        const LineMesh& mesh = group.lines[static_cast<size_t>(detail)];
        return polylines_of_strips(mesh, 0, mesh.indices.size());
    };
    for (const UserFeatureGroup& group : data.vector.groups) {  // casings under every class
        UserClassPaint paint = user_class_paint(group, style, frame);
        if (paint.shown && paint.casing.a > 0 && paint.casing_width > 0)
            painter.paths("overlays", lines_of(group), false, {.stroke = paint.casing, .stroke_width = paint.casing_width});
    }
    float right = static_cast<float>(frame.device_width), bottom = static_cast<float>(frame.device_height);
    for (const UserFeatureGroup& group : data.vector.groups) {
        UserClassPaint paint = user_class_paint(group, style, frame);
        if (!paint.shown) continue;
        const std::vector<float>& fill = group.fill[static_cast<size_t>(detail)];
        if (!fill.empty() && paint.fill.a > 0) painter.fill("overlays", fill, paint.fill);
        if (paint.line.a > 0 && paint.line_width > 0)
            painter.paths("overlays", lines_of(group), false, {.stroke = paint.line, .stroke_width = paint.line_width});
        float radius = paint.point_radius;
        for (size_t i = 0; i + 1 < group.points.size(); i += 2) {
            Point2 p = painter.to_device({group.points[i], group.points[i + 1]});
            auto px = static_cast<float>(p.x), py = static_cast<float>(p.y);
            if (px < -radius || py < -radius || px > right + radius || py > bottom + radius) continue;
            record.circle("overlays", px, py, paint.point_edge_radius, {.fill = paint.point_edge});
            record.circle("overlays", px, py, radius, {.fill = paint.point});
        }
    }
}

}  // namespace chronomap
