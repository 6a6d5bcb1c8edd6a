// `render -o map.svg` and `-o map.pdf`: the vector maps against the PNG of the same view.
// The SVG is rasterised by rsvg-convert, the PDF read by pdftotext (librsvg2-bin,
// poppler-utils); the tests that need them say so and skip when they are missing.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "cli/run_command.h"
#include "core/native_json/event_reader.h"
#include "core/io/geodata_paths.h"
#include "core/placement/place_events.h"
#include "platform/headless_egl_target.h"
#include "render/image_io.h"
#include "render/map_renderer.h"
#include "render/vector_export.h"
#include "test_helpers.h"

namespace fs = std::filesystem;
using namespace chronomap;
using chronomap::test::run_chronomap;

namespace {

const fs::path kSource = CHRONOMAP_SOURCE_DIR;
// Syria from Palmyra to Deir ez-Zor: events, labels, rivers, regions, towns, the legend.
const char* kView = " --center 39.3,35 --zoom 7 --size 1000x700";

fs::path fresh_folder(const std::string& name) {
    fs::path folder = fs::temp_directory_path() / ("chronomap-vector-test-" + std::to_string(getpid()) + "-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

bool have_tool(const std::string& tool) {
    bool found = std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
    if (!found) MESSAGE("skipped: " << tool << " is not installed (scripts/setup installs it)");
    return found;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void run_tool(const std::string& command) { REQUIRE(std::system(command.c_str()) == 0); }

Image rasterise_svg(const fs::path& svg) {
    fs::path png = svg;
    png.replace_extension(".rsvg.png");
    run_tool("rsvg-convert --background-color=white -o '" + png.string() + "' '" + svg.string() + "'");
    return read_png(png);
}

// How far two pictures of one view are apart: the mean absolute difference per RGB channel
// (0-255) over the picture, and the worst mean over 16x16 blocks (where a missing marker or
// word shows, which the picture's mean dilutes).
struct Difference {
    double mean = 0, worst_block = 0;
    int block_x = 0, block_y = 0;
};
Difference compare(const Image& a, const Image& b) {
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    constexpr int kBlock = 16;
    Difference d;
    double total = 0;
    for (int by = 0; by < a.height; by += kBlock)
        for (int bx = 0; bx < a.width; bx += kBlock) {
            double block = 0;
            int count = 0;
            for (int y = by; y < std::min(by + kBlock, a.height); ++y)
                for (int x = bx; x < std::min(bx + kBlock, a.width); ++x, ++count)
                    for (int c = 0; c < 3; ++c) block += std::abs(a.pixel(x, y)[c] - b.pixel(x, y)[c]);
            total += block;
            block /= 3.0 * count;
            if (block > d.worst_block) d.worst_block = block, d.block_x = bx, d.block_y = by;
        }
    d.mean = total / (3.0 * a.width * a.height);
    return d;
}

// The tolerance, measured on this view: the SVG through librsvg against the PNG differs by a
// mean of 1.1 and at worst 18.6 in a 16x16 block (anti-aliasing of coastlines and rivers,
// librsvg's unhinted glyph shapes against FreeType's hinted ones, each glyph at the PNG's pen
// position). Without the labels layer the worst block is 35.8, without the events 115.
constexpr double kMeanTolerance = 2.0, kBlockTolerance = 28.0;

bool matches(const Difference& d) { return d.mean < kMeanTolerance && d.worst_block < kBlockTolerance; }

// Drops one <g id="NAME" ...> ... </g> layer (nested groups included) from an SVG.
std::string without_layer(const std::string& svg, const std::string& id) {
    size_t begin = svg.find("<g id=\"" + id + "\"");
    REQUIRE(begin != std::string::npos);
    size_t at = begin, depth = 0;
    do {
        size_t open = svg.find("<g ", at), close = svg.find("</g>", at);
        if (open < close) depth++, at = open + 3;
        else depth--, at = close + 4;
    } while (depth > 0);
    return svg.substr(0, begin) + svg.substr(at);
}

// An SVG's text with letter-spaced names (one <text> of one <tspan> per letter) read as words.
std::string svg_words(const fs::path& svg) {
    return std::regex_replace(slurp(svg), std::regex("<tspan x=\"[0-9.-]+\">|</tspan>"), "");
}

std::string xml_text(std::string s) {
    for (auto [from, to] : {std::pair{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}}) {
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + std::strlen(to)))
            s.replace(at, 1, to);
    }
    return s;
}

}  // namespace

TEST_CASE("render -o map.svg rasterised by rsvg-convert matches the PNG of the same view; a missing layer does not") {
    if (!have_tool("rsvg-convert")) return;
    fs::path out = fresh_folder("svg");
    for (const char* name : {"map.png", "map.svg"}) {
        auto result = run_chronomap("render examples/seed-events.json -o " + (out / name).string() + kView,
                                    kSource.string());
        INFO(result.all());
        REQUIRE((result.exit_code == 0 || result.exit_code == 1));  // 1: places the seed leaves unplaced
    }
    std::string svg = slurp(out / "map.svg");
    for (const char* layer : {"basemap", "events", "labels", "place-names", "overlays"})
        CHECK_CONTAINS(svg, std::string("<g id=\"") + layer + "\" inkscape:groupmode=\"layer\"");
    for (const char* group : {"basemap-land", "basemap-rivers", "basemap-regions", "basemap-borders",
                              "overlays-legend", "overlays-title", "overlays-scale-bar"})
        CHECK_CONTAINS(svg, std::string("<g id=\"") + group + "\"");
    CHECK_CONTAINS(svg, "<circle");

    Image png = read_png(out / "map.png");
    Difference same = compare(png, rasterise_svg(out / "map.svg"));
    MESSAGE("SVG against PNG: mean " << same.mean << ", worst 16x16 block " << same.worst_block << " at "
                                     << same.block_x << "," << same.block_y);
    CHECK(matches(same));

    // The comparison sees a layer that is not there.
    for (const char* layer : {"events", "labels"}) {
        std::ofstream(out / "broken.svg") << without_layer(svg, layer);
        Difference broken = compare(png, rasterise_svg(out / "broken.svg"));
        MESSAGE("without the " << std::string(layer) << " layer: mean " << broken.mean << ", worst block " << broken.worst_block);
        CHECK_FALSE(matches(broken));
    }
}

namespace {

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Renders one view as PNG and SVG, checks that the SVG rasterised matches the PNG and returns
// the SVG's text.
std::string svg_matching_png(const std::string& name, const std::string& arguments) {
    fs::path out = fresh_folder(name);
    for (const char* file : {"map.png", "map.svg"}) {
        auto result = run_chronomap("render " + arguments + " -o " + (out / file).string(), kSource.string());
        INFO(result.all());
        REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    }
    Difference d = compare(read_png(out / "map.png"), rasterise_svg(out / "map.svg"));
    MESSAGE(name << ": SVG against PNG: mean " << d.mean << ", worst 16x16 block " << d.worst_block << " at "
                 << d.block_x << "," << d.block_y);
    CHECK(matches(d));
    return slurp(out / "map.svg");
}

}  // namespace

TEST_CASE("the density view is in the SVG as one embedded image in events > density, where the PNG has it") {
    if (!have_tool("rsvg-convert")) return;
    std::string svg = svg_matching_png(
        "density", "tests/render/label-collisions/events.json --center 37.4,35.85 --zoom 6.2 --size 700x500 --events-as density");
    CHECK_CONTAINS(svg, "<g id=\"events-density\"");
    CHECK(count_of(svg, "<image ") == 1);
    CHECK_CONTAINS(svg, "xlink:href=\"data:image/png;base64,");
    size_t events = svg.find("<g id=\"events\"");
    CHECK(svg.find("<circle", events) > svg.find("<g id=\"place-names\"", events));  // no markers drawn
    // 700x500 at 3-pixel cells: 234x167 cells, stretched to 702x501, the top row cut.
    CHECK_CONTAINS(svg, "width=\"702\" height=\"501\"");
    // Without the image the picture differs where the events are (the dots are small: the
    // worst block, not the mean).
    fs::path folder = fs::temp_directory_path() / ("chronomap-vector-test-" + std::to_string(getpid()) + "-density");
    std::ofstream(folder / "broken.svg") << without_layer(svg, "events");
    // Around Aleppo, where most of the 30 places are.
    auto crop = [](const Image& image) {
        Image out;
        out.width = 140, out.height = 100;
        for (int y = 190; y < 290; ++y)
            for (int x = 270; x < 410; ++x) out.rgba.insert(out.rgba.end(), image.pixel(x, y), image.pixel(x, y) + 4);
        return out;
    };
    Image png = crop(read_png(folder / "map.png"));
    Difference same = compare(png, crop(rasterise_svg(folder / "map.svg")));
    Difference broken = compare(png, crop(rasterise_svg(folder / "broken.svg")));
    MESSAGE("around Aleppo: mean " << same.mean << " with the density image, " << broken.mean << " without");
    CHECK(broken.mean > 1.3 * same.mean);  // measured: 2.17 with, 3.29 without (30 faint cells)
}

TEST_CASE("approximate zones are hatched in the SVG by a <pattern> along the PNG's stripes") {
    if (!have_tool("rsvg-convert")) return;
    std::string svg = svg_matching_png("areas", "tests/render/region-areas/events.json --center 38.4,34.9 --zoom 6.4 --size 900x600");
    CHECK_CONTAINS(svg, "<g id=\"areas-fills\"");
    // Two approximate zones of two colours: two patterns, 9 px period, skewed along x - y.
    CHECK(count_of(svg, "<pattern ") == 2);
    CHECK_CONTAINS(svg, "width=\"9\" height=\"9\" patternTransform=\"skewX(45)\"");
    CHECK(count_of(svg, "fill=\"url(#hatch-") == 2);
}

TEST_CASE("the selection halo is in the SVG: events > selection, one ring per selected marker") {
    if (!have_tool("rsvg-convert")) return;
    std::string svg = svg_matching_png("selection",
                                       "tests/render/data/seed-placed.json --center 38.2,34.9 --zoom 6.3 --size 700x450 "
                                       "--select highway-surprise-attacks,asapov-killed --layers -legend");
    size_t begin = svg.find("<g id=\"events-selection\"");
    REQUIRE(begin != std::string::npos);
    std::string group = svg.substr(begin, svg.find("</g>", begin) - begin);
    CHECK(count_of(group, "<circle") == 2);
    CHECK_CONTAINS(group, "stroke-width=\"3\"");
}

TEST_CASE("every label and place name the frame draws is a <text> of the SVG, in Noto Sans") {
    LoadResult loaded = load_event_file(kSource / "examples" / "seed-events.json");
    REQUIRE(loaded.store);
    fs::path geodata = geodata_dir();
    std::vector<Diagnostic> problems;
    place_for_drawing(*loaded.store, geodata, "seed-events.json", problems);
    ViewState view;
    view.width = 1000, view.height = 700;
    view.camera = {CameraMode::center, {39.3, 35}, 7, {}};
    auto target = create_headless_target(1000, 700);
    MapRenderer renderer(*loaded.store, geodata);
    VectorRecord record(1000, 700);
    FrameStats stats = render_frame(renderer, view, *target, &record);
    REQUIRE(!stats.label_texts.empty());
    REQUIRE(!stats.place_name_texts.empty());
    fs::path svg_path = fresh_folder("texts") / "map.svg";
    write_svg(svg_path, record, {"Syrie"});
    std::string svg = svg_words(svg_path);
    for (const auto* texts : {&stats.label_texts, &stats.place_name_texts})
        for (const std::string& text : *texts) {
            INFO(text);
            CHECK(std::regex_search(svg, std::regex("<text [^>]*>" + std::regex_replace(xml_text(text), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") + "</text>")));
        }
    CHECK_CONTAINS(svg, "font-family=\"Noto Sans");
}

TEST_CASE("the map's cities carry the curated names of the reader's language, not GeoNames'") {
    // From Hamburg to Nizhny Novgorod and the Black Sea, where GeoNames writes "Nizhniy
    // Novgorod" and "Rostov-na-Donu" (geodata/exonyms.tsv).
    fs::path out = fresh_folder("exonyms");
    struct Expected {
        const char* lang;
        std::vector<std::string> drawn;
    };
    const Expected expected[] = {
        {"fr", {"Hambourg", "Nijni Novgorod", "Rostov-sur-le-Don", "Odessa"}},
        {"en", {"Hamburg", "Nizhny Novgorod", "Rostov-on-Don", "Odesa"}}};
    for (const Expected& e : expected) {
        fs::path svg = out / (std::string(e.lang) + ".svg");
        auto result = run_chronomap("render examples/seed-events.json -o " + svg.string() +
                                        " --bbox 8,44,46,58 --size 1000x700 --lang " + e.lang,
                                    kSource.string());
        INFO(result.all());
        REQUIRE((result.exit_code == 0 || result.exit_code == 1));
        std::string words = svg_words(svg);
        for (const std::string& name : e.drawn) CHECK_CONTAINS(words, ">" + name + "</text>");
        for (const char* geonames : {"Nizhniy Novgorod", "Rostov-na-Donu"})
            CHECK(words.find(geonames) == std::string::npos);
    }
}

TEST_CASE("render -o map.pdf holds the map's place names as text") {
    if (!have_tool("pdftotext")) return;
    fs::path out = fresh_folder("pdf");
    auto result = run_chronomap("render examples/seed-events.json -o " + (out / "map.pdf").string() + kView,
                                kSource.string());
    INFO(result.all());
    REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    CHECK_CONTAINS(result.out, "PDF");
    run_tool("pdftotext '" + (out / "map.pdf").string() + "' '" + (out / "map.txt").string() + "'");
    std::string text = slurp(out / "map.txt");
    for (const char* name : {"Palmyre", "Deir ez-Zor", "SYRIE", "Syrie et Libye, automne 2017"}) CHECK_CONTAINS(text, name);

    // The density image and the hatching do not stop the PDF or its words.
    for (const auto& [name, arguments, words] :
         {std::tuple{"density.pdf", "tests/render/label-collisions/events.json --center 37.4,35.85 --zoom 6.2 --size 700x500 --events-as density", "Alep"},
          std::tuple{"areas.pdf", "tests/render/region-areas/events.json --center 38.4,34.9 --zoom 6.4 --size 900x600", "Zones nommées"}}) {
        result = run_chronomap("render " + std::string(arguments) + " -o " + (out / name).string(), kSource.string());
        INFO(result.all());
        REQUIRE((result.exit_code == 0 || result.exit_code == 1));
        run_tool("pdftotext '" + (out / name).string() + "' '" + (out / "more.txt").string() + "'");
        CHECK_CONTAINS(slurp(out / "more.txt"), words);
    }
}

TEST_CASE("render -o with an unknown extension names the vector formats; an unwritable path leaves nothing") {
    auto result = run_chronomap("render examples/seed-events.json -o map.eps", kSource.string());
    CHECK(result.exit_code != 0);
    CHECK_CONTAINS(result.err, "map.eps");
    CHECK_CONTAINS(result.err, ".svg or .pdf");
    fs::path out = fresh_folder("unwritable");
    result = run_chronomap("render examples/seed-events.json -o " + (out / "missing" / "map.svg").string() + kView,
                           kSource.string());
    CHECK(result.exit_code != 0);
    CHECK_CONTAINS(result.err, "map.svg");
    CHECK(fs::is_empty(out));
}

namespace {

// Around Deir ez-Zor (as tests/render/user_layers_test.cpp): a district (polygon), a road
// along the Euphrates (line) and a checkpoint (point), with names to label them.
const char* kOverlayFeatures = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "District nord"},
   "geometry": {"type": "Polygon", "coordinates": [[[40.00,35.36],[40.30,35.36],[40.30,35.52],[40.00,35.52],[40.00,35.36]],
                                                  [[40.10,35.40],[40.18,35.40],[40.18,35.46],[40.10,35.46],[40.10,35.40]]]}},
  {"type": "Feature", "properties": {"name": "Route du fleuve"},
   "geometry": {"type": "LineString", "coordinates": [[39.95,35.22],[40.08,35.30],[40.20,35.31],[40.35,35.20]]}},
  {"type": "Feature", "properties": {"name": "Barrage routier"},
   "geometry": {"type": "Point", "coordinates": [40.40,35.42]}}]})";

// A 3-band GeoTIFF south-west of the city: a colour ramp (red to blue west to east, green
// north to south), so a shifted, flipped or badly filtered image shows in the comparison.
void write_ramp_geotiff(const fs::path& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    REQUIRE(driver);
    constexpr int kSize = 120;
    GDALDataset* ds = driver->Create(path.c_str(), kSize, kSize, 3, GDT_Byte, nullptr);
    REQUIRE(ds);
    double transform[6] = {39.90, 0.002, 0, 35.20, 0, -0.002};  // 39.90-40.14 E, 34.96-35.20 N
    ds->SetGeoTransform(transform);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    ds->SetSpatialRef(&wgs84);
    std::vector<std::uint8_t> band(kSize * kSize);
    for (int b = 0; b < 3; ++b) {
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                band[static_cast<size_t>(y * kSize + x)] = static_cast<std::uint8_t>(
                    b == 0 ? 255 - 2 * x : b == 1 ? 2 * y : 2 * x);
        CHECK(ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, kSize, kSize, band.data(), kSize, kSize, GDT_Byte, 0, 0) ==
              CE_None);
    }
    GDALClose(ds);
}

}  // namespace

