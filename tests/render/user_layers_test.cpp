// The user's own layers (--overlay): files written here as users have them (an OSM XML of a
// few streets of Deir ez-Zor, GeoJSON / GeoPackage / Shapefile of districts, a 3-band
// GeoTIFF, a DEM, an MBTiles), drawn headless, pixels probed where the features project.
#include <doctest/doctest.h>

#include <gdal_priv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/io/geodata_paths.h"
#include "core/user_layers/user_layer_data.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
#include "render/palette.h"
#include "render/user_layer_set.h"
#include "test_helpers.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {

struct Rgb {
    int r, g, b;
};

// A fresh folder for the files and a private cache (never the developer's own).
struct Scratch {
    fs::path dir;
    Scratch() {
        dir = fs::temp_directory_path() / ("chronomap-user-layers-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir / "cache");
        setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    }
    ~Scratch() { fs::remove_all(dir); }
    fs::path write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
        return dir / name;
    }
};

void run(const std::string& command) {
    INFO(command);
    REQUIRE(std::system((command + " > /dev/null 2>&1").c_str()) == 0);
}

struct Drawn {
    Image image;
    MapView map;
    std::vector<UserLayerStatus> status;
    Rgb at(LonLat p) const {
        WorldPoint px = map.lonlat_to_pixel(p);
        const std::uint8_t* c = image.pixel(static_cast<int>(px.x), static_cast<int>(px.y));
        return {c[0], c[1], c[2]};
    }
};

Drawn draw(const std::vector<std::string>& overlays, LonLat center, double zoom, Theme theme = Theme::light) {
    EventStore store = EventStore::build({}, {}, "test", nullptr);
    auto target = create_headless_target(400, 300);
    MapRenderer renderer(store, geodata_dir());
    std::vector<std::string> messages;
    renderer.user_layers().set_reporter([&](const std::string& m) { messages.push_back(m); });
    ViewState view;
    view.width = 400, view.height = 300;
    view.theme = theme;
    view.layers.place_names = false;  // the map alone: no panel over the probed pixels
    view.layers.legend = view.layers.title = view.layers.scale_bar = view.layers.attribution = false;
    view.camera = {CameraMode::center, center, zoom, {}};
    for (const std::string& text : overlays) view.overlays.push_back(*parse_user_layer_argument(text).value);
    render_frame(renderer, view, *target);
    return {target->read_pixels(), renderer.map_view(view), renderer.user_layers().status()};
}

Rgb land_colour(Theme theme = Theme::light) {
    Color land = palette_for(theme).land;
    return {static_cast<int>(std::lround(land.r * 255)), static_cast<int>(std::lround(land.g * 255)),
            static_cast<int>(std::lround(land.b * 255))};
}

bool near(Rgb a, Rgb b, int tolerance = 12) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

std::string show(Rgb c) { return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b); }

// Streets of Deir ez-Zor as an OSM extract has them: a primary road along the river, a
// residential street crossing it, the river as water, a built-up block and a building.
const char* kDeirEzZorOsm = R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="chronomap test">
  <node id="1" lat="35.3300" lon="40.1300" version="1"/>
  <node id="2" lat="35.3300" lon="40.1600" version="1"/>
  <node id="3" lat="35.3250" lon="40.1450" version="1"/>
  <node id="4" lat="35.3350" lon="40.1450" version="1"/>
  <node id="10" lat="35.3180" lon="40.1300" version="1"/>
  <node id="11" lat="35.3180" lon="40.1600" version="1"/>
  <node id="12" lat="35.3220" lon="40.1600" version="1"/>
  <node id="13" lat="35.3220" lon="40.1300" version="1"/>
  <node id="20" lat="35.3360" lon="40.1500" version="1"/>
  <node id="21" lat="35.3360" lon="40.1580" version="1"/>
  <node id="22" lat="35.3400" lon="40.1580" version="1"/>
  <node id="23" lat="35.3400" lon="40.1500" version="1"/>
  <way id="100" version="1"><nd ref="1"/><nd ref="2"/>
    <tag k="highway" v="primary"/><tag k="name" v="Shari' al-Kurnish"/></way>
  <way id="101" version="1"><nd ref="3"/><nd ref="4"/>
    <tag k="highway" v="residential"/><tag k="name" v="Shari' Sittat"/></way>
  <way id="102" version="1"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/>
    <tag k="natural" v="water"/><tag k="name" v="Al-Furat"/></way>
  <way id="103" version="1"><nd ref="20"/><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="20"/>
    <tag k="landuse" v="residential"/></way>
</osm>
)";

// Two districts, as an OCHA admin layer would give them (GeoJSON, WGS 84).
const char* kDistricts = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"ADM2_FR": "Deir ez-Zor", "pop": 239000},
   "geometry": {"type": "Polygon", "coordinates": [[[39.8,35.0],[40.6,35.0],[40.6,35.6],[39.8,35.6],[39.8,35.0]]]}},
  {"type": "Feature", "properties": {"ADM2_FR": "Al-Mayadin", "pop": 80000},
   "geometry": {"type": "LineString", "coordinates": [[40.0,35.1],[40.5,35.1]]}}]})";

