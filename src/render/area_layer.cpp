#include "render/area_layer.h"

#include <algorithm>
#include <cmath>

#include "core/map/basemap_mesh.h"
#include "core/events/event_picking.h"
#include "core/geometry/mesh_outline.h"
#include "core/geometry/series_timing.h"
#include "core/geometry/tessellation.h"
#include "core/events/window_summary.h"
#include "render/font_atlas.h"
#include "render/gl_check.h"
#include "shaders/area_frag.h"
#include "shaders/area_vert.h"
#include "render/vector_painter.h"

namespace chronomap {
namespace {

struct AreaVertex {
    float x, y, nx, ny, along;
    std::uint32_t category, flags;
};

// Every shape's vertices once (a vertex shared by triangles is shaded once: llvmpipe pays
// per vertex and per triangle, not per pixel, for these small shapes) and its triangles.
struct AreaMesh {
    std::vector<AreaVertex> vertices;
    std::vector<std::uint32_t> indices;
};

std::vector<Point2> world_ring(std::span<const LonLat> ring) {
    std::vector<Point2> out;
    out.reserve(ring.size());
    for (const LonLat& p : ring) {
        WorldPoint w = lonlat_to_world(p);
        out.push_back({w.x, w.y});
    }
    return out;
}

// The line's triangles, with each vertex's distance along it (for dashes): its vertices
// once each, its triangles as indices into `out`.
void append_line(const std::vector<Point2>& points, std::uint32_t category, std::uint32_t flags, AreaMesh& out) {
    LineMesh mesh;
    extrude_polyline(points, false, mesh);
    auto base = static_cast<std::uint32_t>(out.vertices.size());
    float along = 0;
    for (size_t k = 0; k < mesh.vertices.size(); ++k) {
        const LineVertex& v = mesh.vertices[k];
        if (k >= 2 && k % 2 == 0) {
            const LineVertex& before = mesh.vertices[k - 2];
            along += std::hypot(v.x - before.x, v.y - before.y);
        }
        out.vertices.push_back({v.x, v.y, v.nx, v.ny, along, category, flags});
    }
    for (std::uint32_t index : mesh.indices) out.indices.push_back(base + index);
}

// A head at the line's last point, sized in line widths like the line itself (the shader
// scales the offsets by half the width): points the way an offensive goes. Solid even when
// the line is dashed.
void append_arrowhead(const std::vector<Point2>& points, std::uint32_t category, AreaMesh& out) {
    if (points.size() < 2) return;
    const Point2& end = points.back();
    const Point2* before = nullptr;
    for (size_t k = points.size() - 1; k-- > 0;)
        if (points[k].x != end.x || points[k].y != end.y) {
            before = &points[k];
            break;
        }
    if (!before) return;
    double dx = end.x - before->x, dy = end.y - before->y, length = std::hypot(dx, dy);
    auto ux = static_cast<float>(dx / length), uy = static_cast<float>(dy / length);
    auto x = static_cast<float>(end.x), y = static_cast<float>(end.y);
    constexpr float kAhead = 3.5f, kBack = 1.5f, kWide = 3.2f;
    auto base = static_cast<std::uint32_t>(out.vertices.size());
    out.vertices.push_back({x, y, ux * kAhead, uy * kAhead, 0, category, 0});
    out.vertices.push_back({x, y, -ux * kBack - uy * kWide, -uy * kBack + ux * kWide, 0, category, 0});
    out.vertices.push_back({x, y, -ux * kBack + uy * kWide, -uy * kBack - ux * kWide, 0, category, 0});
    out.indices.insert(out.indices.end(), {base, base + 1, base + 2});
}

// area.frag.glsl's hatching for a fill of `color`: stripes where
// (gl_FragCoord.x + gl_FragCoord.y) mod 9 px < 2.5 px at 2.2 times the fill's opacity, 0.45
// times elsewhere. GL's y counts up from the framebuffer's bottom, so in device pixels from
// the top the stripes run along x - y, shifted by the frame's height and origin.
VectorHatch hatch_of(const FrameContext& frame, Color color) {
    const float s = frame.scale, period = 9 * s;
    Color dark = color;
    dark.a = std::min(1.f, color.a * 2.2f);
    double k = frame.device_height + frame.origin_x + frame.origin_y;
    auto offset = static_cast<float>(std::fmod(std::fmod(-k, period) + period, period));
    return {.dark = dark, .period = period, .dark_width = 2.5f * s, .offset = offset};
}

// Device pixels per world width up to which level `level` serves: zooms 2, 4, 6 (at pixel
// scale 1). Its points stray at most one device pixel from the shape's there, a quarter of
// one two zooms below, under outlines 1.8 px wide on 3.8 px halos. Past zoom 6 the shapes
// are drawn whole.
double level_world_size(size_t level) { return 256.0 * std::exp2(2.0 * static_cast<double>(level + 1)); }
double detail_tolerance(size_t level) { return 1.0 / level_world_size(level); }

// Douglas-Peucker per ring. A ring thinned to fewer than three corners (an area under a
// pixel or so) keeps three of its points, so the zone still shows as a dot.
std::vector<std::vector<std::vector<Point2>>> thin_shape(const std::vector<std::vector<std::vector<Point2>>>& shape,
                                                         double tolerance, bool area) {
    std::vector<std::vector<std::vector<Point2>>> out(shape.size());
    for (size_t p = 0; p < shape.size(); ++p)
        for (const auto& ring : shape[p]) {
            std::vector<Point2> thin = simplify(ring, tolerance);
            if (area && thin.size() < 4 && ring.size() >= 4) {
                size_t n = ring.size() - 1;  // the closing point repeats the first
                thin = {ring[0], ring[n / 3], ring[2 * n / 3], ring[0]};
            }
            out[p].push_back(std::move(thin));
        }
    return out;
}

bool same_sizes(const std::vector<std::vector<std::vector<Point2>>>& a, const std::vector<std::vector<std::vector<Point2>>>& b) {
    if (a.size() != b.size()) return false;
    for (size_t p = 0; p < a.size(); ++p) {
        if (a[p].size() != b[p].size()) return false;
        for (size_t r = 0; r < a[p].size(); ++r)
            if (a[p][r].size() != b[p][r].size()) return false;
    }
    return true;
}

}  // namespace

AreaLayer::AreaLayer(const EventStore& store, FontAtlas& atlas)
    : store_(store), program_("area", shaders::k_area_vert, shaders::k_area_frag), text_(atlas) {
    AreaMesh mesh;
    // Each level's fills and lines go to index arrays of their own, joined at the end: in a
    // level, the shapes lie side by side in event (start time) order, so the shapes a window
    // shows, neighbours in time, merge into a few long ranges. llvmpipe pays per range drawn.
    std::array<std::vector<std::uint32_t>, kDetailLevels> level_fills, level_lines;
    // Moves what was appended to mesh.indices onto `to`; returns where it starts there.
    auto take_indices = [&](std::vector<std::uint32_t>& to) {
        auto first = static_cast<GLint>(to.size());
        to.insert(to.end(), mesh.indices.begin(), mesh.indices.end());
        mesh.indices.clear();
        return first;
    };
    auto copy_range = [](const std::vector<std::uint32_t>& from, GLint first, GLsizei count, std::vector<std::uint32_t>& to) {
        auto at = static_cast<GLint>(to.size());
        to.insert(to.end(), from.begin() + first, from.begin() + first + count);
        return at;
    };
    for (std::uint32_t i : store.geometry_events()) {
        GeometryRef g = store.geometry(i);
        if (g.kind() == GeometryKind::point) continue;
        std::uint32_t category = store.category()[i], flags = g.approximate() ? 1u : 0u;
        Shape shape{i, g.kind() == GeometryKind::area, {}};
        // rings[p][r]: the shape in world coordinates, then thinned level by level, finest
        // first; a level that keeps every point of the finer one shares its triangles.
        std::vector<std::vector<std::vector<Point2>>> full(g.part_count()), rings;
        for (size_t p = 0; p < g.part_count(); ++p)
            for (size_t r = 0; r < g.ring_count(p); ++r) full[p].push_back(world_ring(g.ring(p, r)));
        for (size_t level = kDetailLevels; level-- > 0;) {
            std::vector<std::vector<std::vector<Point2>>> thinned =
                level + 1 == kDetailLevels ? full : thin_shape(full, detail_tolerance(level), shape.area);
            LevelRanges& part = shape.level[level];
            if (level + 1 < kDetailLevels && same_sizes(thinned, rings)) {  // the finer level's triangles
                const LevelRanges& finer = shape.level[level + 1];
                part = finer;
                part.fill_first = copy_range(level_fills[level + 1], finer.fill_first, finer.fill_count, level_fills[level]);
                part.line_first = copy_range(level_lines[level + 1], finer.line_first, finer.line_count, level_lines[level]);
                continue;
            }
            rings = std::move(thinned);
            if (shape.area)
                for (const auto& polygon : rings) {
                    auto base = static_cast<std::uint32_t>(mesh.vertices.size());
                    for (const auto& ring : polygon)
                        for (const Point2& w : ring)
                            mesh.vertices.push_back({static_cast<float>(w.x), static_cast<float>(w.y), 0, 0, 0, category, flags});
                    for (std::uint32_t index : triangulate_polygon(polygon)) mesh.indices.push_back(base + index);
                }
            part.fill_first = take_indices(level_fills[level]);
            part.fill_count = static_cast<GLsizei>(level_fills[level].size()) - part.fill_first;
            for (const auto& polygon : rings)
                for (const auto& points : polygon) {
                    append_line(points, category, flags, mesh);
                    if (!shape.area && g.arrow()) append_arrowhead(points, category, mesh);
                }
            part.line_first = take_indices(level_lines[level]);
            part.line_count = static_cast<GLsizei>(level_lines[level].size()) - part.line_first;
        }
        shapes_.push_back(shape);
    }
    std::array<GLint, kDetailLevels> fill_base{}, line_base{};
    for (size_t level = 0; level < kDetailLevels; ++level) {
        fill_base[level] = static_cast<GLint>(mesh.indices.size());
        mesh.indices.insert(mesh.indices.end(), level_fills[level].begin(), level_fills[level].end());
        line_base[level] = static_cast<GLint>(mesh.indices.size());
        mesh.indices.insert(mesh.indices.end(), level_lines[level].begin(), level_lines[level].end());
        level_fills[level] = {}, level_lines[level] = {};
    }
    for (Shape& shape : shapes_)
        for (size_t level = 0; level < kDetailLevels; ++level)
            shape.level[level].fill_first += fill_base[level], shape.level[level].line_first += line_base[level];
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(AreaVertex)),
                 mesh.vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);  // recorded in the vertex array
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
                 mesh.indices.data(), GL_STATIC_DRAW);
    constexpr GLsizei stride = sizeof(AreaVertex);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(AreaVertex, nx)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(AreaVertex, along)));
    glEnableVertexAttribArray(3);
    glVertexAttribIPointer(3, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(AreaVertex, category)));
    glEnableVertexAttribArray(4);
    glVertexAttribIPointer(4, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(AreaVertex, flags)));
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("area upload");
}