TEST_CASE("user overlays: a GeoJSON's lines, areas, points and names and a GeoTIFF are in the SVG and PDF as in the PNG") {
    if (!have_tool("rsvg-convert") || !have_tool("pdftotext")) return;
    fs::path out = fresh_folder("overlays");
    setenv("XDG_CACHE_HOME", (out / "cache").c_str(), 1);  // the overlay cache, not the user's
    std::ofstream(out / "districts.geojson") << kOverlayFeatures;
    write_ramp_geotiff(out / "ramp.tif");
    std::string arguments = "examples/seed-events.json --center 40.12,35.3 --zoom 9.3 --size 800x600 --overlay " +
                            (out / "ramp.tif").string() + ":opacity=0.8 --overlay " +
                            (out / "districts.geojson").string() + ":color=#7a3e9d,width=2,label=name";
    for (const char* file : {"map.png", "map.svg", "map.pdf"}) {
        auto result = run_chronomap("render " + arguments + " -o " + (out / file).string(), kSource.string());
        INFO(result.all());
        REQUIRE((result.exit_code == 0 || result.exit_code == 1));
        CHECK(result.err.find("warning") == std::string::npos);
    }
    std::string svg = slurp(out / "map.svg");
    Image png = read_png(out / "map.png");
    Difference same = compare(png, rasterise_svg(out / "map.svg"));
    MESSAGE("overlays: SVG against PNG: mean " << same.mean << ", worst 16x16 block " << same.worst_block << " at "
                                               << same.block_x << "," << same.block_y);
    CHECK(matches(same));

    // basemap > overlays > one sub-layer per file, in the order given, over the rivers and
    // under the borders (as the PNG's basemap cache draws them).
    size_t overlays = svg.find("<g id=\"basemap-overlays\" inkscape:groupmode=\"layer\" inkscape:label=\"overlays\">");
    REQUIRE(overlays != std::string::npos);
    size_t ramp = svg.find("<g id=\"basemap-overlays-ramp-tif\" inkscape:groupmode=\"layer\" inkscape:label=\"ramp.tif\">");
    size_t districts = svg.find("<g id=\"basemap-overlays-districts-geojson\" inkscape:groupmode=\"layer\" "
                                "inkscape:label=\"districts.geojson\">");
    REQUIRE(ramp != std::string::npos);
    REQUIRE(districts != std::string::npos);
    CHECK(svg.find("<g id=\"basemap-rivers\"") < overlays);
    CHECK(overlays < ramp);
    CHECK(ramp < districts);
    CHECK(districts < svg.find("<g id=\"basemap-borders\""));
    std::string ramp_layer = svg.substr(ramp, svg.find("</g>", ramp) - ramp);
    CHECK(count_of(ramp_layer, "<image ") == 1);
    std::string district_layer = svg.substr(districts, svg.find("</g>", districts) - districts);
    CHECK_CONTAINS(district_layer, "<path");
    CHECK_CONTAINS(district_layer, "stroke=\"#7a3e9d\" stroke-width=\"2\"");  // the line and outlines
    CHECK_CONTAINS(district_layer, "fill=\"#7a3e9d\" fill-opacity=\"0.2\"");  // the area
    CHECK_CONTAINS(district_layer, "<circle");                                 // the point
    // The names as <text> in overlay-labels > districts.geojson.
    size_t labels = svg.find("<g id=\"overlay-labels-districts-geojson\"");
    REQUIRE(labels != std::string::npos);
    std::string names = std::regex_replace(svg.substr(labels, svg.find("</g>", labels) - labels),
                                           std::regex("<tspan x=\"[0-9.-]+\">|</tspan>"), "");
    for (const char* name : {"District nord", "Route du fleuve", "Barrage routier"}) CHECK_CONTAINS(names, name);

    // The comparison sees the overlays and their names (so the PNG draws the names too):
    // without any of them the picture differs.
    for (const char* layer : {"basemap-overlays-ramp-tif", "basemap-overlays-districts-geojson", "overlay-labels"}) {
        std::ofstream(out / "broken.svg") << without_layer(svg, layer);
        Difference broken = compare(png, rasterise_svg(out / "broken.svg"));
        MESSAGE("without " << std::string(layer) << ": mean " << broken.mean << ", worst block " << broken.worst_block);
        CHECK_FALSE(matches(broken));
    }

    run_tool("pdftotext '" + (out / "map.pdf").string() + "' '" + (out / "map.txt").string() + "'");
    std::string text = slurp(out / "map.txt");
    for (const char* name : {"District nord", "Route du fleuve", "Barrage routier"}) CHECK_CONTAINS(text, name);
    // The PDF rasterised by Cairo (pdftocairo at 96 dpi: the PNG's pixels) has the same shapes
    // and image where the overlays are: a strip over the district's west edge, the road's
    // west end and the raster's west half. (Its words are one run each at the font's own
    // advances, not at the PNG's pen positions, so they drift by a pixel or two: checked as
    // text above, not as pixels.)
    if (!have_tool("pdftocairo")) return;
    run_tool("pdftocairo -r 96 -png -singlefile '" + (out / "map.pdf").string() + "' '" + (out / "pdf").string() + "'");
    auto crop = [](const Image& image) {
        Image part;
        part.width = 70, part.height = 330;
        for (int y = 160; y < 490; ++y)
            for (int x = 285; x < 355; ++x) part.rgba.insert(part.rgba.end(), image.pixel(x, y), image.pixel(x, y) + 4);
        return part;
    };
    Difference pdf = compare(crop(png), crop(read_png(out / "pdf.png")));
    MESSAGE("overlays: PDF (pdftocairo) against PNG where the overlays are: mean " << pdf.mean << ", worst 16x16 block "
                                                                                  << pdf.worst_block << " at " << pdf.block_x
                                                                                  << "," << pdf.block_y);
    CHECK(matches(pdf));
    unsetenv("XDG_CACHE_HOME");
}
