#include "core/geometry/event_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronomap {

std::string_view geometry_kind_name(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::point: return "point";
        case GeometryKind::line: return "line";
        case GeometryKind::area: return "area";
    }
    return "?";
}

void Geometry::add_ring(std::span<const LonLat> points) {
    vertices.insert(vertices.end(), points.begin(), points.end());
    ring_starts.push_back(static_cast<std::uint32_t>(vertices.size()));
}

LonLatBox bounding_box(const Geometry& geometry) {
    if (geometry.vertices.empty()) return {};
    LonLatBox box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                  std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const LonLat& p : geometry.vertices) {
        box.west = std::min(box.west, p.lon), box.east = std::max(box.east, p.lon);
        box.south = std::min(box.south, p.lat), box.north = std::max(box.north, p.lat);
    }
    return box;
}

namespace {
double ring_area(std::span<const LonLat> ring) {
    double twice = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const LonLat &a = ring[i], &b = ring[(i + 1) % n];
        twice += a.lon * b.lat - b.lon * a.lat;
    }
    return std::abs(twice) / 2;
}
}  // namespace

LonLat representative_point(const Geometry& geometry) {
    if (geometry.vertices.empty()) return {NAN, NAN};
    if (geometry.kind == GeometryKind::point) return geometry.vertices.front();
    if (geometry.kind == GeometryKind::line) {
        // The middle vertex of the longest part: on the line itself.
        size_t best = 0, best_size = 0;
        for (size_t r = 0; r < geometry.ring_count(); ++r)
            if (geometry.ring(r).size() > best_size) best = r, best_size = geometry.ring(r).size();
        return geometry.ring(best)[best_size / 2];
    }
    // The area centroid of the largest outline (holes ignored: fine for a marker or a label).
    size_t best = 0;
    double best_area = -1;
    for (size_t p = 0; p < geometry.part_count(); ++p) {
        double a = ring_area(geometry.ring(geometry.part_starts[p]));
        if (a > best_area) best = geometry.part_starts[p], best_area = a;
    }
    std::span<const LonLat> ring = geometry.ring(best);
    double cx = 0, cy = 0, twice = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const LonLat &a = ring[i], &b = ring[(i + 1) % n];
        double cross = a.lon * b.lat - b.lon * a.lat;
        twice += cross, cx += (a.lon + b.lon) * cross, cy += (a.lat + b.lat) * cross;
    }
    if (std::abs(twice) < 1e-18) return ring.front();
    return {cx / (3 * twice), cy / (3 * twice)};
}

std::uint32_t GeometryPool::add(const Geometry& g, bool approximate, bool arrow) {
    auto first_ring = static_cast<std::uint32_t>(ring_starts_.size() - 1);
    auto first_vertex = static_cast<std::uint32_t>(vertices_.size());
    vertices_.insert(vertices_.end(), g.vertices.begin(), g.vertices.end());
    for (size_t r = 1; r < g.ring_starts.size(); ++r) ring_starts_.push_back(first_vertex + g.ring_starts[r]);
    auto first_part = static_cast<std::uint32_t>(part_starts_.size() - 1);
    for (size_t p = 1; p < g.part_starts.size(); ++p) part_starts_.push_back(first_ring + g.part_starts[p]);
    shapes_.push_back({g.kind, approximate, arrow, first_part, static_cast<std::uint32_t>(g.part_count()), bounding_box(g)});
    return static_cast<std::uint32_t>(shapes_.size() - 1);
}

std::uint32_t GeometryPool::append(const GeometryPool& other) {
    auto shift = static_cast<std::uint32_t>(shapes_.size());
    for (std::uint32_t s = 0; s < other.size(); ++s) {
        Geometry g = other.copy(s);
        add(g, other.shapes_[s].approximate, other.shapes_[s].arrow);
    }
    return shift;
}

Geometry GeometryPool::copy(std::uint32_t shape) const {
    GeometryRef ref = get(shape);
    Geometry g;
    g.kind = ref.kind();
    for (size_t p = 0; p < ref.part_count(); ++p) {
        for (size_t r = 0; r < ref.ring_count(p); ++r) g.add_ring(ref.ring(p, r));
        g.end_part();
    }
    return g;
}

GeometryKind GeometryRef::kind() const { return pool->shapes_[shape].kind; }
bool GeometryRef::approximate() const { return pool->shapes_[shape].approximate; }
bool GeometryRef::arrow() const { return pool->shapes_[shape].arrow; }
size_t GeometryRef::part_count() const { return pool->shapes_[shape].part_count; }
LonLatBox GeometryRef::box() const { return pool->shapes_[shape].box; }
size_t GeometryRef::ring_count(size_t part) const {
    size_t p = pool->shapes_[shape].first_part + part;
    return pool->part_starts_[p + 1] - pool->part_starts_[p];
}
std::span<const LonLat> GeometryRef::ring(size_t part, size_t r) const {
    size_t ring = pool->part_starts_[pool->shapes_[shape].first_part + part] + r;
    return {pool->vertices_.data() + pool->ring_starts_[ring], pool->vertices_.data() + pool->ring_starts_[ring + 1]};
}

}  // namespace chronomap
