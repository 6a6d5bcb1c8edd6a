// Runs one render test case: a folder holding args.txt (the `chronomap render` arguments)
// and expected.png. Writes actual.png and diff.png beside them and compares: a pixel
// differs when a channel differs by more than the threshold, and the case passes when the
// fraction of differing pixels stays under the allowance (tolerance.txt: "THRESHOLD
// FRACTION", default 24 and 0.0005). Optional checks in the folder:
//   probes.txt   "NAME LON LAT" lines: the pixel there must change when events are hidden
//   absent.txt   "NAME LON LAT" lines: no event is drawn there (the pixel stays as it is
//                with events hidden)
//   exit.txt     the exit code chronomap render must give (default: 0 or 1)
//   georef.txt   "ORIGIN_X ORIGIN_Y PIXEL_SIZE": the GeoTIFF's EPSG:3857 georeference
//   names.txt    "NAME LON LAT" lines: a place name is drawn beside that point (pixels near
//                it change when --layers -place_names hides the names)
//   contrast.txt "NAME LON LAT MIN_RATIO" lines: the marker there stands out from the ground
//                under it (WCAG contrast ratio against the same pixel with events hidden)
//   stderr.txt   words that must not appear in chronomap's stderr (one per line)
//   geography.txt "KIND NAME LON LAT" lines, against a render from a geodata folder without
//                the shipped geography (geography.bin, region-names.tsv):
//                water: a water-blue pixel (river, lake) within 3 pixels of the point;
//                boundary: a region boundary there (a changed pixel, not blue);
//                nothing: no river, lake or boundary drawn within 3 pixels;
//                region-name: a region's name drawn around its label point
// Usage: render_test_runner --chronomap BIN --data DIR --case DIR [--rebaseline]
// --rebaseline (or CHRONOMAP_REBASELINE=1) copies actual.png over expected.png: look at it
// before committing.
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/map/view_state.h"
#include "render/image_io.h"

namespace fs = std::filesystem;
using namespace chronomap;

