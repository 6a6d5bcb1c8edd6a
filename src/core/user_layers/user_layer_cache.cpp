// The cache of user layers: what GDAL read, simplified and triangulated, in one binary file
// per (file, size, modification time, reading options) under the user's cache folder, so a
// 30 MB OpenStreetMap extract is parsed once, not at every start.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include "core/io/atomic_file.h"
#include "core/user_layers/user_layer_data.h"

namespace chronomap {
namespace {

constexpr char kMagic[8] = {'C', 'M', 'U', 'L', 'A', 'Y', 'R', '1'};
constexpr std::uint32_t kCacheVersion = 4;  // bump when the classes, styles, label anchors or layout change

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 1469598103934665603ULL) {
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
    return hash;
}

class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}
    template <class T>
    void pod(const T& value) { out_.write(reinterpret_cast<const char*>(&value), sizeof value); }
    template <class T>
    void vec(const std::vector<T>& values) {
        pod(static_cast<std::uint64_t>(values.size()));
        out_.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
    }
    void str(const std::string& text) {
        pod(static_cast<std::uint64_t>(text.size()));
        out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    }

private:
    std::ostream& out_;
};

class Reader {
public:
    explicit Reader(const std::string& bytes) : bytes_(bytes) {}
    template <class T>
    bool pod(T& value) {
        if (at_ + sizeof value > bytes_.size()) return false;
        std::memcpy(&value, bytes_.data() + at_, sizeof value);
        at_ += sizeof value;
        return true;
    }
    template <class T>
    bool vec(std::vector<T>& values) {
        std::uint64_t n = 0;
        if (!pod(n) || n > (bytes_.size() - at_) / sizeof(T)) return false;
        values.resize(n);
        if (n > 0) std::memcpy(values.data(), bytes_.data() + at_, n * sizeof(T));  // data() may be null when empty
        at_ += n * sizeof(T);
        return true;
    }
    bool str(std::string& text) {
        std::uint64_t n = 0;
        if (!pod(n) || n > bytes_.size() - at_) return false;
        text.assign(bytes_.data() + at_, n);
        at_ += n;
        return true;
    }
    bool done() const { return at_ == bytes_.size(); }

private:
    const std::string& bytes_;
    size_t at_ = 0;
};

}  // namespace

std::filesystem::path user_layer_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "chronomap" / "overlays";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "chronomap" / "overlays";
    return std::filesystem::temp_directory_path() / "chronomap-overlays";
}

std::filesystem::path user_layer_cache_file(const std::filesystem::path& path, const UserLayerStyle& style) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::weakly_canonical(path, ec);
    if (ec) absolute = std::filesystem::absolute(path, ec);
    auto size = std::filesystem::file_size(path, ec);
    auto mtime = std::filesystem::last_write_time(path, ec).time_since_epoch().count();
    std::string key = absolute.string() + '\n' + std::to_string(size) + '\n' + std::to_string(mtime) + '\n' +
                      style.where + '\n' + style.layer + '\n' + style.label + '\n' +
                      (style.dem ? (*style.dem ? "dem" : "image") : "auto") + '\n' + std::to_string(kCacheVersion);
    for (const std::string& name : style.classes) key += name + '+';
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    std::string stem = path.filename().string();
    if (stem.size() > 40) stem.resize(40);
    return user_layer_cache_dir() / (stem + "-" + hex + ".bin");
}

