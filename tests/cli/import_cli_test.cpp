// `chronomap import` and every command on files that are not chronomap JSON, run as a user
// runs them: formats told apart, bad rows located, the converted file round-trips.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"
#include "test_helpers.h"

using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {
const std::string kImport = std::string(CHRONOMAP_TEST_DATA) + "/import/";

std::string import_scratch(const std::string& name) {
    fs::path folder = fs::temp_directory_path() / "chronomap-import-cli";
    fs::create_directories(folder);
    return (folder / name).string();
}

nlohmann::json info_json(const std::string& file) {
    auto result = run_chronomap("info --json '" + file + "'");
    INFO(result.all());
    REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    return nlohmann::json::parse(result.out);
}

bool is_png(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    char signature[8] = {};
    file.read(signature, 8);
    return std::string(signature + 1, 3) == "PNG";
}
}  // namespace

TEST_CASE("info on an ACLED export: the schema, the rows, the bad row where it is") {
    auto result = run_chronomap("info '" + kImport + "acled-syria-libya-2017.csv'");
    CHECK(result.exit_code == 1);  // a row was skipped
    CHECK_CONTAINS(result.out, "format      ACLED export (CSV), 7 rows");
    CHECK_CONTAINS(result.out, "6 loaded, 1 skipped");
    CHECK_CONTAINS(result.err,
                   "acled-syria-libya-2017.csv:7:2: error: invalid date \"31 Septober 2017\"");
    CHECK_CONTAINS(result.err, "[at line 7, column 2 \"event_date\"]");
}

TEST_CASE("a file chronomap cannot read is named, with the formats it reads") {
    auto result = run_chronomap("info '" + kImport + "not-events.pdf'");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "cannot read this file: it is a PDF document");
    CHECK_CONTAINS(result.err, "CSV/TSV (ACLED, UCDP GED");
    auto not_ours = run_chronomap("info '" + kImport + "own-table.csv'");
    CHECK(not_ours.exit_code == 2);
    CHECK_CONTAINS(not_ours.err, "no date column found");
    CHECK_CONTAINS(not_ours.err, "--map time=COLUMN");
}

TEST_CASE("a CSV that breaks off is refused where it breaks") {
    std::string broken = import_scratch("unclosed.csv");
    std::ofstream(broken)
        << "date,place,notes\n2017-10-04,Misrata,fine\n2017-10-05,Sirte,\"never closed\n";
    auto result = run_chronomap("info '" + broken + "'");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "unclosed.csv:3:3: error: a quoted field is never closed");
    CHECK_CONTAINS(result.err, "hint: close the quote");
}

TEST_CASE("--map and --date-order reach the reader from every command") {
    auto result = run_chronomap(
        "info --map id=Code,time=Jour,place=Ville,country=Pays,category=Genre "
        "--date-order dmy '" +
        kImport + "own-table.csv'");
    CHECK(result.exit_code == 0);
    CHECK_CONTAINS(result.out, "2 loaded");
    CHECK_CONTAINS(result.out, "time range  2017-10-04 .. 2017-10-25");
    std::string mapping = import_scratch("own.mapping");
    std::ofstream(mapping) << "# our spreadsheet\nid=Code\ntime = Jour\nplace=Ville\n";
    auto from_file = run_chronomap("info --mapping '" + mapping + "' --date-order dmy '" + kImport +
                                   "own-table.csv'");
    CHECK(from_file.exit_code == 0);
    auto bad_order = run_chronomap("info --date-order ymd '" + kImport + "own-table.csv'");
    CHECK(bad_order.exit_code == 64);
}

TEST_CASE("import writes chronomap JSON that loads to the same events") {
    for (std::string name : {"acled-syria-libya-2017.csv", "ucdp-ged-syria-2017.csv",
                             "gdelt-20171004.export.CSV", "events.geojson", "events.kml"}) {
        CAPTURE(name);
        std::string out = import_scratch(name + ".json");
        fs::remove(out);
        auto result = run_chronomap("import '" + kImport + name + "' -o '" + out + "'");
        INFO(result.all());
        CHECK((result.exit_code == 0 || result.exit_code == 1));
        CHECK_CONTAINS(result.out, "-> " + out);
        REQUIRE(fs::exists(out));
        nlohmann::json direct = info_json(kImport + name), converted = info_json(out);
        CHECK(converted["format"] == "chronomap JSON");
        CHECK(converted["skipped"] == 0);
        CHECK(converted["problems"].empty());
        for (const char* key :
             {"events", "time_range", "precision", "spans", "categories", "places"})
            CHECK_MESSAGE(direct[key] == converted[key], key);
        // Importing the converted file again gives the same bytes: nothing drifts.
        std::string again = import_scratch(name + ".again.json");
        CHECK(run_chronomap("import '" + out + "' -o '" + again + "'").exit_code == 0);
        std::ifstream a(out), b(again);
        CHECK(std::string(std::istreambuf_iterator<char>(a), {}) ==
              std::string(std::istreambuf_iterator<char>(b), {}));
    }
}

TEST_CASE("import refuses to overwrite nothing it cannot write, and says so") {
    auto result =
        run_chronomap("import '" + kImport + "events.geojson' -o /nonexistent-folder/out.json");
    CHECK(result.exit_code == 3);
}

