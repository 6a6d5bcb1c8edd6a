// The basemap as the GPU wants it: land as triangles, coastlines and borders as extrudable
// line strips, all in normalised Web Mercator world coordinates (web_mercator.h). Built once
// from Natural Earth by chronomap-build-basemap into the geodata folder, read at start-up.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace chronomap {

// One side of a line: the shader moves the vertex by `normal` times half the line width in
// pixels, so one mesh draws lines of any width at any zoom. At joins `normal` is the miter
// (longer than 1).
struct LineVertex {
    float x = 0, y = 0, nx = 0, ny = 0;
};

struct LineMesh {
    std::vector<LineVertex> vertices;
    std::vector<std::uint32_t> indices;  // triangles
};

struct BasemapMesh {
    std::vector<float> land;  // x, y per vertex; three vertices per triangle
    LineMesh coastlines;
    LineMesh borders;
};

// The same meshes read in place from a mapped file (MappedBasemapMesh).
struct LineMeshView {
    std::span<const LineVertex> vertices;
    std::span<const std::uint32_t> indices;
};
struct BasemapMeshView {
    std::span<const float> land;
    LineMeshView coastlines;
    LineMeshView borders;
};

struct Point2 {
    double x = 0, y = 0;
};

// Appends a strip of two triangles per segment of `points`; `closed` joins the last point to
// the first. Repeated points are skipped.
void extrude_polyline(const std::vector<Point2>& points, bool closed, LineMesh& mesh);

// Natural Earth resolutions, coarse to fine, and the file each is stored in.
enum class BasemapDetail : std::uint8_t { coarse_110m, medium_50m, fine_10m };
std::string basemap_file_name(BasemapDetail detail);  // "basemap-110m.bin"
// The detail worth drawing at a zoom, given the pixel scale (finer on HiDPI).
BasemapDetail basemap_detail_for_zoom(double zoom, double pixel_scale);

void write_basemap_mesh(const std::filesystem::path& path, const BasemapMesh& mesh);
// Throws std::runtime_error naming the file and saying how to rebuild it.
BasemapMesh read_basemap_mesh(const std::filesystem::path& path);

class MappedMeshFile;

// A basemap file mapped and its arrays read in place (no copy): core/map/mesh_window.h copies
// out what a camera shows. Throws as read_basemap_mesh().
class MappedBasemapMesh {
public:
    MappedBasemapMesh(const std::filesystem::path& path, bool populate);
    ~MappedBasemapMesh();
    const BasemapMeshView& view() const { return view_; }
    // Throws std::runtime_error "FILE: what; how to rebuild it".
    [[noreturn]] void fail(const std::string& what) const;

private:
    std::unique_ptr<MappedMeshFile> file_;
    BasemapMeshView view_;
};

}  // namespace chronomap
