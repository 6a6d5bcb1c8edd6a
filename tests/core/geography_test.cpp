// The shipped geography's compiler (src/basemap_build/geography_builder.*) on small inputs
// written as its real sources are: GMT's river dump, a GeoJSON of lakes, Natural Earth
// admin-1 features.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/map/geography_mesh.h"
#include "core/place_names/region_name_file.h"
#include "core/map/web_mercator.h"
#include "geography_builder.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {
fs::path write_temp(const std::string& name, const std::string& text) {
    fs::path path = fs::temp_directory_path() / ("chronomap-geography-test-" + name);
    std::ofstream(path) << text;
    return path;
}

size_t indices_in(const std::vector<GeographyChunk>& chunks, float zoom) {
    size_t n = 0;
    for (const GeographyChunk& c : chunks)
        if (c.min_zoom <= zoom) n += c.count;
    return n;
}

// The Euphrates cut at a GMT bin edge (two segments meeting at 40.0), a minor river, and a
// double-lined river outline that is left out.
const char* kRivers =
    "> River Bin # 4699, Level 1\n39.5\t35.9\n40.0\t35.5\n"
    "> River Bin # 4700, Level 1\n40.0\t35.5\n40.14\t35.35\n40.5\t35.1\n"
    "> River Bin # 4700, Level 4\n40.2\t35.6\n40.3\t35.7\n"
    "> River Bin # 4700, Level 0\n40.2\t35.2\n40.3\t35.3\n";

// A reservoir of about 600 km² (Lake Assad's size) and a pond of about 0.1 km².
const char* kLakes = R"({"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","coordinates":[
  [[[38.0,35.8],[38.3,35.8],[38.3,36.0],[38.0,36.0],[38.0,35.8]]],
  [[[37.0,35.0],[37.003,35.0],[37.003,35.003],[37.0,35.003],[37.0,35.0]]]]}]})";

// Two governorates of one country sharing the edge x = 39 (from 35 to 36), and a region of
// another country beyond x = 40: that border is the basemap's, not a region boundary.
const char* kAdmin1 = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"adm0_a3":"SYR","name_en":"Al-Raqqah","name_fr":"Racca","min_label":7,
   "latitude":35.5,"longitude":38.5},
  "geometry":{"type":"Polygon","coordinates":[[[38,35],[39,35],[39,35.5],[39,36],[38,36],[38,35]]]}},
 {"type":"Feature","properties":{"adm0_a3":"SYR","name_en":"Homs","name_fr":"de Homs","min_label":7,
   "latitude":35.5,"longitude":39.5},
  "geometry":{"type":"Polygon","coordinates":[[[39,35],[40,35],[40,36],[39,36],[39,35.5],[39,35]]]}},
 {"type":"Feature","properties":{"adm0_a3":"IRQ","name_en":"Al-Anbar","name_fr":"Al-Anbar","min_label":6.7,
   "latitude":35.5,"longitude":40.5},
  "geometry":{"type":"Polygon","coordinates":[[[40,35],[41,35],[41,36],[40,36],[40,35]]]}},
 {"type":"Feature","properties":{"adm0_a3":"SYR","name_en":"Western al-Samadania","name_fr":"UNDOF FNUOD",
   "min_label":18,"latitude":33.1,"longitude":35.8},
  "geometry":{"type":"Polygon","coordinates":[[[35.7,33],[35.9,33],[35.9,33.2],[35.7,33],[35.7,33]]]}}]})";
}  // namespace

TEST_CASE("Rivers are joined across GMT's bins and ranked by level") {
    GeographyBuild built = build_geography({write_temp("rivers.txt", kRivers), write_temp("lakes.geojson", kLakes),
                                            write_temp("admin1.geojson", kAdmin1)});
    const ChunkedLines& rivers = built.mesh.rivers;
    // The Euphrates' two pieces make one line of 3 segments: 18 indices, shown from zoom 3.5.
    CHECK(indices_in(rivers.chunks, 3.5f) == 18);
    CHECK(indices_in(rivers.chunks, 3.4f) == 0);
    // The minor river comes at zoom 8; the river-lake outline (level 0) never.
    CHECK(indices_in(rivers.chunks, 8) == 24);
    CHECK(indices_in(rivers.chunks, 20) == 24);
    for (const GeographyChunk& c : rivers.chunks) CHECK(c.style == (c.min_zoom == 3.5f ? 0u : 1u));
}

