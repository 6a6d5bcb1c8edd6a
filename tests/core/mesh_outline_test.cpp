#include <doctest/doctest.h>

#include "core/geometry/mesh_outline.h"

using namespace chronomap;

namespace {
double ring_area(const Ring& ring) {
    double area = 0;
    for (size_t i = 0; i < ring.size(); ++i) {
        const Point2 &a = ring[i], &b = ring[(i + 1) % ring.size()];
        area += a.x * b.y - b.x * a.y;
    }
    return area / 2;
}
const Box2 kEverything{-1e9, -1e9, 1e9, 1e9};
}  // namespace

TEST_CASE("outline_of_triangles: a square of two triangles, either way round, is one ring of its four corners") {
    // The second triangle wound the other way, as a tessellator may leave it.
    std::vector<float> square{0, 0, 1, 0, 1, 1, /**/ 0, 0, 0, 1, 1, 1};
    std::vector<Ring> rings = outline_of_triangles(square.data(), 6, kEverything);
    REQUIRE(rings.size() == 1);
    CHECK(rings[0].size() == 4);
    CHECK(ring_area(rings[0]) == doctest::Approx(1));
}

TEST_CASE("outline_of_triangles: a frame around a hole gives an outer ring and a hole wound the other way") {
    // A 3x3 square without its middle cell: eight cells of two triangles.
    std::vector<float> xy;
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x) {
            if (x == 1 && y == 1) continue;
            auto fx = static_cast<float>(x), fy = static_cast<float>(y);
            xy.insert(xy.end(), {fx, fy, fx + 1, fy, fx + 1, fy + 1, fx, fy, fx + 1, fy + 1, fx, fy + 1});
        }
    std::vector<Ring> rings = outline_of_triangles(xy.data(), xy.size() / 2, kEverything);
    REQUIRE(rings.size() == 2);
    double a = ring_area(rings[0]), b = ring_area(rings[1]);
    CHECK(a + b == doctest::Approx(8));  // 9 - 1: the non-zero rule fills the frame only
    CHECK(a * b < 0);
    // Triangles away from the kept box are left out.
    CHECK(outline_of_triangles(xy.data(), xy.size() / 2, {10, 10, 11, 11}).empty());
}

TEST_CASE("polylines_of_strips gives back the lines extrude_polyline made") {
    LineMesh mesh;
    extrude_polyline({{0, 0}, {1, 0}, {1, 1}}, false, mesh);
    extrude_polyline({{5, 5}, {6, 5}, {6, 6}}, true, mesh);
    std::vector<Ring> lines = polylines_of_strips(mesh, 0, mesh.indices.size());
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].size() == 3);
    CHECK(lines[0][2].y == 1);
    CHECK(lines[1].size() == 4);  // closed: back to the first point
    CHECK(lines[1][3].x == 5);
    CHECK(lines[1][3].y == 5);
}

TEST_CASE("clip_ring, clip_polyline and simplify keep what the box shows, within the tolerance") {
    Ring big{{-10, -10}, {10, -10}, {10, 10}, {-10, 10}};
    Ring cut = clip_ring(big, {0, 0, 5, 5});
    CHECK(std::abs(ring_area(cut)) == doctest::Approx(25));
    std::vector<Ring> parts = clip_polyline({{-20, 0}, {-10, 0}, {1, 0}, {2, 0}, {20, 50}, {30, 50}}, {0, -1, 5, 1});
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].front().x == -10);  // whole segments: the box is a margin
    Ring wiggly{{0, 0}, {1, 0.1}, {2, -0.1}, {3, 0}, {3, 5}};
    Ring thin = simplify(wiggly, 0.25);
    CHECK(thin.size() == 3);
    CHECK(simplify(wiggly, 0.05).size() == 5);
}