void write_user_layer_cache(const std::filesystem::path& file, const UserLayerData& data) {
    std::filesystem::create_directories(file.parent_path());
    write_file_atomically(file, [&](std::ostream& out) {
        Writer w(out);
        out.write(kMagic, sizeof kMagic);
        w.pod(kCacheVersion);
        w.pod(static_cast<std::uint8_t>(data.is_raster));
        w.str(data.driver);
        w.pod(static_cast<std::uint64_t>(data.warnings.size()));
        for (const std::string& warning : data.warnings) w.str(warning);
        for (double v : {data.west, data.south, data.east, data.north}) w.pod(v);
        const UserRasterData& r = data.raster;
        w.pod(r.width), w.pod(r.height), w.vec(r.rgba);
        for (double v : {r.x0, r.y0, r.x1, r.y1}) w.pod(v);
        w.pod(static_cast<std::uint8_t>(r.hillshade));
        w.pod(static_cast<std::uint64_t>(data.vector.groups.size()));
        for (const UserFeatureGroup& g : data.vector.groups) {
            w.str(g.class_name);
            w.pod(static_cast<std::uint8_t>(g.geometry));
            w.pod(static_cast<std::uint64_t>(g.features));
            for (int d = 0; d < kUserLayerDetails; ++d) w.vec(g.fill[d]), w.vec(g.lines[d].vertices), w.vec(g.lines[d].indices);
            w.vec(g.points);
            w.pod(static_cast<std::uint64_t>(g.labels.size()));
            for (const UserLabel& label : g.labels) w.pod(label.x), w.pod(label.y), w.str(label.text);
        }
    });
}

bool read_user_layer_cache(const std::filesystem::path& file, UserLayerData& data) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return false;
    std::string body = bytes.substr(sizeof kMagic);
    Reader r(body);
    std::uint32_t version = 0;
    std::uint8_t flag = 0;
    std::uint64_t count = 0;
    UserLayerData out;
    if (!r.pod(version) || version != kCacheVersion || !r.pod(flag)) return false;
    out.is_raster = flag != 0;
    if (!r.str(out.driver) || !r.pod(count) || count > 10000) return false;
    out.warnings.resize(count);
    for (std::string& warning : out.warnings)
        if (!r.str(warning)) return false;
    for (double* v : {&out.west, &out.south, &out.east, &out.north})
        if (!r.pod(*v)) return false;
    UserRasterData& raster = out.raster;
    if (!r.pod(raster.width) || !r.pod(raster.height) || !r.vec(raster.rgba)) return false;
    if (raster.rgba.size() != static_cast<size_t>(raster.width) * raster.height * 4) return false;
    for (double* v : {&raster.x0, &raster.y0, &raster.x1, &raster.y1})
        if (!r.pod(*v)) return false;
    if (!r.pod(flag)) return false;
    raster.hillshade = flag != 0;
    if (!r.pod(count) || count > 100000) return false;
    out.vector.groups.resize(count);
    for (UserFeatureGroup& g : out.vector.groups) {
        std::uint64_t features = 0, labels = 0;
        if (!r.str(g.class_name) || !r.pod(flag) || flag > 2 || !r.pod(features)) return false;
        g.geometry = static_cast<UserGeometry>(flag);
        g.features = features;
        for (int d = 0; d < kUserLayerDetails; ++d) {
            if (!r.vec(g.fill[d]) || !r.vec(g.lines[d].vertices) || !r.vec(g.lines[d].indices)) return false;
            for (std::uint32_t index : g.lines[d].indices)
                if (index >= g.lines[d].vertices.size()) return false;
        }
        if (!r.vec(g.points) || !r.pod(labels) || labels > g.features + 1) return false;
        g.labels.resize(labels);
        for (UserLabel& label : g.labels)
            if (!r.pod(label.x) || !r.pod(label.y) || !r.str(label.text)) return false;
    }
    if (!r.done()) return false;
    data = std::move(out);
    return true;
}

UserLayerData load_user_layer(const std::filesystem::path& path, const UserLayerStyle& style) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return read_user_layer(path, style);  // throws "no such file"
    std::filesystem::path cache = user_layer_cache_file(path, style);
    UserLayerData data;
    if (read_user_layer_cache(cache, data)) return data;
    data = read_user_layer(path, style);
    try {
        write_user_layer_cache(cache, data);
    } catch (const std::exception&) {
        // A read-only or full cache folder only costs reading the file again next time.
    }
    return data;
}

}  // namespace chronomap
