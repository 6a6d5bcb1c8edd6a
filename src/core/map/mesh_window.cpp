#include "core/map/mesh_window.h"

#include <algorithm>
#include <limits>

namespace chronomap {

MeshWindow mesh_window_around(const WorldBox& seen, double zoom) {
    double w = seen.x1 - seen.x0, h = seen.y1 - seen.y0;
    WorldBox box{seen.x0 - w, seen.y0 - h, seen.x1 + w, seen.y1 + h};
    constexpr double kEverywhere = 1e9;
    if (box.contains({0, 0, 1, 1})) box = {-kEverywhere, -kEverywhere, kEverywhere, kEverywhere};
    return {box, zoom + 1};
}

namespace {
constexpr std::uint32_t kNotKept = std::numeric_limits<std::uint32_t>::max();

template <class Mapped>
LineMesh lines_within(const Mapped& file, const LineMeshView& lines, const WorldBox& box) {
    LineMesh out;
    std::vector<std::uint32_t> renumbered(lines.vertices.size(), kNotKept);
    for (size_t t = 0; t + 3 <= lines.indices.size(); t += 3) {
        const std::uint32_t* corner = &lines.indices[t];
        if (std::max({corner[0], corner[1], corner[2]}) >= lines.vertices.size()) file.fail("an index is out of range");
        const LineVertex &a = lines.vertices[corner[0]], &b = lines.vertices[corner[1]], &c = lines.vertices[corner[2]];
        if (!box.meets(std::min({a.x, b.x, c.x}), std::min({a.y, b.y, c.y}), std::max({a.x, b.x, c.x}),
                       std::max({a.y, b.y, c.y})))
            continue;
        for (int k = 0; k < 3; ++k) {
            std::uint32_t& to = renumbered[corner[k]];
            if (to == kNotKept) {
                to = static_cast<std::uint32_t>(out.vertices.size());
                out.vertices.push_back(lines.vertices[corner[k]]);
            }
            out.indices.push_back(to);
        }
    }
    return out;
}

bool shown(const GeographyChunk& c, const MeshWindow& window) {
    return c.min_zoom <= window.zoom && window.box.meets(c.x0, c.y0, c.x1, c.y1);
}

// A chunk's vertices are one run of the file (the builder extrudes chunk by chunk): copied
// as a run, its indices shifted onto the copy.
void copy_line_chunks(const MappedGeographyMesh& file, const ChunkedLinesView& from, const MeshWindow& window,
                      ChunkedLines& to) {
    for (const GeographyChunk& c : from.chunks) {
        if (!shown(c, window)) continue;
        GeographyChunk copy = c;
        copy.first = static_cast<std::uint32_t>(to.mesh.indices.size());
        to.chunks.push_back(copy);
        if (c.count == 0) continue;
        std::span<const std::uint32_t> indices = from.mesh.indices.subspan(c.first, c.count);
        auto [low, high] = std::minmax_element(indices.begin(), indices.end());
        if (*high >= from.mesh.vertices.size()) file.fail("an index is out of range");
        auto base = static_cast<std::uint32_t>(to.mesh.vertices.size());
        to.mesh.vertices.insert(to.mesh.vertices.end(), from.mesh.vertices.begin() + *low,
                                from.mesh.vertices.begin() + *high + 1);
        for (std::uint32_t i : indices) to.mesh.indices.push_back(i - *low + base);
    }
}
}  // namespace

BasemapMesh basemap_within(const MappedBasemapMesh& mesh, const MeshWindow& window) {
    const BasemapMeshView& v = mesh.view();
    const WorldBox& box = window.box;
    BasemapMesh out;
    for (size_t i = 0; i + 6 <= v.land.size(); i += 6) {
        const float* p = &v.land[i];
        if (box.meets(std::min({p[0], p[2], p[4]}), std::min({p[1], p[3], p[5]}), std::max({p[0], p[2], p[4]}),
                      std::max({p[1], p[3], p[5]})))
            out.land.insert(out.land.end(), p, p + 6);
    }
    out.coastlines = lines_within(mesh, v.coastlines, box);
    out.borders = lines_within(mesh, v.borders, box);
    return out;
}

GeographyMesh geography_within(const MappedGeographyMesh& mesh, const MeshWindow& window) {
    const GeographyMeshView& v = mesh.view();
    GeographyMesh out;
    for (const GeographyChunk& c : v.lake_chunks) {
        if (!shown(c, window)) continue;
        GeographyChunk copy = c;
        copy.first = static_cast<std::uint32_t>(out.lakes.triangles.size() / 2);
        out.lakes.chunks.push_back(copy);
        auto first = v.lake_triangles.begin() + 2 * static_cast<std::ptrdiff_t>(c.first);
        out.lakes.triangles.insert(out.lakes.triangles.end(), first, first + 2 * static_cast<std::ptrdiff_t>(c.count));
    }
    copy_line_chunks(mesh, v.rivers, window, out.rivers);
    copy_line_chunks(mesh, v.regions, window, out.regions);
    return out;
}

}  // namespace chronomap
