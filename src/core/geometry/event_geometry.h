// The shape of an area or line event: GeoJSON's Polygon, MultiPolygon, LineString,
// MultiLineString (and Point), in lon/lat degrees. `Geometry` is one shape as a reader
// builds it; `GeometryPool` keeps the shapes of a whole store as offsets into one vertex
// pool (DESIGN.md "Beyond points"), so 10 k areas are a few vectors, not 10 k allocations.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/map/web_mercator.h"

namespace chronomap {

enum class GeometryKind : std::uint8_t { point, line, area };
std::string_view geometry_kind_name(GeometryKind kind);  // "point", "line", "area"

// Parts (polygons, or line strings) made of rings (a polygon's first ring is its outline,
// the others its holes; a line string is one ring, not closed).
struct Geometry {
    GeometryKind kind = GeometryKind::point;
    std::vector<LonLat> vertices;
    std::vector<std::uint32_t> ring_starts{0};  // ring r: vertices[ring_starts[r], ring_starts[r+1])
    std::vector<std::uint32_t> part_starts{0};  // part p: rings [part_starts[p], part_starts[p+1])

    size_t part_count() const { return part_starts.size() - 1; }
    size_t ring_count() const { return ring_starts.size() - 1; }
    std::span<const LonLat> ring(size_t r) const {
        return {vertices.data() + ring_starts[r], vertices.data() + ring_starts[r + 1]};
    }
    void add_ring(std::span<const LonLat> points);  // to the current part
    void end_part() { part_starts.push_back(static_cast<std::uint32_t>(ring_count())); }
};

// Where a geometry's name or a marker belongs: the centre of its largest outline's box
// for lines, the vertex mean of the largest ring for areas (good enough for zones that are
// roughly convex; labels use label_point_of()).
LonLat representative_point(const Geometry& geometry);
struct LonLatBox {
    double west = 0, south = 0, east = 0, north = 0;
};
LonLatBox bounding_box(const Geometry& geometry);

class GeometryPool;

// One stored shape: views into the pool, valid while the pool lives.
struct GeometryRef {
    const GeometryPool* pool = nullptr;
    std::uint32_t shape = 0;

    GeometryKind kind() const;
    bool approximate() const;  // drawn hatched / dashed: the zone is known roughly
    bool arrow() const;        // a line drawn with an arrowhead at its end (an offensive's direction)
    size_t part_count() const;
    size_t ring_count(size_t part) const;
    std::span<const LonLat> ring(size_t part, size_t r) const;
    LonLatBox box() const;
};

class GeometryPool {
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};
    std::uint32_t add(const Geometry& geometry, bool approximate, bool arrow = false);
    // The shapes of another pool after these; returns the number to add to its shape ids.
    std::uint32_t append(const GeometryPool& other);
    size_t size() const { return shapes_.size(); }
    GeometryRef get(std::uint32_t shape) const { return {this, shape}; }
    Geometry copy(std::uint32_t shape) const;  // as a reader built it
    size_t vertex_count() const { return vertices_.size(); }

private:
    struct Shape {
        GeometryKind kind;
        bool approximate, arrow;
        std::uint32_t first_part, part_count;
        LonLatBox box;
    };
    std::vector<LonLat> vertices_;
    std::vector<std::uint32_t> ring_starts_{0};
    std::vector<std::uint32_t> part_starts_{0};
    std::vector<Shape> shapes_;
    friend struct GeometryRef;
};

}  // namespace chronomap