void write_rgb_geotiff(const fs::path& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDataset* ds = driver->Create(path.c_str(), 100, 100, 3, GDT_Byte, nullptr);
    double gt[6] = {40.0, 0.004, 0, 35.6, 0, -0.004};  // 40.0-40.4 E, 35.2-35.6 N
    ds->SetGeoTransform(gt);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    ds->SetSpatialRef(&wgs84);
    std::vector<std::uint8_t> band(100 * 100);
    for (int b = 0; b < 3; ++b) {
        for (int y = 0; y < 100; ++y)
            for (int x = 0; x < 100; ++x)
                band[static_cast<size_t>(y * 100 + x)] = x < 50 ? (b == 0 ? 220 : 20) : (b == 2 ? 220 : 20);  // red | blue
        CHECK(ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, 100, 100, band.data(), 100, 100, GDT_Byte, 0, 0) == CE_None);
    }
    GDALClose(ds);
}

// A cone 1500 m high centred on 40.2 E, 35.4 N, as a DEM in metres (Int16).
void write_dem(const fs::path& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDataset* ds = driver->Create(path.c_str(), 200, 200, 1, GDT_Int16, nullptr);
    double gt[6] = {40.0, 0.002, 0, 35.6, 0, -0.002};
    ds->SetGeoTransform(gt);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    ds->SetSpatialRef(&wgs84);
    std::vector<std::int16_t> heights(200 * 200);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            heights[static_cast<size_t>(y * 200 + x)] =
                static_cast<std::int16_t>(std::max(0.0, 1500 - 20 * std::hypot(x - 100, y - 100)));
    CHECK(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, heights.data(), 200, 200, GDT_Int16, 0, 0) == CE_None);
    GDALClose(ds);
}

}  // namespace

TEST_CASE("An OpenStreetMap extract draws as a street map at city zoom, without a style") {
    Scratch scratch;
    fs::path osm = scratch.write("deir-ez-zor.osm", kDeirEzZorOsm);
    Drawn city = draw({osm.string()}, {40.145, 35.329}, 14);
    REQUIRE(city.status.size() == 1);
    CHECK_MESSAGE(city.status[0].loaded, city.status[0].error);
    // The primary road in its yellow, the river block in blue, the built-up block in grey.
    Rgb primary = city.at({40.137, 35.33});
    CHECK_MESSAGE(near(primary, {0xf6, 0xcf, 0x7d}, 20), show(primary));
    Rgb street = city.at({40.145, 35.3275});
    CHECK_MESSAGE(near(street, {255, 255, 255}, 20), show(street));
    Rgb water = city.at({40.14, 35.32});
    CHECK_MESSAGE(water.b > water.r + 30, show(water));
    Rgb builtup = city.at({40.154, 35.338});
    CHECK_MESSAGE(!near(builtup, land_colour(), 6), show(builtup));
    CHECK_MESSAGE(builtup.b < builtup.r + 4, show(builtup));  // grey-beige, not blue
    Rgb open_land = city.at({40.135, 35.3265});
    CHECK_MESSAGE(near(open_land, land_colour(), 4), show(open_land));

    // At a regional zoom the residential street is left out, the primary road stays.
    Drawn region = draw({osm.string()}, {40.145, 35.329}, 10);
    CHECK(near(region.at({40.145, 35.3255}), land_colour(), 6));
    CHECK_FALSE(near(region.at({40.137, 35.33}), land_colour(), 6));
    // The file was read once into the user's cache folder, not next to the data.
    CHECK_FALSE(fs::is_empty(user_layer_cache_dir()));
    CHECK(user_layer_cache_dir().string().starts_with((scratch.dir / "cache").string()));
    size_t beside = 0;
    for (const auto& entry : fs::directory_iterator(scratch.dir)) beside += entry.is_regular_file();
    CHECK(beside == 1);
}

TEST_CASE("GeoJSON, GeoPackage and Shapefile draw with the style typed after the file name") {
    Scratch scratch;
    fs::path geojson = scratch.write("districts.geojson", kDistricts);
    fs::path gpkg = scratch.dir / "districts.gpkg", shp = scratch.dir / "lines.shp";
    run("ogr2ogr -f GPKG " + gpkg.string() + " " + geojson.string());
    run("ogr2ogr -f 'ESRI Shapefile' -where \"pop < 100000\" -nlt LINESTRING " + shp.string() + " " + geojson.string());
    LonLat inside{40.3, 35.4}, on_line{40.3, 35.1};
    for (const fs::path& file : {geojson, gpkg}) {
        INFO(file.string());
        Drawn drawn = draw({file.string() + ":fill=#ff0000,color=#0000ff,width=6"}, {40.2, 35.3}, 8);
        CHECK(drawn.status[0].loaded);
        Rgb fill = drawn.at(inside);
        CHECK_MESSAGE((fill.r > fill.g + 60 && fill.r > fill.b + 60), show(fill));
        Rgb line = drawn.at(on_line);
        CHECK_MESSAGE((line.b > 200 && line.r < 60), show(line));
    }
    // The Shapefile holds only the line; where= keeps features by attribute.
    Drawn lines = draw({shp.string() + ":color=#00aa00,width=5"}, {40.2, 35.3}, 8);
    Rgb line = lines.at(on_line);
    CHECK_MESSAGE((line.g > 140 && line.r < 60), show(line));
    CHECK(near(lines.at(inside), land_colour(), 4));
    Drawn filtered = draw({geojson.string() + ":where=pop > 100000,color=#0000ff,width=6"}, {40.2, 35.3}, 8);
    Rgb only_area = filtered.at(on_line);  // the line is filtered out: the area's light tint shows
    CHECK_MESSAGE((only_area.r > 150 && !near(only_area, land_colour(), 4)), show(only_area));
}