void AreaLayer::prepare(const FrameContext& frame, FrameShared& shared) {
    for (Ranges* r : {&fills_, &faded_fills_, &area_outlines_, &faded_outlines_, &lines_, &faded_lines_, &selected_})
        r->clear();
    shown_.clear();
    fading_.clear();
    const ViewState& view = frame.view;
    if (!view.layers.events || shapes_.empty()) return;
    std::vector<size_t> counts(store_.categories().size(), 0);
    const auto& selection = view.selection;
    // The coarsest level made for at least this many device pixels per world width.
    size_t level = 0;
    while (level + 1 < kDetailLevels && level_world_size(level) < frame.world_size()) ++level;
    level_ = level;
    for (size_t k = 0; k < shapes_.size(); ++k) {
        const Shape& shape = shapes_[k];
        const LevelRanges& s = shape.level[level];
        size_t i = shape.event;
        if (frame.filter_mask && !(*frame.filter_mask)[i]) continue;
        float opacity = 1;
        if (view.series_fade > 0 && store_.in_series(i)) {  // a change cross-fades
            opacity = series_state_opacity(view.time.all, view.time.start, view.time.end, store_.start()[i],
                                           store_.end()[i], store_.time(i).is_span, store_.replaced_at(i), view.series_fade);
            if (opacity <= 0) continue;
        } else if (!shown_in_time(store_, view, i)) {
            continue;
        }
        // Counted in every category (the filters panel shows hidden ones' counts too); a
        // state half faded in or out is counted once, as it shows.
        if (store_.category()[i] < counts.size() && (opacity > 0.5f || (opacity == 0.5f && store_.replaced_at(i) >= view.time.end)))
            counts[store_.category()[i]]++;
        if (!view.category_shown(store_.category()[i])) continue;
        if (opacity < 1) {
            fading_.push_back({k, opacity});
            continue;
        }
        bool faded = faded_in_time(store_, view, i);
        (faded ? faded_fills_ : fills_).add(s.fill_first, s.fill_count);
        if (shape.area) (faded ? faded_outlines_ : area_outlines_).add(s.line_first, s.line_count);
        else (faded ? faded_lines_ : lines_).add(s.line_first, s.line_count);
        if (!selection.empty() && std::find(selection.begin(), selection.end(), store_.id(i)) != selection.end())
            selected_.add(s.line_first, s.line_count);
        shown_.push_back(k);
    }
    shared.area_counts = std::move(counts);
}