namespace {

std::vector<std::string> read_arguments(const fs::path& file, const fs::path& data, const fs::path& case_dir) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::string> args;
    std::string token;
    char c;
    bool quoted = false, has = false;
    auto flush = [&] {
        if (!has) return;
        for (auto [key, value] : {std::pair{std::string("{data}"), data.string()}, {"{case}", case_dir.string()}})
            for (size_t at; (at = token.find(key)) != std::string::npos;) token.replace(at, key.size(), value);
        args.push_back(token), token.clear(), has = false;
    };
    while (in.get(c)) {
        if (c == '"') quoted = !quoted, has = true;
        else if (!quoted && std::isspace(static_cast<unsigned char>(c))) flush();
        else token += c, has = true;
    }
    flush();
    return args;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// `stderr_to`: where chronomap's stderr goes (empty: the test's own).
int run(const std::string& binary, const std::vector<std::string>& args, const fs::path& stderr_to = {}) {
    std::string command = shell_quote(binary) + " render";
    for (const std::string& a : args) command += " " + shell_quote(a);
    if (!stderr_to.empty()) command += " 2> " + shell_quote(stderr_to.string());
    std::cerr << "$ " << command << "\n";
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// No line of stderr.txt (e.g. "Warning") appears in what chronomap printed on stderr.
bool check_stderr(const fs::path& dir, const fs::path& logged) {
    std::ifstream log_in(logged);
    std::string log((std::istreambuf_iterator<char>(log_in)), std::istreambuf_iterator<char>());
    std::cerr << "chronomap's stderr:\n" << log;
    std::ifstream in(dir / "stderr.txt");
    bool ok = true;
    for (std::string word; std::getline(in, word);)
        if (!word.empty() && log.find(word) != std::string::npos)
            ok = false, std::cerr << "FAIL: chronomap's stderr says \"" << word << "\"\n";
    fs::remove(logged);
    return ok;
}

// The camera the args describe (explicit --center/--zoom or --bbox only: probes need one).
std::optional<MapView> view_from_args(const std::vector<std::string>& args) {
    ViewState view;
    bool explicit_camera = false;
    for (size_t i = 0; i + 1 < args.size(); ++i) {
        const std::string& flag = args[i];
        const std::string& value = args[i + 1];
        if (flag == "--size") view.width = parse_image_size(value).value->first, view.height = parse_image_size(value).value->second;
        if (flag == "--scale") view.pixel_scale = std::stod(value);
        if (flag == "--center") view.camera.mode = CameraMode::center, view.camera.center = *parse_lonlat(value).value, explicit_camera = true;
        if (flag == "--zoom") view.camera.zoom = std::stod(value);
        if (flag == "--bbox") view.camera.mode = CameraMode::fit_bbox, view.camera.bbox = *parse_geo_box(value).value, explicit_camera = true;
    }
    if (!explicit_camera) return std::nullopt;
    return resolve_map_view(view, std::nullopt);
}

int channel_difference(const Image& a, const Image& b, int x, int y) {
    const std::uint8_t* p = a.pixel(x, y);
    const std::uint8_t* q = b.pixel(x, y);
    int worst = 0;
    for (int k = 0; k < 4; ++k) worst = std::max(worst, std::abs(p[k] - q[k]));
    return worst;
}

bool compare_images(const fs::path& dir, int threshold, double allowed) {
    Image expected = read_png(dir / "expected.png");
    Image actual = read_png(dir / "actual.png");
    if (expected.width != actual.width || expected.height != actual.height) {
        std::cerr << "FAIL: " << dir.string() << ": actual.png is " << actual.width << "x" << actual.height
                  << ", expected.png " << expected.width << "x" << expected.height << "\n";
        return false;
    }
    Image diff = actual;
    size_t differing = 0;
    for (int y = 0; y < actual.height; ++y)
        for (int x = 0; x < actual.width; ++x) {
            auto* d = &diff.rgba[(static_cast<size_t>(y) * diff.width + x) * 4];
            if (channel_difference(expected, actual, x, y) > threshold) {
                ++differing;
                d[0] = 230, d[1] = 0, d[2] = 40, d[3] = 255;
            } else {  // faded context so the red stands out
                for (int k = 0; k < 3; ++k) d[k] = static_cast<std::uint8_t>(200 + d[k] / 5);
            }
        }
    write_png(dir / "diff.png", diff);
    double fraction = static_cast<double>(differing) / (static_cast<double>(actual.width) * actual.height);
    std::cerr << dir.filename().string() << ": " << differing << " pixels differ (" << fraction * 100
              << " %, allowed " << allowed * 100 << " %); see diff.png\n";
    return fraction <= allowed;
}

bool check_probes(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir) {
    std::optional<MapView> map = view_from_args(args);
    if (!map) {
        std::cerr << "FAIL: probes.txt needs --center/--zoom or --bbox in args.txt\n";
        return false;
    }
    std::vector<std::string> hidden = args;
    for (size_t i = 0; i + 1 < hidden.size(); ++i)
        if (hidden[i] == "-o") hidden[i + 1] = (dir / "actual-without-events.png").string();
    hidden.insert(hidden.end(), {"--layers", "-events"});
    if (int code = run(binary, hidden); code != 0 && code != 1) return false;
    Image with = read_png(dir / "actual.png"), without = read_png(dir / "actual-without-events.png");
    fs::remove(dir / "actual-without-events.png");
    std::ifstream in(dir / "probes.txt");
    std::string name;
    double lon = 0, lat = 0;
    bool ok = true;
    while (in >> name >> lon >> lat) {
        WorldPoint p = map->lonlat_to_pixel({lon, lat});
        int x = static_cast<int>(p.x * map->pixel_scale), y = static_cast<int>(p.y * map->pixel_scale);
        if (x < 0 || y < 0 || x >= with.width || y >= with.height) {
            std::cerr << "FAIL: probe " << name << " at " << x << "," << y << " is outside the image\n";
            ok = false;
            continue;
        }
        int change = channel_difference(with, without, x, y);
        std::cerr << "probe " << name << " (" << lon << ", " << lat << ") -> pixel " << x << "," << y
                  << ": changes by " << change << " when events are shown\n";
        if (change < 40) ok = false, std::cerr << "FAIL: the event at " << name << " is not visible there\n";
    }
    return ok;
}

// Renders the case again with `layers` (e.g. "-events"; empty: as it is) into `name` and reads it back.
std::optional<Image> render_variant(const std::string& binary, const std::vector<std::string>& args,
                                    const fs::path& dir, const std::string& layers, const std::string& name) {
    std::vector<std::string> variant = args;
    for (size_t i = 0; i + 1 < variant.size(); ++i)
        if (variant[i] == "-o") variant[i + 1] = (dir / name).string();
    if (!layers.empty()) variant.insert(variant.end(), {"--layers", layers});
    if (int code = run(binary, variant); code != 0 && code != 1) return std::nullopt;
    Image image = read_png(dir / name);
    fs::remove(dir / name);
    return image;
}

// No marker around the point: every pixel within 4 px is as it is with events hidden.
bool check_absent(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir) {
    std::optional<MapView> map = view_from_args(args);
    std::optional<Image> without = render_variant(binary, args, dir, "-events", "actual-without-events.png");
    if (!map || !without) return std::cerr << "FAIL: absent.txt needs a camera and a render without events\n", false;
    Image with = read_png(dir / "actual.png");
    std::ifstream in(dir / "absent.txt");
    std::string name;
    double lon = 0, lat = 0;
    bool ok = true;
    while (in >> name >> lon >> lat) {
        WorldPoint p = map->lonlat_to_pixel({lon, lat});
        int cx = static_cast<int>(p.x * map->pixel_scale), cy = static_cast<int>(p.y * map->pixel_scale);
        int most = 0;
        for (int y = std::max(0, cy - 4); y <= std::min(with.height - 1, cy + 4); ++y)
            for (int x = std::max(0, cx - 4); x <= std::min(with.width - 1, cx + 4); ++x)
                most = std::max(most, channel_difference(with, *without, x, y));
        std::cerr << "absent " << name << " (" << lon << ", " << lat << ") -> pixel " << cx << "," << cy
                  << ": changes by at most " << most << " when events are shown\n";
        if (most > 24) ok = false, std::cerr << "FAIL: an event is drawn at " << name << "\n";
    }
    return ok;
}

bool check_names(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir) {
    std::optional<MapView> map = view_from_args(args);
    std::optional<Image> without = render_variant(binary, args, dir, "-place_names", "actual-without-names.png");
    if (!map || !without) return std::cerr << "FAIL: names.txt needs a camera and a render without names\n", false;
    Image with = read_png(dir / "actual.png");
    std::ifstream in(dir / "names.txt");
    std::string name;
    double lon = 0, lat = 0;
    bool ok = true;
    while (in >> name >> lon >> lat) {
        WorldPoint p = map->lonlat_to_pixel({lon, lat});
        int cx = static_cast<int>(p.x * map->pixel_scale), cy = static_cast<int>(p.y * map->pixel_scale);
        // The dot and the text beside it (right, left, above or below): a box around the point.
        int changed = 0, reach_x = static_cast<int>(100 * map->pixel_scale), reach_y = static_cast<int>(24 * map->pixel_scale);
        for (int y = std::max(0, cy - reach_y); y < std::min(with.height, cy + reach_y); ++y)
            for (int x = std::max(0, cx - reach_x); x < std::min(with.width, cx + reach_x); ++x)
                if (channel_difference(with, *without, x, y) > 60) ++changed;
        std::cerr << "name " << name << " at pixel " << cx << "," << cy << ": " << changed
                  << " pixels nearby change when names are shown\n";
        if (changed < 40) ok = false, std::cerr << "FAIL: no place name drawn near " << name << "\n";
    }
    return ok;
}

bool is_water_blue(const std::uint8_t* rgb) {
    return rgb[2] - rgb[0] >= 20 && rgb[2] >= rgb[1];
}

// The geodata folder chronomap uses, and a copy of it (links) without the shipped geography.
fs::path geodata_without_geography(const std::string& binary) {
    const char* env = std::getenv("CHRONOMAP_GEODATA");
    fs::path geodata = env && *env ? fs::path(env) : fs::absolute(binary).parent_path() / "geodata";
    fs::path bare = fs::temp_directory_path() / ("chronomap-geodata-bare-" + std::to_string(getpid()));
    fs::create_directories(bare);
    for (const auto& entry : fs::directory_iterator(geodata)) {
        std::string name = entry.path().filename().string();
        if (name == "geography.bin" || name == "region-names.tsv" || fs::exists(bare / name)) continue;
        fs::create_symlink(fs::absolute(entry.path()), bare / name);
    }
    return bare;
}

bool check_geography(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir) {
    std::optional<MapView> map = view_from_args(args);
    fs::path bare = geodata_without_geography(binary);
    std::vector<std::string> bare_args = args;
    bare_args.insert(bare_args.end(), {"--geodata", bare.string()});
    std::optional<Image> without = render_variant(binary, bare_args, dir, "", "actual-without-geography.png");
    fs::remove_all(bare);
    std::optional<Image> unnamed = render_variant(binary, args, dir, "-place_names", "actual-without-names.png");
    if (!map || !without || !unnamed) return std::cerr << "FAIL: geography.txt needs a camera and renders without layers\n", false;
    Image with = read_png(dir / "actual.png");
    std::ifstream in(dir / "geography.txt");
    std::string kind, name;
    double lon = 0, lat = 0;
    bool ok = true;
    while (in >> kind >> name >> lon >> lat) {
        WorldPoint p = map->lonlat_to_pixel({lon, lat});
        int cx = static_cast<int>(p.x * map->pixel_scale), cy = static_cast<int>(p.y * map->pixel_scale);
        int reach = kind == "region-name" ? 40 : 3, reach_y = kind == "region-name" ? 14 : 3;
        int water = 0, boundary = 0, changed = 0, named = 0;
        for (int y = std::max(0, cy - reach_y); y <= std::min(with.height - 1, cy + reach_y); ++y)
            for (int x = std::max(0, cx - reach); x <= std::min(with.width - 1, cx + reach); ++x) {
                int change = channel_difference(with, *without, x, y);
                if (change >= 12) ++changed;
                if (change >= 12 && is_water_blue(with.pixel(x, y))) ++water;
                if (change >= 12 && !is_water_blue(with.pixel(x, y))) ++boundary;
                if (channel_difference(with, *unnamed, x, y) > 60) ++named;
            }
        std::cerr << kind << " " << name << " at pixel " << cx << "," << cy << ": " << water << " water, " << boundary
                  << " boundary, " << named << " name pixels nearby\n";
        bool pass = kind == "water" ? water > 0
                  : kind == "boundary" ? boundary > 0
                  : kind == "nothing" ? changed == 0
                  : kind == "region-name" ? named >= 40 : false;
        if (!pass) ok = false, std::cerr << "FAIL: expected " << kind << " at " << name << "\n";
    }
    return ok;
}

double luminance(const std::uint8_t* rgb) {
    auto linear = [](int v) { double c = v / 255.0; return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

bool check_contrast(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir) {
    std::optional<MapView> map = view_from_args(args);
    std::optional<Image> without = render_variant(binary, args, dir, "-events", "actual-without-events.png");
    if (!map || !without) return std::cerr << "FAIL: contrast.txt needs a camera and a render without events\n", false;
    Image with = read_png(dir / "actual.png");
    std::ifstream in(dir / "contrast.txt");
    std::string name;
    double lon = 0, lat = 0, minimum = 0;
    bool ok = true;
    while (in >> name >> lon >> lat >> minimum) {
        WorldPoint p = map->lonlat_to_pixel({lon, lat});
        int x = static_cast<int>(p.x * map->pixel_scale), y = static_cast<int>(p.y * map->pixel_scale);
        if (x < 0 || y < 0 || x >= with.width || y >= with.height) return std::cerr << "FAIL: " << name << " is outside\n", false;
        double a = luminance(with.pixel(x, y)), b = luminance(without->pixel(x, y));
        double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        std::cerr << "contrast " << name << " at pixel " << x << "," << y << ": " << ratio << " (at least " << minimum << ")\n";
        if (ratio < minimum) ok = false, std::cerr << "FAIL: the marker at " << name << " does not stand out\n";
    }
    return ok;
}

bool check_georef(const fs::path& dir) {
    double origin_x = 0, origin_y = 0, pixel = 0;
    std::ifstream(dir / "georef.txt") >> origin_x >> origin_y >> pixel;
    GDALAllRegister();
    GDALDataset* dataset = GDALDataset::Open((dir / "actual.tif").c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY);
    if (!dataset) {
        std::cerr << "FAIL: GDAL cannot open actual.tif\n";
        return false;
    }
    double t[6];
    dataset->GetGeoTransform(t);
    const OGRSpatialReference* srs = dataset->GetSpatialRef();
    const char* code = srs ? srs->GetAuthorityCode(nullptr) : nullptr;
    bool ok = code && std::string(code) == "3857";
    if (dataset->GetRasterCount() != 4 || dataset->GetRasterBand(4)->GetColorInterpretation() != GCI_AlphaBand) {
        std::cerr << "FAIL: the GeoTIFF should have RGBA bands, the fourth marked as alpha\n";
        ok = false;
    }
    std::cerr << "GeoTIFF: EPSG:" << (code ? code : "none") << ", origin " << t[0] << ", " << t[3] << ", pixel "
              << t[1] << " x " << t[5] << "; bands " << dataset->GetRasterCount() << "\n";
    auto near = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); };
    ok = ok && near(t[0], origin_x) && near(t[3], origin_y) && near(t[1], pixel) && near(t[5], -pixel) && t[2] == 0 && t[4] == 0;
    // Also compare its pixels with expected.png through the PNG path.
    Image image;
    image.width = dataset->GetRasterXSize(), image.height = dataset->GetRasterYSize();
    image.rgba.resize(static_cast<size_t>(image.width) * image.height * 4);
    CPLErr read = dataset->RasterIO(GF_Read, 0, 0, image.width, image.height, image.rgba.data(), image.width, image.height,
                                    GDT_Byte, 4, nullptr, 4, 4L * image.width, 1);
    GDALClose(dataset);
    if (read != CE_None) return false;
    write_png(dir / "actual.png", image);
    if (!ok) std::cerr << "FAIL: expected EPSG:3857, origin " << origin_x << ", " << origin_y << ", pixel " << pixel << "\n";
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    std::string binary, case_dir, data;
    bool rebaseline = std::getenv("CHRONOMAP_REBASELINE") && std::string(std::getenv("CHRONOMAP_REBASELINE")) == "1";
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--chronomap" && i + 1 < argc) binary = argv[++i];
        else if (a == "--case" && i + 1 < argc) case_dir = argv[++i];
        else if (a == "--data" && i + 1 < argc) data = argv[++i];
        else if (a == "--rebaseline") rebaseline = true;
        else {
            std::cerr << "usage: render_test_runner --chronomap BIN --data DIR --case DIR [--rebaseline]\n";
            return 64;
        }
    }
    try {
        fs::path dir = case_dir;
        std::vector<std::string> args = read_arguments(dir / "args.txt", data, dir);
        bool has_output = std::find(args.begin(), args.end(), "-o") != args.end();
        if (!has_output) args.insert(args.end(), {"-o", (dir / "actual.png").string()});
        fs::path stderr_file = dir / "actual-stderr.txt";
        int code = run(binary, args, fs::exists(dir / "stderr.txt") ? stderr_file : fs::path());
        if (code != 0 && code != 1) {
            std::cerr << "FAIL: chronomap render exited with " << code << "\n";
            return 1;
        }
        bool ok = true;
        if (fs::exists(dir / "exit.txt")) {
            int expected = -1;
            std::ifstream(dir / "exit.txt") >> expected;
            if (code != expected) ok = false, std::cerr << "FAIL: exit code " << code << ", expected " << expected << "\n";
        }
        if (fs::exists(dir / "georef.txt")) ok = check_georef(dir) && ok;
        if (fs::exists(dir / "probes.txt")) ok = check_probes(binary, args, dir) && ok;
        if (fs::exists(dir / "names.txt")) ok = check_names(binary, args, dir) && ok;
        if (fs::exists(dir / "geography.txt")) ok = check_geography(binary, args, dir) && ok;
        if (fs::exists(dir / "absent.txt")) ok = check_absent(binary, args, dir) && ok;
        if (fs::exists(dir / "contrast.txt")) ok = check_contrast(binary, args, dir) && ok;
        if (fs::exists(dir / "stderr.txt")) ok = check_stderr(dir, stderr_file) && ok;
        if (rebaseline) {
            fs::copy_file(dir / "actual.png", dir / "expected.png", fs::copy_options::overwrite_existing);
            std::cerr << "rebaselined " << (dir / "expected.png").string() << ": look at it before committing\n";
            return ok ? 0 : 1;
        }
        int threshold = 24;
        double allowed = 0.0005;
        if (fs::exists(dir / "tolerance.txt")) std::ifstream(dir / "tolerance.txt") >> threshold >> allowed;
        if (!fs::exists(dir / "expected.png")) {
            std::cerr << "FAIL: " << dir.string() << " has no expected.png; run with --rebaseline and look at it\n";
            return 1;
        }
        ok = compare_images(dir, threshold, allowed) && ok;
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "FAIL: " << e.what() << "\n";
        return 1;
    }
}
