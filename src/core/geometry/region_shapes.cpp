#include "core/geometry/region_shapes.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "core/io/atomic_file.h"

namespace chronomap {

namespace {
constexpr char kMagic[8] = {'C', 'M', 'R', 'S', 'H', 'P', '0', '1'};

bool key_less(const RegionShape& a, const RegionShape& b) {
    return std::tie(a.country, a.code) < std::tie(b.country, b.code);
}

void write_u32(std::ostream& out, std::uint32_t v) { out.write(reinterpret_cast<const char*>(&v), sizeof v); }
void write_text(std::ostream& out, const std::string& text) {
    write_u32(out, static_cast<std::uint32_t>(text.size()));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}
void write_u32s(std::ostream& out, const std::vector<std::uint32_t>& values) {
    write_u32(out, static_cast<std::uint32_t>(values.size()));
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * 4));
}

struct Reader {
    std::ifstream& in;
    const std::string& file;
    std::uint32_t u32() {
        std::uint32_t v = 0;
        in.read(reinterpret_cast<char*>(&v), sizeof v);
        if (!in) throw std::runtime_error(file + ": truncated");
        return v;
    }
    std::uint32_t count(std::uint32_t limit) {
        std::uint32_t n = u32();
        if (n > limit) throw std::runtime_error(file + ": corrupt (a count of " + std::to_string(n) + ")");
        return n;
    }
    std::string text() {
        std::string s(count(64), '\0');
        in.read(s.data(), static_cast<std::streamsize>(s.size()));
        if (!in) throw std::runtime_error(file + ": truncated");
        return s;
    }
    std::vector<std::uint32_t> u32s() {
        std::vector<std::uint32_t> v(count(1u << 26));
        in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(v.size() * 4));
        if (!in) throw std::runtime_error(file + ": truncated");
        return v;
    }
};

// Offsets must rise from 0 to the size of what they index, or drawing would read past it.
bool offsets_ok(const std::vector<std::uint32_t>& starts, size_t size) {
    return !starts.empty() && starts.front() == 0 && starts.back() == size && std::is_sorted(starts.begin(), starts.end());
}
}  // namespace

const Geometry* RegionShapes::find(std::string_view country, std::string_view code) const {
    RegionShape key{std::string(country), std::string(code), {}};
    auto it = std::lower_bound(regions.begin(), regions.end(), key, key_less);
    return it != regions.end() && it->country == country && it->code == code ? &it->outline : nullptr;
}

void write_region_shapes(const std::filesystem::path& path, RegionShapes& shapes) {
    std::sort(shapes.regions.begin(), shapes.regions.end(), key_less);
    write_file_atomically(path, [&](std::ostream& out) {
        out.write(kMagic, sizeof kMagic);
        write_u32(out, static_cast<std::uint32_t>(shapes.regions.size()));
        for (const RegionShape& r : shapes.regions) {
            write_text(out, r.country);
            write_text(out, r.code);
            write_u32s(out, r.outline.ring_starts);
            write_u32s(out, r.outline.part_starts);
            std::vector<float> lonlat;  // a float is a metre at these sizes: plenty for a sketch
            for (const LonLat& p : r.outline.vertices) lonlat.push_back(static_cast<float>(p.lon)), lonlat.push_back(static_cast<float>(p.lat));
            out.write(reinterpret_cast<const char*>(lonlat.data()), static_cast<std::streamsize>(lonlat.size() * sizeof(float)));
        }
    });
}

RegionShapes read_region_shapes(const std::filesystem::path& path) {
    std::string hint = "; rebuild it with scripts/build (target `geography`)";
    std::string file = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + file + hint);
    char magic[sizeof kMagic];
    in.read(magic, sizeof magic);
    if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        throw std::runtime_error(file + " is not a chronomap region-shapes file of this version" + hint);
    RegionShapes shapes;
    try {
        Reader r{in, file};
        std::uint32_t n = r.count(1u << 16);
        shapes.regions.resize(n);
        for (RegionShape& s : shapes.regions) {
            s.country = r.text();
            s.code = r.text();
            s.outline.kind = GeometryKind::area;
            s.outline.ring_starts = r.u32s();
            s.outline.part_starts = r.u32s();
            if (s.outline.ring_starts.empty()) throw std::runtime_error(file + ": corrupt rings of " + s.country + "." + s.code);
            size_t vertices = s.outline.ring_starts.back();
            if (!offsets_ok(s.outline.part_starts, s.outline.ring_starts.size() - 1) || vertices > (1u << 24))
                throw std::runtime_error(file + ": corrupt rings of " + s.country + "." + s.code);
            std::vector<float> lonlat(vertices * 2);
            in.read(reinterpret_cast<char*>(lonlat.data()), static_cast<std::streamsize>(lonlat.size() * sizeof(float)));
            if (!in) throw std::runtime_error(file + ": truncated");
            s.outline.vertices.resize(vertices);
            for (size_t i = 0; i < vertices; ++i) s.outline.vertices[i] = {lonlat[2 * i], lonlat[2 * i + 1]};
            if (!offsets_ok(s.outline.ring_starts, vertices))
                throw std::runtime_error(file + ": corrupt rings of " + s.country + "." + s.code);
        }
        if (!std::is_sorted(shapes.regions.begin(), shapes.regions.end(), key_less))
            throw std::runtime_error(file + ": regions out of order");
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(e.what() + hint);
    }
    return shapes;
}

}  // namespace chronomap