void AreaLayer::draw_ranges(const FrameContext& frame, const Ranges& ranges, bool fill, float half_width, float alpha,
                            const Color* override_color) {
    if (ranges.count.empty()) return;
    glUniform1f(program_.uniform("u_half_width"), half_width * frame.scale);
    glUniform1f(program_.uniform("u_alpha"), alpha);
    glUniform1i(program_.uniform("u_fill"), fill ? 1 : 0);
    Color o = override_color ? *override_color : Color{0, 0, 0, 0};
    glUniform4f(program_.uniform("u_override"), o.r, o.g, o.b, override_color ? 1.f : 0.f);
    glMultiDrawElements(GL_TRIANGLES, ranges.count.data(), GL_UNSIGNED_INT, ranges.offset.data(),
                        static_cast<GLsizei>(ranges.count.size()));
}

void AreaLayer::draw(const FrameContext& frame, FrameShared& shared) {
    if (shown_.empty() && fading_.empty()) return;
    shared.areas_drawn = true;
    program_.use();
    glUniform2f(program_.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(program_.uniform("u_world_size"), frame.world_size());
    glUniform2f(program_.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
    glUniform1f(program_.uniform("u_scale"), frame.scale);
    std::vector<float> colors(64 * 4, 0.5f);
    for (size_t c = 0; c < std::min<size_t>(store_.categories().size(), 64); ++c) {
        Rgba rgba = store_.categories()[c].color;
        Color color = category_color_on(frame.palette, {rgba.r / 255.f, rgba.g / 255.f, rgba.b / 255.f, 1});
        colors[4 * c] = color.r, colors[4 * c + 1] = color.g, colors[4 * c + 2] = color.b, colors[4 * c + 3] = 1;
    }
    glUniform4fv(program_.uniform("u_colors"), 64, colors.data());
    glBindVertexArray(vao_);
    // Faded (over before the window, cumulative mode) first, then the current ones above.
    draw_ranges(frame, faded_fills_, true, 0, 0.07f);
    draw_ranges(frame, faded_outlines_, false, 0.6f, 0.35f);
    draw_ranges(frame, faded_lines_, false, static_cast<float>(kLineHalfWidth) * 0.7f, 0.35f);
    // Series states fading in or out (a cross-fade), each drawn whole at its opacity.
    for (const auto& [k, opacity] : fading_) {
        const LevelRanges& part = shapes_[k].level[level_];
        Ranges fill, line;
        fill.add(part.fill_first, part.fill_count), line.add(part.line_first, part.line_count);
        bool area = shapes_[k].area;
        float half = area ? 0.9f : static_cast<float>(kLineHalfWidth);
        draw_ranges(frame, fill, true, 0, 0.2f * opacity);
        draw_ranges(frame, line, false, half + (area ? 1.f : 1.2f), 0.7f * opacity, &frame.palette.halo);
        draw_ranges(frame, line, false, half, 0.95f * opacity);
    }
    draw_ranges(frame, fills_, true, 0, 0.2f);
    // A light halo under outlines and lines keeps them clear on land, water and other fills.
    draw_ranges(frame, area_outlines_, false, 1.9f, 0.7f, &frame.palette.halo);
    draw_ranges(frame, lines_, false, static_cast<float>(kLineHalfWidth) + 1.2f, 0.7f, &frame.palette.halo);
    draw_ranges(frame, area_outlines_, false, 0.9f, 0.95f);
    draw_ranges(frame, lines_, false, static_cast<float>(kLineHalfWidth), 0.95f);
    draw_ranges(frame, selected_, false, 2.2f, 1.f, &frame.palette.selection);
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing areas");
    if (frame.vector) record(frame, *frame.vector);
    place_labels(frame, shared);
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

// The area's title at its centre, when the area is wide enough on screen to hold it and no
// panel or earlier label is there.
void AreaLayer::place_labels(const FrameContext& frame, FrameShared& shared) {
    if (!frame.view.layers.labels || shown_.size() > 200) return;
    TextStyle style{FontFace::bold, static_cast<int>(std::lround(12 * frame.scale)), frame.palette.text,
                    frame.palette.halo, static_cast<int>(std::lround(2 * frame.scale))};
    std::vector<ScreenBox> placed;
    for (size_t k : shown_) {
        const Shape& s = shapes_[k];
        std::string title(store_.title(s.event));
        if (!s.area || title.empty()) continue;
        GeometryRef g = store_.geometry(s.event);
        WorldPoint nw = frame.map.lonlat_to_pixel({g.box().west, g.box().north});
        WorldPoint se = frame.map.lonlat_to_pixel({g.box().east, g.box().south});
        float width = text_.measure(title, style);
        if ((se.x - nw.x) * frame.scale < width * 0.8) continue;
        WorldPoint at = frame.map.lonlat_to_pixel({store_.lon()[s.event], store_.lat()[s.event]});
        double x = at.x * frame.scale - width / 2, y = at.y * frame.scale;
        ScreenBox box{x, y - text_.ascender(style), x + width, y + 4 * frame.scale};
        bool clear = true;
        for (const auto* boxes : {&placed, &shared.keep_clear})
            for (const ScreenBox& other : *boxes) clear = clear && !box.intersects(other);
        if (!clear) continue;
        placed.push_back(box);
        shared.taken.push_back(box);
        text_.add(title, static_cast<float>(x), static_cast<float>(y), style);
    }
}

// The shapes draw() drew, as paths (SVG, PDF export), pass by pass as draw() goes, from
// the store's geometry. Approximate zones' fills carry area.frag.glsl's hatching; their
// outlines are dashed as area.frag.glsl dashes them.
void AreaLayer::record(const FrameContext& frame, VectorRecord& record) {
    VectorPainter painter(frame, record);
    const float s = frame.scale;
    auto color_of = [&](size_t event, float alpha) {
        Rgba rgba = store_.categories()[store_.category()[event]].color;
        return category_color_on(frame.palette, {rgba.r / 255.f, rgba.g / 255.f, rgba.b / 255.f, alpha});
    };
    auto rings_of = [&](size_t event) {
        GeometryRef g = store_.geometry(event);
        std::vector<Ring> rings;
        for (size_t p = 0; p < g.part_count(); ++p)
            for (size_t r = 0; r < g.ring_count(p); ++r) rings.push_back(world_ring(g.ring(p, r)));
        return rings;
    };
    enum class Part { fill, outline, line };
    auto pass = [&](const char* group, bool faded, Part part, float half_width, float alpha, const Color* override_color) {
        for (size_t k : shown_) {
            const Shape& shape = shapes_[k];
            if (faded_in_time(store_, frame.view, shape.event) != faded) continue;
            if ((part == Part::line) == shape.area || (part == Part::fill && !shape.area)) continue;
            Color color = override_color ? *override_color : color_of(shape.event, 1);
            color.a *= alpha;
            std::vector<Ring> rings = rings_of(shape.event);
            if (part == Part::fill) {
                VectorStyle fill{.fill = color, .even_odd = true};
                if (store_.geometry(shape.event).approximate()) {
                    fill.hatch = hatch_of(frame, color);
                    fill.fill.a = color.a * 0.45f;  // the light stripes
                }
                painter.paths(group, rings, true, fill);
                continue;
            }
            VectorStyle style{.stroke = color, .stroke_width = 2 * half_width * s};
            if (store_.geometry(shape.event).approximate() && !override_color) style.dash = 6.5f * s, style.gap = 4.5f * s;
            painter.paths(group, rings, false, style);
            GeometryRef g = store_.geometry(shape.event);
            if (part == Part::line && g.arrow() && !rings.empty()) {  // the head, as append_arrowhead()
                AreaMesh arrow;
                append_arrowhead(rings.back(), 0, arrow);
                const std::vector<AreaVertex>& head = arrow.vertices;
                if (head.size() == 3) {
                    Ring triangle;
                    for (const AreaVertex& v : head)
                        triangle.push_back(painter.to_device({v.x, v.y}));
                    for (size_t i = 0; i < 3; ++i)
                        triangle[i].x += head[i].nx * half_width * s, triangle[i].y += head[i].ny * half_width * s;
                    record.path(group, {triangle}, true, {.fill = color});
                }
            }
        }
    };
    pass("earlier fills", true, Part::fill, 0, 0.07f, nullptr);
    pass("earlier outlines", true, Part::outline, 0.6f, 0.35f, nullptr);
    pass("earlier lines", true, Part::line, static_cast<float>(kLineHalfWidth) * 0.7f, 0.35f, nullptr);
    pass("fills", false, Part::fill, 0, 0.2f, nullptr);
    pass("halos", false, Part::outline, 1.9f, 0.7f, &frame.palette.halo);
    pass("halos", false, Part::line, static_cast<float>(kLineHalfWidth) + 1.2f, 0.7f, &frame.palette.halo);
    pass("outlines", false, Part::outline, 0.9f, 0.95f, nullptr);
    pass("lines", false, Part::line, static_cast<float>(kLineHalfWidth), 0.95f, nullptr);
    // The selected shapes' outlines and lines, as draw() draws selected_.
    const auto& selection = frame.view.selection;
    for (size_t k : shown_) {
        size_t event = shapes_[k].event;
        if (std::find(selection.begin(), selection.end(), store_.id(event)) == selection.end()) continue;
        painter.paths("selection", rings_of(event), false,
                      {.stroke = frame.palette.selection, .stroke_width = 2 * 2.2f * s});
    }
}

}  // namespace chronomap
