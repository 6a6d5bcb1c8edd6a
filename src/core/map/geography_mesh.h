// The shipped geography drawn over the land: lakes and reservoirs as triangles, rivers and
// first-level region boundaries (governorates, provinces, wilayas) as extrudable line
// strips, in normalised Web Mercator world coordinates like the basemap mesh. Built once by
// chronomap-build-geography into geodata/geography.bin (geodata/README.md).
//
// Each part is cut into chunks: one per rank (the zoom it is shown from, a line style) and
// per cell of a 16 x 16 world grid, so a camera draws only the ranks its zoom shows and the
// cells it sees.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/map/basemap_mesh.h"

namespace chronomap {

struct GeographyChunk {
    float min_zoom = 0;        // drawn from this map zoom on
    std::uint32_t style = 0;   // rivers: 0 major, 1 other, 2 intermittent or canal
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // bounding box, world coordinates
    std::uint32_t first = 0, count = 0;    // vertices (fills) or indices (lines)
};

struct ChunkedFill {
    std::vector<float> triangles;  // x, y per vertex; three vertices per triangle
    std::vector<GeographyChunk> chunks;
};

struct ChunkedLines {
    LineMesh mesh;
    std::vector<GeographyChunk> chunks;
};

// The same read in place from a mapped file (MappedGeographyMesh).
struct ChunkedLinesView {
    LineMeshView mesh;
    std::span<const GeographyChunk> chunks;
};
struct GeographyMeshView {
    std::span<const float> lake_triangles;
    std::span<const GeographyChunk> lake_chunks;
    ChunkedLinesView rivers;
    ChunkedLinesView regions;
};

struct GeographyMesh {
    ChunkedFill lakes;
    ChunkedLines rivers;
    ChunkedLines regions;  // boundaries between first-level regions of one country
};

inline constexpr const char* kGeographyFile = "geography.bin";
inline constexpr int kGeographyGrid = 16;

// The grid cell of a world point, for grouping shapes into chunks.
int geography_cell(double x, double y);

// Chunks of `chunks` worth drawing at `zoom` whose box meets the world box [x0,x1]x[y0,y1].
template <class Visit>
void for_visible_chunks(const std::vector<GeographyChunk>& chunks, double zoom, double x0, double y0, double x1,
                        double y1, Visit&& visit) {
    for (const GeographyChunk& c : chunks)
        if (c.min_zoom <= zoom && c.x1 >= x0 && c.x0 <= x1 && c.y1 >= y0 && c.y0 <= y1) visit(c);
}

void write_geography_mesh(const std::filesystem::path& path, const GeographyMesh& mesh);
// Throws std::runtime_error naming the file and saying how to rebuild it.
GeographyMesh read_geography_mesh(const std::filesystem::path& path);

// The file mapped, its arrays read in place; pages are read as the chunks a camera shows are
// copied out (core/map/mesh_window.h). The chunks are checked here, the indices as they are
// copied. Throws as read_geography_mesh().
class MappedGeographyMesh {
public:
    explicit MappedGeographyMesh(const std::filesystem::path& path, bool populate = false);
    ~MappedGeographyMesh();
    const GeographyMeshView& view() const { return view_; }
    // Throws std::runtime_error "FILE: what; how to rebuild it".
    [[noreturn]] void fail(const std::string& what) const;

private:
    std::unique_ptr<MappedMeshFile> file_;
    GeographyMeshView view_;
};

}  // namespace chronomap