TEST_CASE("Lakes are filled by size rank and ponds left out") {
    GeographyBuild built = build_geography({write_temp("rivers.txt", kRivers), write_temp("lakes.geojson", kLakes),
                                            write_temp("admin1.geojson", kAdmin1)});
    const ChunkedFill& lakes = built.mesh.lakes;
    REQUIRE(lakes.chunks.size() == 1);  // the pond (0.1 km²) is not drawn at any zoom
    CHECK(lakes.chunks[0].min_zoom == lake_min_zoom(600));
    CHECK(lakes.chunks[0].count == 6);  // a rectangle: two triangles
    CHECK(lake_min_zoom(600) <= 6);     // Lake Assad shows at a regional zoom
    CHECK(lake_min_zoom(0.5) < 0);
    // The chunk's box is the lake's, in world coordinates.
    WorldPoint west = lonlat_to_world({38.0, 36.0});
    CHECK(lakes.chunks[0].x0 == doctest::Approx(west.x).epsilon(1e-6));
    CHECK(lakes.chunks[0].y0 == doctest::Approx(west.y).epsilon(1e-6));
}

TEST_CASE("Region boundaries are the edges two regions of one country share; names in two languages") {
    GeographyBuild built = build_geography({write_temp("rivers.txt", kRivers), write_temp("lakes.geojson", kLakes),
                                            write_temp("admin1.geojson", kAdmin1)});
    const ChunkedLines& regions = built.mesh.regions;
    // Only x = 39 from 35 to 36 (two edges, through 35.5): not the Syria-Iraq border at x = 40,
    // not the coast-like outer edges.
    CHECK(indices_in(regions.chunks, 6) == 12);
    CHECK(indices_in(regions.chunks, 5) == 0);  // not at the continental view
    WorldPoint a = lonlat_to_world({39, 36}), b = lonlat_to_world({39, 35});
    REQUIRE(regions.chunks.size() == 1);
    CHECK(regions.chunks[0].x0 == doctest::Approx(a.x).epsilon(1e-6));
    CHECK(regions.chunks[0].x1 == doctest::Approx(a.x).epsilon(1e-6));
    CHECK(regions.chunks[0].y0 == doctest::Approx(a.y).epsilon(1e-6));
    CHECK(regions.chunks[0].y1 == doctest::Approx(b.y).epsilon(1e-6));

    // The UNDOF zone (min_label 18) is not a name to show; "de Homs" loses its "de".
    REQUIRE(built.region_names.size() == 3);
    CHECK(built.region_names[1].name_en == "Homs");
    CHECK(built.region_names[1].name_fr == "Homs");
    CHECK(region_name_in(built.region_names[0], true) == "Raqqa");
    CHECK(region_name_in(built.region_names[0], false) == "Raqqa");
    CHECK(built.region_names[0].min_zoom == 6);
    CHECK(clean_french_region_name("d'Ajdabiya") == "Ajdabiya");
    CHECK(clean_french_region_name("de Lattaquié") == "Lattaquié");
    CHECK(clean_french_region_name("Deir ez-Zor") == "Deir ez-Zor");
    CHECK(clean_french_region_name("de la Bekaa") == "Bekaa");
    CHECK(clean_french_region_name("Racca") == "Raqqa");  // as the town is named on a French map
    CHECK(region_name_as_town("Al-Raqqah") == "Raqqa");
}

TEST_CASE("Geography and region-name files round trip; bad files are refused with the way out") {
    GeographyBuild built = build_geography({write_temp("rivers.txt", kRivers), write_temp("lakes.geojson", kLakes),
                                            write_temp("admin1.geojson", kAdmin1)});
    fs::path mesh_path = fs::temp_directory_path() / "chronomap-geography-test.bin";
    write_geography_mesh(mesh_path, built.mesh);
    GeographyMesh back = read_geography_mesh(mesh_path);
    CHECK(back.lakes.triangles == built.mesh.lakes.triangles);
    CHECK(back.rivers.mesh.indices == built.mesh.rivers.mesh.indices);
    CHECK(back.regions.chunks.size() == built.mesh.regions.chunks.size());

    // A chunk pointing past the indices (a corrupt file) is refused, not drawn.
    built.mesh.rivers.chunks[0].count += 1000;
    write_geography_mesh(mesh_path, built.mesh);
    CHECK_THROWS_WITH(read_geography_mesh(mesh_path), doctest::Contains("out of range"));
    fs::remove(mesh_path);
    CHECK_THROWS_WITH(read_geography_mesh(mesh_path), doctest::Contains("scripts/build"));

    fs::path names_path = fs::temp_directory_path() / "chronomap-region-names-test.tsv";
    write_region_names(names_path, built.region_names, "test");
    std::vector<RegionName> names = read_region_names(names_path);
    REQUIRE(names.size() == 3);
    CHECK(names[0].name_fr == "Raqqa");
    CHECK(names[2].lon == doctest::Approx(40.5));
    std::ofstream(names_path, std::ios::app) << "6\t40\tnot-a-number\tX\tY\n";
    CHECK_THROWS_WITH(read_region_names(names_path), doctest::Contains("region-names-test.tsv:6: a number is malformed"));
    fs::remove(names_path);
}
