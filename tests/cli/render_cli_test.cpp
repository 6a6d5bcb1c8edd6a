// `chronomap render` and `chronomap view` run as a user runs them: refusals (64), no GL (4),
// unwritable output (3), unplaced events (1), view states saved and read back.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"
#include "test_helpers.h"

using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {
const std::string kSource = CHRONOMAP_SOURCE_DIR;
const std::string kPlaced = "'" + kSource + "/tests/render/data/seed-placed.json'";
using chronomap::test::kExampleArg;

std::string render_scratch(const std::string& name) {
    return (fs::temp_directory_path() / ("chronomap-render-cli-" + name)).string();
}
}  // namespace

TEST_CASE("render refuses bad values with the flag and what to write") {
    std::string out = " -o '" + render_scratch("bad.png") + "'";
    struct Case {
        std::string flags, message;
    };
    for (const Case& c : {Case{"--size 0x-3", "whole numbers from 16"},
                          Case{"--center 200,95 --zoom 3", "longitude 200 is outside"},
                          Case{"--center 10,95 --zoom 3", "latitude 95 is outside"},
                          Case{"--center 10,10", "--center and --zoom go together"},
                          Case{"--bbox 40,30,10,35", "WEST < EAST"},
                          Case{"--zoom 40 --center 0,0", "zoom from 0 to 16"},
                          Case{"--scale 0", "number from 0.5 to 4"},
                          Case{"--time 2017-10-04/2017-09-01", "end comes before the start"},
                          Case{"--theme sepia", "use light or dark"},
                          Case{"--layers events,rivers", "unknown layer \"rivers\""},
                          Case{"--bogus", "--bogus"}}) {
        CAPTURE(c.flags);
        auto result = run_chronomap("render " + kPlaced + out + " " + c.flags);
        CHECK(result.exit_code == 64);
        CHECK_CONTAINS(result.err, c.message);
    }
    auto jpeg = run_chronomap("render " + kPlaced + " -o map.jpg");
    CHECK(jpeg.exit_code == 64);
    CHECK_CONTAINS(jpeg.err, ".png, .tif (GeoTIFF), .svg or .pdf");
}

TEST_CASE("render geocodes the seed places and only notes the events that have no place") {
    std::string png = render_scratch("seed.png");
    auto result = run_chronomap("render " + kExampleArg + " -o '" + png + "' --size 400x300");
    // A statement and an audio message have no place by nature: not a problem, exit 0.
    CHECK(result.exit_code == 0);
    // The 12 events with press-spelled place names are placed by the offline geocoder.
    CHECK(result.err.find("place name the geocoder could not place") == std::string::npos);
    CHECK_CONTAINS(result.err, "/examples/seed-events.json: note: 2 events have no place and are not drawn\n");
    CHECK(result.err.find("warning") == std::string::npos);
    CHECK_CONTAINS(result.out, "wrote");
    std::ifstream file(png, std::ios::binary);
    char signature[8] = {};
    file.read(signature, 8);
    CHECK(std::string(signature + 1, 3) == "PNG");
    fs::remove(png);
}

TEST_CASE("render says what is missing when there is no OpenGL") {
    // No EGL vendor library: what a machine without Mesa looks like to libglvnd.
    auto result = run_chronomap("render " + kPlaced + " -o '" + render_scratch("nogl.png") + "'",
                                ".", "", "__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json");
    CHECK(result.exit_code == 4);
    CHECK_CONTAINS(result.err, "no graphics");
    CHECK_CONTAINS(result.err, "apt-get install");
}

TEST_CASE("view without a display says how to render instead") {
    auto result = run_chronomap("view " + kPlaced, ".", "", "DISPLAY= WAYLAND_DISPLAY=");
    CHECK(result.exit_code == 4);
    CHECK_CONTAINS(result.err, "no display");
    CHECK_CONTAINS(result.err, "chronomap render");
}

TEST_CASE("render reports an output it cannot write") {
    auto result = run_chronomap("render " + kPlaced + " -o /nonexistent-folder/map.png");
    CHECK(result.exit_code == 3);
    CHECK_CONTAINS(result.err, "/nonexistent-folder");
}

TEST_CASE("view states are saved as JSON, read back, and a bad one is refused by field") {
    std::string state = render_scratch("state.json"), png = render_scratch("state.png");
    auto saved = run_chronomap("render " + kPlaced + " -o '" + png +
                               "' --size 320x200 --center 38,35 --zoom 5 --theme dark --save-state '" + state + "'");
    CHECK(saved.exit_code <= 1);
    std::ifstream in(state);
    auto json = nlohmann::json::parse(in);
    CHECK(json["camera"]["mode"] == "center");
    CHECK(json["theme"] == "dark");
    auto loaded = run_chronomap("render " + kPlaced + " -o '" + png + "' --state '" + state + "'");
    CHECK(loaded.exit_code <= 1);
    CHECK_CONTAINS(loaded.out, "320x200");
    std::ofstream(state) << R"({"theme": "sepia"})";
    auto bad = run_chronomap("render " + kPlaced + " -o '" + png + "' --state '" + state + "'");
    CHECK(bad.exit_code == 64);
    CHECK_CONTAINS(bad.err, "field \"theme\"");
    fs::remove(state);
    fs::remove(png);
}

TEST_CASE("render to GeoTIFF: the map alone, no GDAL warning, attribution in the copyright tag") {
    std::string tif = render_scratch("alone.tif");
    auto result = run_chronomap("render " + kPlaced + " -o '" + tif + "' --center 27.5,34.5 --zoom 4.6 --size 400x300");
    CHECK(result.exit_code <= 1);  // 1: two seed events have no place
    CHECK(result.err.find("Warning") == std::string::npos);
    CHECK(result.err.find("UNASSOCIATED") == std::string::npos);
    // Read back by GDAL's own tool, as a GIS user would.
    std::string info;
    if (FILE* pipe = popen(("gdalinfo '" + tif + "' 2>&1").c_str(), "r")) {
        char buffer[4096];
        for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) info.append(buffer, n);
        pclose(pipe);
    }
    CHECK_CONTAINS(info, "TIFFTAG_COPYRIGHT=© Natural Earth, GeoNames (CC-BY)");
    CHECK_CONTAINS(info, "ColorInterp=Alpha");
    CHECK(info.find("Warning") == std::string::npos);
    fs::remove(tif);
}

TEST_CASE("render says so when the time window holds no event, in ISO dates on the terminal") {
    std::string png = render_scratch("empty.png");
    auto result = run_chronomap("render " + kPlaced + " -o '" + png + "' --size 400x300 --time 2010");
    CHECK(result.exit_code == 0);
    // The map says it in the file's language (French here); the terminal in the dates the
    // command line takes, with the file's own precision for its range.
    CHECK_CONTAINS(result.err, "no event between 2010-01-01 and 2010-12-31 (the file's events run from 2015-08 to 2017)");
    fs::remove(png);
}

TEST_CASE("a time window that holds no event says so on stderr, and the map is still written") {
    std::string png = render_scratch("empty-window.png");
    auto result = run_chronomap("render " + kExampleArg + " -o '" + png +
                                "' --size 300x200 --time 2019-01-01/2019-02-01");
    CHECK(result.exit_code == 0);
    CHECK_CONTAINS(result.err,
                   "no event between 2019-01-01 and 2019-02-01 (the file's events run from 2015-08 to 2017");
    CHECK_CONTAINS(result.out, "wrote");
    CHECK(fs::exists(png));
    fs::remove(png);
}