TEST_CASE("A 3-band GeoTIFF and an MBTiles made from it are placed where their pixels belong") {
    Scratch scratch;
    fs::path tif = scratch.dir / "imagery.tif", mbtiles = scratch.dir / "imagery.mbtiles";
    write_rgb_geotiff(tif);
    run("gdal_translate -of MBTILES " + tif.string() + " " + mbtiles.string());
    for (const fs::path& file : {tif, mbtiles}) {
        INFO(file.string());
        Drawn drawn = draw({file.string()}, {40.2, 35.4}, 9);
        REQUIRE(drawn.status.size() == 1);
        CHECK_MESSAGE(drawn.status[0].loaded, drawn.status[0].error);
        Rgb west = drawn.at({40.05, 35.4}), east = drawn.at({40.35, 35.4});
        CHECK_MESSAGE(near(west, {220, 20, 20}, 25), show(west));
        CHECK_MESSAGE(near(east, {20, 20, 220}, 25), show(east));
        CHECK(near(drawn.at({39.9, 35.4}), land_colour(), 4));  // outside the image: the map
        CHECK(near(drawn.at({40.2, 35.7}), land_colour(), 4));
    }
    // opacity=0.5 lets the land show through.
    Rgb half = draw({tif.string() + ":opacity=0.5"}, {40.2, 35.4}, 9).at({40.05, 35.4});
    Rgb land = land_colour();
    CHECK_MESSAGE(std::abs(half.r - (220 + land.r) / 2) < 20, show(half));
}

TEST_CASE("A DEM becomes shaded relief: shadows on the far side of a hill, the plain clear") {
    Scratch scratch;
    fs::path dem = scratch.dir / "relief.tif";
    write_dem(dem);
    Drawn drawn = draw({dem.string()}, {40.2, 35.4}, 9);
    REQUIRE(drawn.status.size() == 1);
    CHECK_MESSAGE(drawn.status[0].loaded, drawn.status[0].error);
    CHECK_CONTAINS(drawn.status[0].summary, "shaded relief");
    Rgb land = land_colour();
    auto brightness = [](Rgb c) { return c.r + c.g + c.b; };
    Rgb lit = drawn.at({40.15, 35.45}), shaded = drawn.at({40.25, 35.35}), plain = drawn.at({40.02, 35.22});
    CHECK_MESSAGE(brightness(shaded) < brightness(land) - 40, show(shaded));  // south-east flank
    CHECK_MESSAGE(brightness(lit) > brightness(shaded) + 40, show(lit));      // north-west flank
    CHECK_MESSAGE(near(plain, land, 8), show(plain));                        // flat ground untouched
    // The shading is cached per file: a second renderer reads the cache, not the DEM.
    fs::path cache = user_layer_cache_file(dem, {});
    CHECK(fs::exists(cache));
    UserLayerData cached;
    CHECK(read_user_layer_cache(cache, cached));
    CHECK(cached.raster.hillshade);
}

TEST_CASE("A file GDAL cannot read is named with what GDAL said, and the map is drawn without it") {
    Scratch scratch;
    fs::path broken = scratch.write("districts.gpkg", "this is not a GeoPackage\n");
    fs::path osm = scratch.write("deir-ez-zor.osm", kDeirEzZorOsm);
    Drawn drawn = draw({broken.string(), (scratch.dir / "missing.shp").string(), osm.string()}, {40.145, 35.329}, 15);
    REQUIRE(drawn.status.size() == 3);
    CHECK_FALSE(drawn.status[0].loaded);
    CHECK_CONTAINS(drawn.status[0].error, "districts.gpkg");
    CHECK_CONTAINS(drawn.status[0].error, "GDAL");
    CHECK_FALSE(drawn.status[1].loaded);
    CHECK_CONTAINS(drawn.status[1].error, "missing.shp: no such file");
    CHECK(drawn.status[2].loaded);
    Rgb primary = drawn.at({40.137, 35.33});
    CHECK_MESSAGE(near(primary, {0xf6, 0xcf, 0x7d}, 20), show(primary));
}
