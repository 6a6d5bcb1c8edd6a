#include "core/map/geography_mesh.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "core/io/atomic_file.h"
#include "core/map/mapped_mesh_file.h"

namespace chronomap {

int geography_cell(double x, double y) {
    auto clamp = [](double v) { return std::clamp(static_cast<int>(v * kGeographyGrid), 0, kGeographyGrid - 1); };
    return clamp(y) * kGeographyGrid + clamp(x);
}

namespace {
constexpr char kGeographyMagic[8] = {'C', 'M', 'G', 'E', 'O', 'G', '0', '1'};

// A chunk must stay inside its array, or a corrupt file would make the GL read past a buffer.
void check_chunks(std::span<const GeographyChunk> chunks, size_t size, const MappedMeshFile& file) {
    for (const GeographyChunk& c : chunks)
        if (std::uint64_t{c.first} + c.count > size) file.fail("a chunk is out of range");
}
}  // namespace

void write_geography_mesh(const std::filesystem::path& path, const GeographyMesh& mesh) {
    write_file_atomically(path, [&](std::ostream& out) {
        out.write(kGeographyMagic, sizeof kGeographyMagic);
        write_mesh_array(out, mesh.lakes.triangles);
        write_mesh_array(out, mesh.lakes.chunks);
        for (const ChunkedLines* lines : {&mesh.rivers, &mesh.regions}) {
            write_mesh_array(out, lines->mesh.vertices);
            write_mesh_array(out, lines->mesh.indices);
            write_mesh_array(out, lines->chunks);
        }
    });
}

MappedGeographyMesh::MappedGeographyMesh(const std::filesystem::path& path, bool populate)
    : file_(std::make_unique<MappedMeshFile>(path, kGeographyMagic, "geography mesh",
                                             "; rebuild it with scripts/build (target `geography`)", populate)) {
    view_.lake_triangles = file_->next_array<float>();
    view_.lake_chunks = file_->next_array<GeographyChunk>();
    check_chunks(view_.lake_chunks, view_.lake_triangles.size() / 2, *file_);
    for (ChunkedLinesView* lines : {&view_.rivers, &view_.regions}) {
        lines->mesh.vertices = file_->next_array<LineVertex>();
        lines->mesh.indices = file_->next_array<std::uint32_t>();
        lines->chunks = file_->next_array<GeographyChunk>();
        check_chunks(lines->chunks, lines->mesh.indices.size(), *file_);
    }
}

MappedGeographyMesh::~MappedGeographyMesh() = default;

void MappedGeographyMesh::fail(const std::string& what) const { file_->fail(what); }

GeographyMesh read_geography_mesh(const std::filesystem::path& path) {
    MappedGeographyMesh mapped(path, true);
    const GeographyMeshView& v = mapped.view();
    GeographyMesh mesh;
    mesh.lakes = {{v.lake_triangles.begin(), v.lake_triangles.end()}, {v.lake_chunks.begin(), v.lake_chunks.end()}};
    auto lines = [&](const ChunkedLinesView& from) {
        for (std::uint32_t i : from.mesh.indices)
            if (i >= from.mesh.vertices.size())
                mapped.fail("an index is out of range");
        return ChunkedLines{{{from.mesh.vertices.begin(), from.mesh.vertices.end()},
                             {from.mesh.indices.begin(), from.mesh.indices.end()}},
                            {from.chunks.begin(), from.chunks.end()}};
    };
    mesh.rivers = lines(v.rivers);
    mesh.regions = lines(v.regions);
    return mesh;
}

}  // namespace chronomap
