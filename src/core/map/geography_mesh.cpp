#include "core/map/geography_mesh.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "core/io/atomic_file.h"

namespace chronomap {

int geography_cell(double x, double y) {
    auto clamp = [](double v) { return std::clamp(static_cast<int>(v * kGeographyGrid), 0, kGeographyGrid - 1); };
    return clamp(y) * kGeographyGrid + clamp(x);
}

namespace {
constexpr char kMagic[8] = {'C', 'M', 'G', 'E', 'O', 'G', '0', '1'};

template <class T>
void write_array(std::ostream& out, const std::vector<T>& values) {
    std::uint64_t count = values.size();
    out.write(reinterpret_cast<const char*>(&count), sizeof count);
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
}

template <class T>
void read_array(std::istream& in, std::vector<T>& values, const std::string& file) {
    std::uint64_t count = 0;
    in.read(reinterpret_cast<char*>(&count), sizeof count);
    if (!in || count > (std::uint64_t{1} << 32)) throw std::runtime_error(file + ": truncated or corrupt");
    values.resize(count);
    in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(count * sizeof(T)));
    if (!in) throw std::runtime_error(file + ": truncated");
}

// A chunk must stay inside its array, or a corrupt file would make the GL read past a buffer.
void check_chunks(const std::vector<GeographyChunk>& chunks, size_t size, const std::string& file) {
    for (const GeographyChunk& c : chunks)
        if (std::uint64_t{c.first} + c.count > size) throw std::runtime_error(file + ": a chunk is out of range");
}
}  // namespace

void write_geography_mesh(const std::filesystem::path& path, const GeographyMesh& mesh) {
    write_file_atomically(path, [&](std::ostream& out) {
        out.write(kMagic, sizeof kMagic);
        write_array(out, mesh.lakes.triangles);
        write_array(out, mesh.lakes.chunks);
        for (const ChunkedLines* lines : {&mesh.rivers, &mesh.regions}) {
            write_array(out, lines->mesh.vertices);
            write_array(out, lines->mesh.indices);
            write_array(out, lines->chunks);
        }
    });
}

GeographyMesh read_geography_mesh(const std::filesystem::path& path) {
    std::string hint = "; rebuild it with scripts/build (target `geography`)";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string() + hint);
    char magic[sizeof kMagic];
    in.read(magic, sizeof magic);
    if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        throw std::runtime_error(path.string() + " is not a chronomap geography mesh of this version" + hint);
    GeographyMesh mesh;
    std::string file = path.string();
    try {
        read_array(in, mesh.lakes.triangles, file);
        read_array(in, mesh.lakes.chunks, file);
        check_chunks(mesh.lakes.chunks, mesh.lakes.triangles.size() / 2, file);
        for (ChunkedLines* lines : {&mesh.rivers, &mesh.regions}) {
            read_array(in, lines->mesh.vertices, file);
            read_array(in, lines->mesh.indices, file);
            read_array(in, lines->chunks, file);
            check_chunks(lines->chunks, lines->mesh.indices.size(), file);
            for (std::uint32_t i : lines->mesh.indices)
                if (i >= lines->mesh.vertices.size()) throw std::runtime_error(file + ": an index is out of range");
        }
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(e.what() + hint);
    }
    return mesh;
}

}  // namespace chronomap
