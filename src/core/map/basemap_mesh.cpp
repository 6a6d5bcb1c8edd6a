#include "core/map/basemap_mesh.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

#include "core/io/atomic_file.h"
#include "core/map/mapped_mesh_file.h"

namespace chronomap {

void extrude_polyline(const std::vector<Point2>& input, bool closed, LineMesh& mesh) {
    std::vector<Point2> points;
    for (const Point2& p : input)
        if (points.empty() || p.x != points.back().x || p.y != points.back().y) points.push_back(p);
    if (closed && points.size() > 1 && points.front().x == points.back().x && points.front().y == points.back().y)
        points.pop_back();
    size_t n = points.size();
    if (n < 2) return;

    auto unit_normal = [&](size_t a, size_t b) {
        double dx = points[b].x - points[a].x, dy = points[b].y - points[a].y;
        double length = std::hypot(dx, dy);
        return Point2{-dy / length, dx / length};
    };
    auto first = static_cast<std::uint32_t>(mesh.vertices.size());
    for (size_t i = 0; i < n; ++i) {
        bool has_prev = closed || i > 0, has_next = closed || i + 1 < n;
        Point2 before = has_prev ? unit_normal((i + n - 1) % n, i) : unit_normal(i, i + 1);
        Point2 after = has_next ? unit_normal(i, (i + 1) % n) : before;
        Point2 miter{before.x + after.x, before.y + after.y};
        double length = std::hypot(miter.x, miter.y);
        if (length < 1e-6) {
            miter = before;  // a full U-turn: no sensible miter, keep the segment's normal
        } else {
            miter = {miter.x / length, miter.y / length};
            // Stretch so the line keeps its width at the corner; cap it so spikes stay short.
            double stretch = std::min(1.0 / std::max(miter.x * after.x + miter.y * after.y, 1e-6), 2.5);
            miter = {miter.x * stretch, miter.y * stretch};
        }
        auto x = static_cast<float>(points[i].x), y = static_cast<float>(points[i].y);
        mesh.vertices.push_back({x, y, static_cast<float>(miter.x), static_cast<float>(miter.y)});
        mesh.vertices.push_back({x, y, static_cast<float>(-miter.x), static_cast<float>(-miter.y)});
    }
    size_t segments = closed ? n : n - 1;
    for (size_t s = 0; s < segments; ++s) {
        std::uint32_t a = first + static_cast<std::uint32_t>(2 * s);
        std::uint32_t b = first + static_cast<std::uint32_t>(2 * ((s + 1) % n));
        mesh.indices.insert(mesh.indices.end(), {a, a + 1, b, b, a + 1, b + 1});
    }
}

std::string basemap_file_name(BasemapDetail detail) {
    switch (detail) {
        case BasemapDetail::coarse_110m: return "basemap-110m.bin";
        case BasemapDetail::medium_50m: return "basemap-50m.bin";
        case BasemapDetail::fine_10m: return "basemap-10m.bin";
    }
    return "basemap-110m.bin";
}

BasemapDetail basemap_detail_for_zoom(double zoom, double pixel_scale) {
    // 110m is about 1:110 million: crisp up to a world a few screens wide.
    double effective = zoom + std::log2(std::max(pixel_scale, 1.0));
    if (effective < 2.5) return BasemapDetail::coarse_110m;
    if (effective < 4.5) return BasemapDetail::medium_50m;
    return BasemapDetail::fine_10m;
}

namespace {
constexpr char kBasemapMagic[8] = {'C', 'M', 'B', 'A', 'S', 'E', '0', '1'};
}  // namespace

void write_basemap_mesh(const std::filesystem::path& path, const BasemapMesh& mesh) {
    write_file_atomically(path, [&](std::ostream& out) {
        out.write(kBasemapMagic, sizeof kBasemapMagic);
        write_mesh_array(out, mesh.land);
        write_mesh_array(out, mesh.coastlines.vertices);
        write_mesh_array(out, mesh.coastlines.indices);
        write_mesh_array(out, mesh.borders.vertices);
        write_mesh_array(out, mesh.borders.indices);
    });
}

MappedBasemapMesh::MappedBasemapMesh(const std::filesystem::path& path, bool populate)
    : file_(std::make_unique<MappedMeshFile>(path, kBasemapMagic, "basemap mesh",
                                             "; rebuild it with scripts/build (target `basemap`)", populate)) {
    view_.land = file_->next_array<float>();
    view_.coastlines.vertices = file_->next_array<LineVertex>();
    view_.coastlines.indices = file_->next_array<std::uint32_t>();
    view_.borders.vertices = file_->next_array<LineVertex>();
    view_.borders.indices = file_->next_array<std::uint32_t>();
}

MappedBasemapMesh::~MappedBasemapMesh() = default;

void MappedBasemapMesh::fail(const std::string& what) const { file_->fail(what); }

BasemapMesh read_basemap_mesh(const std::filesystem::path& path) {
    MappedBasemapMesh mapped(path, true);
    const BasemapMeshView& v = mapped.view();
    auto lines = [](const LineMeshView& from) {
        return LineMesh{{from.vertices.begin(), from.vertices.end()}, {from.indices.begin(), from.indices.end()}};
    };
    return {{v.land.begin(), v.land.end()}, lines(v.coastlines), lines(v.borders)};
}

}  // namespace chronomap