TEST_CASE("GeoPackage, spreadsheet and Shapefile copies made with ogr2ogr open the same") {
    std::string gpkg = import_scratch("events.gpkg"), xlsx = import_scratch("acled.xlsx"),
                shp = import_scratch("events-shp");
    fs::remove(gpkg);
    fs::remove(xlsx);
    fs::remove_all(shp);
    REQUIRE(
        std::system(("ogr2ogr -f GPKG '" + gpkg + "' '" + kImport + "events.geojson' 2>/dev/null")
                        .c_str()) == 0);
    REQUIRE(std::system(("ogr2ogr -f XLSX '" + xlsx + "' '" + kImport +
                         "acled-syria-libya-2017.csv' 2>/dev/null")
                            .c_str()) == 0);
    // A Shapefile cuts column names to 10 characters: no longer ACLED, still a table with dates.
    REQUIRE(
        std::system(("ogr2ogr -f 'ESRI Shapefile' -a_srs EPSG:4326 -oo X_POSSIBLE_NAMES=longitude "
                     "-oo Y_POSSIBLE_NAMES=latitude '" +
                     shp + "' '" + kImport + "acled-syria-libya-2017.csv' 2>/dev/null")
                        .c_str()) == 0);

    nlohmann::json geojson = info_json(kImport + "events.geojson"), from_gpkg = info_json(gpkg);
    CHECK(from_gpkg["format"] == "table (GeoPackage), 5 rows");
    for (const char* key : {"events", "time_range", "precision", "categories", "places"})
        CHECK_MESSAGE(geojson[key] == from_gpkg[key], key);

    nlohmann::json csv = info_json(kImport + "acled-syria-libya-2017.csv"),
                   from_xlsx = info_json(xlsx);
    CHECK(from_xlsx["format"] == "ACLED export (Excel workbook), 7 rows");
    CHECK(from_xlsx["problems"][0]["line"] == 7);  // the spreadsheet's row 7
    for (const char* key : {"events", "time_range", "precision", "categories", "places"})
        CHECK_MESSAGE(csv[key] == from_xlsx[key], key);

    std::string ods = import_scratch("acled.ods"), kmz = import_scratch("events.kmz");
    fs::remove(ods);
    fs::remove(kmz);
    REQUIRE(std::system(("ogr2ogr -f ODS '" + ods + "' '" + kImport +
                         "acled-syria-libya-2017.csv' 2>/dev/null")
                            .c_str()) == 0);
    REQUIRE(std::system(("ogr2ogr -f LIBKML '" + kmz + "' '" + kImport + "events.kml' 2>/dev/null")
                            .c_str()) == 0);
    nlohmann::json from_ods = info_json(ods);
    CHECK(from_ods["format"] == "ACLED export (OpenDocument spreadsheet), 7 rows");
    for (const char* key : {"events", "time_range", "precision", "categories", "places"})
        CHECK_MESSAGE(csv[key] == from_ods[key], key);
    nlohmann::json kml = info_json(kImport + "events.kml"), from_kmz = info_json(kmz);
    CHECK(from_kmz["format"] == "table (KMZ), 3 rows");
    for (const char* key : {"events", "time_range", "precision", "places"})
        CHECK_MESSAGE(kml[key] == from_kmz[key], key);

    nlohmann::json from_shp = info_json(shp + "/acled-syria-libya-2017.shp");
    CHECK(from_shp["format"] == "table (Shapefile), 7 rows");
    CHECK(from_shp["events"] == 6);
    CHECK(from_shp["places"]["with_coordinates"] == 5);
}

TEST_CASE("render draws an ACLED export and its imported JSON without a conversion step") {
    std::string json = import_scratch("acled-render.json"), direct = import_scratch("acled-direct.png"),
                converted = import_scratch("acled-converted.png");
    REQUIRE(run_chronomap("import '" + kImport + "acled-syria-libya-2017.csv' -o '" + json + "'")
                .exit_code == 1);
    std::string view = " --size 320x200 --bbox 10,28,45,40";
    auto a = run_chronomap("render '" + kImport + "acled-syria-libya-2017.csv' -o '" + direct +
                           "'" + view);
    auto b = run_chronomap("render '" + json + "' -o '" + converted + "'" + view);
    INFO(a.all(), b.all());
    CHECK(a.exit_code != 2);
    CHECK(b.exit_code != 2);
    REQUIRE(is_png(direct));
    REQUIRE(is_png(converted));
    std::ifstream x(direct, std::ios::binary), y(converted, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(x), {}) ==
          std::string(std::istreambuf_iterator<char>(y), {}));
}

TEST_CASE("a CSV's problems found after conversion cite its own line and column, not JSON") {
    std::string csv = import_scratch("desk-ids.csv");
    std::ofstream(csv) << "id,date,ville,pays,lat,lon\n"
                          "a,2017-10-01,Misrata,Libye,32.3754,15.0925\n"
                          "b,2017-10-02,Syrte,Libye,31.2089,16.5887\n"
                          "c,2017-10-03,Benghazi,Libye,32.1167,20.0667\n"
                          "d,2017-10-04,Tripoli,Libye,32.8872,13.1913\n"
                          "b,2017-10-05,Derna,Libye,32.7648,22.6391\n";  // line 6: "b" again
    auto result = run_chronomap("info '" + csv + "' --map place=ville,country=pays");
    INFO(result.all());
    CHECK_CONTAINS(result.err, "desk-ids.csv:6:1: warning: event id \"b\" is already used by the event at line 3 [at column \"id\"]");
    CHECK(result.err.find("(converted)") == std::string::npos);
    CHECK(result.err.find("/events/") == std::string::npos);
}
