#include <doctest/doctest.h>

#include <filesystem>

#include "core/map/mesh_window.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {
// Two land triangles (one near 0.1, one near 0.8) and a border line on each side.
BasemapMesh two_sides() {
    BasemapMesh mesh;
    mesh.land = {0.10f, 0.10f, 0.12f, 0.10f, 0.10f, 0.12f,   // west
                 0.80f, 0.80f, 0.82f, 0.80f, 0.80f, 0.82f};  // east
    extrude_polyline({{0.80, 0.81}, {0.85, 0.81}}, false, mesh.borders);
    extrude_polyline({{0.11, 0.11}, {0.13, 0.11}, {0.13, 0.13}}, false, mesh.borders);
    return mesh;
}

// Chunks in two cells and two ranks: a lake and a river in each cell, the eastern river shown
// from zoom 6 only.
GeographyMesh two_cells() {
    GeographyMesh mesh;
    mesh.lakes.triangles = {0.10f, 0.10f, 0.12f, 0.10f, 0.10f, 0.12f, 0.80f, 0.80f, 0.82f, 0.80f, 0.80f, 0.82f};
    mesh.lakes.chunks = {{0, 0, 0.10f, 0.10f, 0.12f, 0.12f, 0, 3}, {0, 0, 0.80f, 0.80f, 0.82f, 0.82f, 3, 3}};
    extrude_polyline({{0.11, 0.11}, {0.13, 0.11}, {0.13, 0.13}}, false, mesh.rivers.mesh);
    auto west = static_cast<std::uint32_t>(mesh.rivers.mesh.indices.size());
    extrude_polyline({{0.80, 0.81}, {0.85, 0.81}}, false, mesh.rivers.mesh);
    auto all = static_cast<std::uint32_t>(mesh.rivers.mesh.indices.size());
    mesh.rivers.chunks = {{0, 0, 0.11f, 0.11f, 0.13f, 0.13f, 0, west}, {6, 1, 0.80f, 0.81f, 0.85f, 0.81f, west, all - west}};
    return mesh;
}

// The triangles of a line mesh as corner positions, in drawing order.
std::vector<float> corners(const LineMesh& mesh, std::uint32_t first, std::uint32_t count) {
    std::vector<float> out;
    for (std::uint32_t i = first; i < first + count; ++i) {
        const LineVertex& v = mesh.vertices[mesh.indices[i]];
        out.insert(out.end(), {v.x, v.y, v.nx, v.ny});
    }
    return out;
}
}  // namespace

TEST_CASE("A mesh window holds what a camera sees, a view's size around it, and one more zoom level") {
    WorldBox seen{0.4, 0.4, 0.5, 0.45};
    MeshWindow window = mesh_window_around(seen, 5);
    CHECK(window.covers(seen, 5));
    CHECK(window.covers({0.32, 0.36, 0.58, 0.49}, 6));  // panned and zoomed a little
    CHECK_FALSE(window.covers({0.6, 0.4, 0.7, 0.45}, 5));  // panned past it
    CHECK_FALSE(window.covers(seen, 6.5));                 // zoomed past it
    MeshWindow world = mesh_window_around({-0.2, 0.1, 1.2, 0.9}, 0.5);
    CHECK(world.covers({-3, -3, 4, 4}, 1.5));  // the whole world is in: panning never uploads again
}

TEST_CASE("The basemap within a window keeps the shapes that meet it, in order, lines renumbered") {
    fs::path path = fs::temp_directory_path() / "chronomap-mesh-window-basemap.bin";
    BasemapMesh whole = two_sides();
    write_basemap_mesh(path, whole);
    MappedBasemapMesh mapped(path, true);

    BasemapMesh west = basemap_within(mapped, mesh_window_around({0.105, 0.105, 0.125, 0.125}, 6));
    CHECK(west.land == std::vector<float>(whole.land.begin(), whole.land.begin() + 6));
    REQUIRE(west.borders.indices.size() == 12);  // the western line's two segments, not the eastern one
    CHECK(west.borders.vertices.size() == 6);
    CHECK(corners(west.borders, 0, 12) == corners(whole.borders, 6, 12));
    CHECK(west.coastlines.indices.empty());

    BasemapMesh everything = basemap_within(mapped, mesh_window_around({0, 0, 1, 1}, 1));
    CHECK(everything.land == whole.land);
    CHECK(corners(everything.borders, 0, 18) == corners(whole.borders, 0, 18));

    // A corrupt index is refused with the way out, not read past the vertices.
    whole.borders.indices[4] = 1000;
    write_basemap_mesh(path, whole);
    MappedBasemapMesh corrupt(path, true);
    CHECK_THROWS_WITH(basemap_within(corrupt, mesh_window_around({0, 0, 1, 1}, 1)),
                      doctest::Contains("an index is out of range; rebuild it with scripts/build"));
    fs::remove(path);
}

TEST_CASE("The geography within a window is the chunks drawn there, with the same triangles") {
    fs::path path = fs::temp_directory_path() / "chronomap-mesh-window-geography.bin";
    GeographyMesh whole = two_cells();
    write_geography_mesh(path, whole);
    MappedGeographyMesh mapped(path);

    WorldBox east{0.79, 0.79, 0.86, 0.83};
    GeographyMesh part = geography_within(mapped, mesh_window_around(east, 5));
    REQUIRE(part.lakes.chunks.size() == 1);
    CHECK(part.lakes.chunks[0].first == 0);
    CHECK(part.lakes.triangles == std::vector<float>(whole.lakes.triangles.begin() + 6, whole.lakes.triangles.end()));
    // Zoom 5 + 1: the eastern river (from zoom 6) is in, the western one is out of the box.
    REQUIRE(part.rivers.chunks.size() == 1);
    const GeographyChunk& river = part.rivers.chunks[0];
    CHECK(river.min_zoom == 6);
    CHECK(corners(part.rivers.mesh, river.first, river.count) ==
          corners(whole.rivers.mesh, whole.rivers.chunks[1].first, whole.rivers.chunks[1].count));

    GeographyMesh low = geography_within(mapped, mesh_window_around(east, 4));
    CHECK(low.rivers.chunks.empty());  // not shown before zoom 6
    CHECK(low.lakes.chunks.size() == 1);

    whole.rivers.mesh.indices[2] = 999;
    write_geography_mesh(path, whole);
    MappedGeographyMesh corrupt(path);
    CHECK_THROWS_WITH(geography_within(corrupt, mesh_window_around({0, 0, 1, 1}, 9)),
                      doctest::Contains("an index is out of range"));
    fs::remove(path);
    CHECK_THROWS_WITH(MappedGeographyMesh{path}, doctest::Contains("scripts/build"));
}
