#include "core/user_layers/user_layer_geometry.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>

namespace chronomap {

std::vector<Point2> simplify_polyline(const std::vector<Point2>& points, double tolerance) {
    if (tolerance <= 0 || points.size() < 3) return points;
    std::vector<char> keep(points.size(), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<size_t, size_t>> stack{{0, points.size() - 1}};
    double tolerance2 = tolerance * tolerance;
    while (!stack.empty()) {
        auto [a, b] = stack.back();
        stack.pop_back();
        double dx = points[b].x - points[a].x, dy = points[b].y - points[a].y;
        double length2 = dx * dx + dy * dy;
        double worst = -1;
        size_t worst_at = a;
        for (size_t i = a + 1; i < b; ++i) {
            double px = points[i].x - points[a].x, py = points[i].y - points[a].y;
            double d2;
            if (length2 == 0) {
                d2 = px * px + py * py;
            } else {
                double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
                double ex = px - t * dx, ey = py - t * dy;
                d2 = ex * ex + ey * ey;
            }
            if (d2 > worst) worst = d2, worst_at = i;
        }
        if (worst > tolerance2) {
            keep[worst_at] = 1;
            stack.push_back({a, worst_at});
            stack.push_back({worst_at, b});
        }
    }
    std::vector<Point2> out;
    for (size_t i = 0; i < points.size(); ++i)
        if (keep[i]) out.push_back(points[i]);
    return out;
}

namespace {
GEOSGeometry* make_ring(GEOSContextHandle_t h, const std::vector<Point2>& ring) {
    std::vector<Point2> closed = ring;
    if (closed.front().x != closed.back().x || closed.front().y != closed.back().y) closed.push_back(closed.front());
    if (closed.size() < 4) return nullptr;
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(h, static_cast<unsigned>(closed.size()), 2);
    for (size_t i = 0; i < closed.size(); ++i)
        GEOSCoordSeq_setXY_r(h, sequence, static_cast<unsigned>(i), closed[i].x, closed[i].y);
    return GEOSGeom_createLinearRing_r(h, sequence);
}

bool append_triangles(GEOSContextHandle_t h, const GEOSGeometry* polygon, std::vector<float>& out) {
    GEOSGeometry* triangles = GEOSConstrainedDelaunayTriangulation_r(h, polygon);
    if (!triangles) return false;
    for (int i = 0; i < GEOSGetNumGeometries_r(h, triangles); ++i) {
        const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, GEOSGetGeometryN_r(h, triangles, i));
        const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(h, ring);
        for (unsigned v = 0; v < 3; ++v) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(h, sequence, v, &x, &y);
            out.push_back(static_cast<float>(x));
            out.push_back(static_cast<float>(y));
        }
    }
    GEOSGeom_destroy_r(h, triangles);
    return true;
}
}  // namespace

PolygonTriangulator::PolygonTriangulator() : context_(GEOS_init_r()) {}
PolygonTriangulator::~PolygonTriangulator() { GEOS_finish_r(static_cast<GEOSContextHandle_t>(context_)); }

bool PolygonTriangulator::fill(const std::vector<std::vector<Point2>>& rings, std::vector<float>& out) {
    auto h = static_cast<GEOSContextHandle_t>(context_);
    if (rings.empty() || rings[0].size() < 3) return true;
    GEOSGeometry* shell = make_ring(h, rings[0]);
    if (!shell) return true;
    std::vector<GEOSGeometry*> holes;
    for (size_t i = 1; i < rings.size(); ++i)
        if (rings[i].size() >= 3)
            if (GEOSGeometry* hole = make_ring(h, rings[i])) holes.push_back(hole);
    GEOSGeometry* polygon =
        GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
    if (!polygon) return false;
    bool done = append_triangles(h, polygon, out);
    if (!done) {
        // Self-touching rings (common in hand-drawn data): a zero buffer repairs most.
        if (GEOSGeometry* repaired = GEOSBuffer_r(h, polygon, 0, 8)) {
            done = append_triangles(h, repaired, out);
            GEOSGeom_destroy_r(h, repaired);
        }
    }
    GEOSGeom_destroy_r(h, polygon);
    return done;
}

}  // namespace chronomap
