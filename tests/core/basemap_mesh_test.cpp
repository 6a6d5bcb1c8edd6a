#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

#include "basemap_builder.h"
#include "core/map/basemap_mesh.h"

using namespace chronomap;

namespace {
double triangles_area(const std::vector<Point2>& t) {
    double area = 0;
    for (size_t i = 0; i + 2 < t.size(); i += 3)
        area += std::abs((t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) - (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y)) / 2;
    return area;
}
bool inside_any(const std::vector<Point2>& t, Point2 p) {
    for (size_t i = 0; i + 2 < t.size(); i += 3) {
        auto side = [&](Point2 a, Point2 b) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); };
        double d1 = side(t[i], t[i + 1]), d2 = side(t[i + 1], t[i + 2]), d3 = side(t[i + 2], t[i]);
        if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("Triangulation keeps holes open and fills concave shapes exactly") {
    auto square_with_hole = triangulate_wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(3 3,3 7,7 7,7 3,3 3))");
    CHECK(triangles_area(square_with_hole) == doctest::Approx(100 - 16));
    CHECK_FALSE(inside_any(square_with_hole, {5, 5}));
    CHECK(inside_any(square_with_hole, {1, 1}));
    auto u_shape = triangulate_wkt("POLYGON((0 0,9 0,9 9,6 9,6 3,3 3,3 9,0 9,0 0))");
    CHECK(triangles_area(u_shape) == doctest::Approx(81 - 18));
    CHECK_FALSE(inside_any(u_shape, {4.5, 6}));
}

TEST_CASE("Border edges chain into polylines") {
    std::vector<std::pair<Point2, Point2>> segments = {{{0, 0}, {1, 0}}, {{2, 0}, {1, 0}}, {{2, 0}, {3, 1}}};
    auto lines = chain_segments(segments);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].size() == 4);
}

TEST_CASE("Lines extrude to two triangles per segment with miter joins") {
    LineMesh mesh;
    extrude_polyline({{0, 0}, {1, 0}, {1, 1}}, false, mesh);
    CHECK(mesh.vertices.size() == 6);
    CHECK(mesh.indices.size() == 12);
    // The corner's miter points diagonally and is longer than 1 so the width holds.
    const LineVertex& corner = mesh.vertices[2];
    CHECK(std::hypot(corner.nx, corner.ny) == doctest::Approx(std::sqrt(2.0)));
    LineMesh ring;
    extrude_polyline({{0, 0}, {1, 0}, {1, 1}, {0, 0}}, true, ring);
    CHECK(ring.indices.size() == 18);  // three segments, closed
}

TEST_CASE("Basemap mesh file round trip and a clear error for a bad file") {
    BasemapMesh mesh;
    mesh.land = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
    extrude_polyline({{0, 0}, {0.5, 0.5}}, false, mesh.borders);
    auto path = std::filesystem::temp_directory_path() / "chronomap-test-basemap.bin";
    write_basemap_mesh(path, mesh);
    BasemapMesh back = read_basemap_mesh(path);
    CHECK(back.land == mesh.land);
    CHECK(back.borders.indices == mesh.borders.indices);
    std::filesystem::remove(path);
    CHECK_THROWS_WITH(read_basemap_mesh(path), doctest::Contains("scripts/build"));
    CHECK(basemap_detail_for_zoom(1, 1) == BasemapDetail::coarse_110m);
    CHECK(basemap_detail_for_zoom(1.8, 2) == BasemapDetail::medium_50m);
    CHECK(basemap_detail_for_zoom(6, 1) == BasemapDetail::fine_10m);
}
