// Each sample file in tests/data/import opens through the one source interface with the
// events it holds: ids, times with their precision, exact coordinates, categories.
#include "core/sources/event_source.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "core/sources/known_codes.h"
#include "core/sources/source_format.h"
#include "core/sources/table_reader.h"
#include "test_helpers.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {

const std::string kImport = std::string(CHRONOMAP_TEST_DATA) + "/import/";

struct Opened {
    LoadResult result;
    const EventStore& store() const { return *result.store; }
    // The store row of the event with this id; fails the test when there is none.
    size_t row(std::string_view id) const {
        for (size_t i = 0; i < store().size(); ++i)
            if (store().id(i) == id) return i;
        FAIL("no event with id ", id);
        return 0;
    }
    nlohmann::json json(std::string_view id) const {
        return nlohmann::json::parse(store().original_json(row(id)));
    }
    std::string time(std::string_view id) const { return format_time_value(store().time(row(id))); }
    std::string category(std::string_view id) const {
        const Category& c = store().categories()[store().category()[row(id)]];
        return c.key + " | " + c.label;
    }
};

Opened open(const std::string& name, SourceOptions options = {}) {
    Opened opened{open_event_source(kImport + name, options)};
    std::string problems;
    for (const Diagnostic& d : opened.result.diagnostics) problems += d.format() + "\n";
    INFO(problems);
    REQUIRE(opened.result.store);
    return opened;
}

SourceOptions mapped(std::string mapping, DateOrder order = DateOrder::unknown) {
    SourceOptions options;
    options.mapping = std::move(mapping);
    options.date_order = order;
    return options;
}

std::string all_problems(const LoadResult& result) {
    std::string out;
    for (const Diagnostic& d : result.diagnostics) out += d.format() + "\n";
    return out;
}

}  // namespace

TEST_CASE("formats are told by content first, extension second") {
    CHECK(detect_format(kImport + "acled-syria-libya-2017.csv").format == SourceFormat::csv);
    CHECK(detect_format(kImport + "gdelt-20171004.export.CSV").format == SourceFormat::gdelt);
    CHECK(detect_format(kImport + "events.geojson").format == SourceFormat::geojson);
    CHECK(detect_format(kImport + "events.kml").format == SourceFormat::kml);
    CHECK(detect_format("a,b\n1,2\n", "events.txt").format == SourceFormat::csv);
    CHECK(detect_format("{\"type\": \"FeatureCollection\", \"features\": []}", "x.json").format ==
          SourceFormat::geojson);
    CHECK(detect_format("{\"chronomap\": 1, \"events\": []}", "x.json").format ==
          SourceFormat::native_json);
    CHECK(detect_format(std::string_view("SQLite format 3\0...", 19), "x.gpkg").format ==
          SourceFormat::geopackage);
    DetectedFormat pdf = detect_format("%PDF-1.7 ...", "events.csv");
    CHECK(pdf.format == SourceFormat::unknown);
    CHECK(pdf.looks_like == "a PDF document");
}

TEST_CASE("ACLED export: mapping, dates, precision codes, exact coordinates, categories") {
    Opened acled = open("acled-syria-libya-2017.csv");
    const LoadResult& r = acled.result;
    CHECK(r.format == "ACLED export (CSV), 7 rows");
    CHECK(acled.store().size() == 6);
    CHECK(r.skipped_events == 1);

    // The mistyped date: reported at its line and column, and skipped.
    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& bad = r.diagnostics[0];
    CHECK(bad.line == 7);
    CHECK(bad.column == 2);
    CHECK(bad.pointer == "line 7, column 2 \"event_date\"");
    CHECK_CONTAINS(bad.message, "\"31 Septober 2017\"");

    size_t misrata = acled.row("LBY1001");
    CHECK(acled.time("LBY1001") == "2017-10-04");
    CHECK(acled.store().lon()[misrata] == 15.0925);
    CHECK(acled.store().lat()[misrata] == 32.3754);
    CHECK(acled.store().place_source(misrata) == PlaceSource::coordinates);
    CHECK(acled.store().fatalities()[misrata] == 4);
    CHECK(acled.store().place_name(misrata) == "Misrata");
    CHECK(acled.store().place_country(misrata) == "Libya");
    CHECK(acled.category("LBY1001") == "explosions-remote-violence | Explosions/Remote violence");
    CHECK(acled.store().actors(misrata) ==
          std::vector<std::string_view>{"Islamic State (Libya)", "Civilians (Libya)"});
    auto event = acled.json("LBY1001");
    CHECK(event["title"] == "Suicide bomb, Misrata");
    CHECK(event["subcategory"] == "Suicide bomb");
    CHECK(event["place"]["region"] == "Misrata");
    CHECK(event["coordinates_precision"] ==
          nlohmann::json{{"level", "place"}, {"field", "geo_precision"}, {"code", "1"}});
    CHECK(event["sources"][0]["title"] == "Libya Observer; Reuters");
    CHECK_CONTAINS(event["notes"].get<std::string>(), "courthouse complex in Misrata");
    CHECK(event["properties"]["disorder_type"] == "Political violence");
    CHECK(event["properties"]["time_precision"] == "1");
    CHECK(event["source_row"] == 2);

    // time_precision 2: the week around the date; 3: the month.
    CHECK(acled.time("SYR2002") == "2017-10-02 – 2017-10-08");
    CHECK(acled.time("SYR2003") == "2017-10");
    CHECK(acled.json("SYR2003")["coordinates_precision"]["level"] == "near");
    CHECK(acled.json("SYR2003")["notes"] ==
          "Regime forces set up a base near Palmyra in October; \"exact day unknown\".");
    // No coordinates: left to the geocoder with its country and region as hints.
    size_t mayadin = acled.row("SYR2004");
    CHECK_FALSE(acled.store().is_placed(mayadin));
    CHECK(acled.store().place_name(mayadin) == "Al Mayadin");
    CHECK(acled.json("SYR2004")["place"]["region"] == "Deir-ez-Zor");
    // Categories keep a stable colour of their own.
    for (const Category& c : acled.store().categories())
        if (c.key == "battles") CHECK(format_color(c.color) == "#c81e2d");
}

TEST_CASE("categories stay apart: ACLED sub-event types as shades of their type, 13 others in 13 colours") {
    // "Battles" and "Explosions/Remote violence" are no longer two close reds.
    Rgba battles = *known_category_color("Battles"), explosions = *known_category_color("Explosions/Remote violence");
    CHECK(std::abs(battles.g - explosions.g) > 60);
    // Sub-event types: shades of their type's hue, each its own.
    Rgba clash = *known_category_color("Armed clash"), regains = *known_category_color("Government regains territory");
    CHECK(clash != regains);
    CHECK(clash.r > clash.g + 60);    // still a red ...
    CHECK(regains.r > regains.g + 40);
    Rgba strike = *known_category_color("Air/drone strike");
    CHECK(strike.r > strike.b + 100);  // ... and an orange
    CHECK_FALSE(known_category_color("Bombardement"));
    // A newsroom's own 13 categories: 13 distinct colours.
    fs::path csv = fs::temp_directory_path() / "chronomap-thirteen-categories.csv";
    std::ofstream out(csv);
    out << "date,ville,pays,type\n";
    const char* types[] = {"Attaque", "Frappe", "Combat", "Enlèvement", "Manifestation", "Émeute", "Accord",
                           "Arrestation", "Siège", "Bombardement", "Embuscade", "Exécution", "Pillage"};
    for (const char* type : types) out << "2017-10-04,Misrata,Libye," << type << "\n";
    out.close();
    SourceOptions options;
    options.mapping = "time=date,place=ville,country=pays,category=type";
    LoadResult loaded = open_event_source(csv, options);
    REQUIRE(loaded.store);
    std::vector<std::string> colors;
    for (const Category& c : loaded.store->categories())
        if (!c.key.empty()) colors.push_back(format_color(c.color));  // not the store's "no category" slot
    CHECK(colors.size() == 13);
    std::sort(colors.begin(), colors.end());
    CHECK(std::unique(colors.begin(), colors.end()) == colors.end());
    fs::remove(csv);
}

TEST_CASE("UCDP GED: date_start/date_end as day, month and span; where_prec kept") {
    Opened ucdp = open("ucdp-ged-syria-2017.csv");
    CHECK(ucdp.result.format == "UCDP GED (CSV), 3 rows");
    CHECK(ucdp.result.diagnostics.empty());
    CHECK(ucdp.time("244001") == "2017-10-04");
    CHECK(ucdp.store().time(ucdp.row("244001")).start_precision == TimePrecision::day);
    CHECK(ucdp.time("244002") == "2017-10");
    CHECK(ucdp.time("244003") == "2017-10-02 – 2017-10-06");
    size_t deir = ucdp.row("244001");
    CHECK(ucdp.store().lon()[deir] == 40.140833);
    CHECK(ucdp.store().lat()[deir] == 35.336111);
    CHECK(ucdp.store().fatalities()[deir] == 23);
    CHECK(ucdp.category("244001") == "state-based-conflict | State-based conflict");
    CHECK(ucdp.category("244002") == "one-sided-violence | One-sided violence");
    CHECK(ucdp.json("244002")["coordinates_precision"]["level"] == "region");
    CHECK(ucdp.json("244003")["coordinates_precision"]["level"] == "near");
    CHECK(ucdp.json("244001")["title"] == "Government of Syria - IS");
    CHECK(ucdp.json("244001")["sources"][0]["title"] == "Syrian army advances in Deir ez-Zor");
    CHECK(ucdp.store().place_name(deir) == "Deir ez-Zor town");
}

TEST_CASE("GDELT 2.0 events: no header, SQLDATE, CAMEO roots, ActionGeo_Type") {
    Opened gdelt = open("gdelt-20171004.export.CSV");
    CHECK(gdelt.result.format == "GDELT events (GDELT event table), 3 rows");
    CHECK(gdelt.store().size() == 3);
    size_t misrata = gdelt.row("700123401");
    CHECK(gdelt.time("700123401") == "2017-10-04");
    CHECK(gdelt.store().lon()[misrata] == 15.0925);
    CHECK(gdelt.store().lat()[misrata] == 32.3754);
    CHECK(gdelt.category("700123401") == "assault | Assault");
    CHECK(gdelt.category("700123402") == "fight | Fight");
    auto event = gdelt.json("700123401");
    CHECK(event["coordinates_precision"]["level"] == "place");
    CHECK(event["sources"][0]["url"] ==
          "https://www.reuters.com/article/us-libya-security-misrata/"
          "suicide-attack-on-misrata-court");
    CHECK(event["subcategory"] == "CAMEO 183");
    CHECK(event["properties"]["GoldsteinScale"] == "-10.0");
    CHECK(gdelt.json("700123402")["coordinates_precision"]["level"] == "country");
    CHECK_FALSE(gdelt.store().is_placed(gdelt.row("700123403")));  // no geography in the row
}

TEST_CASE("GeoJSON: common date names, spans, geometry as given, bad feature reported") {
    Opened geo = open("events.geojson");
    CHECK(geo.result.format == "table (GeoJSON), 5 rows");
    CHECK(geo.store().size() == 4);
    CHECK(geo.result.skipped_events == 1);
    CHECK_CONTAINS(all_problems(geo.result), "feature 4, column 1 \"date\"");
    size_t misrata = geo.row("1");
    CHECK(geo.time("1") == "2017-10-04");
    CHECK(geo.store().lon()[misrata] == 15.0925);
    CHECK(geo.category("1") == "attack | attack");
    CHECK(geo.store().fatalities()[misrata] == 4);
    CHECK(geo.json("1")["sources"][0]["url"] == "https://example.org/misrata");
    size_t qaryatayn = geo.row("2");
    CHECK(geo.time("2") == "2015-08 – 2016-04");
    CHECK(geo.store().lon()[qaryatayn] == 37.24061234567891);  // every digit kept
    CHECK(geo.time("3") == "2017-10");
    // The area itself is kept as the event's geometry (its centroid stays its position).
    CHECK(geo.json("3")["geometry"]["type"] == "Polygon");
    CHECK(geo.json("3")["geometry"]["coordinates"][0].size() == 5);
    CHECK(geo.json("3")["geometry"]["coordinates"][0][2] == nlohmann::json::array({41.0, 36.0}));
    CHECK(geo.store().lon()[geo.row("3")] == doctest::Approx(40.5));
    CHECK_FALSE(geo.store().is_placed(geo.row("5")));
    CHECK(geo.store().place_name(geo.row("5")) == "Sirte");
}

TEST_CASE("KML: TimeStamp and TimeSpan, placemark names as titles") {
    Opened kml = open("events.kml");
    CHECK(kml.store().size() == 3);
    std::vector<std::string> seen;
    for (size_t i = 0; i < kml.store().size(); ++i)
        seen.push_back(std::string(kml.store().title(i)) + " @ " +
                       format_time_value(kml.store().time(i)));
    CHECK(seen == std::vector<std::string>{"Al-Qaryatayn under IS @ 2015-08-05 – 2016-04-03",
                                           "Misrata courthouse attack @ 2017-10-04",
                                           "Strikes on Deir ez-Zor @ 2017-10-05T13:05:00Z"});
    CHECK(kml.store().lon()[1] == 15.0925);
    CHECK(kml.store().lat()[1] == 32.3754);
}

TEST_CASE("explicit mapping: --map over a table of one's own, and its errors") {
    Opened own =
        open("own-table.csv",
             mapped("id=Code,time=Jour,place=Ville,country=Pays,category=Genre", DateOrder::dmy));
    CHECK(own.store().size() == 2);
    CHECK(own.time("a1") == "2017-10-04");
    CHECK(own.store().place_name(own.row("a1")) == "Misrata");
    CHECK(own.store().place_country(own.row("a1")) == "Libye");
    CHECK(own.category("a1") == "attentat | Attentat");

    LoadResult ambiguous = open_event_source(kImport + "own-table.csv", mapped("time=Jour"));
    CHECK_CONTAINS(all_problems(ambiguous), "--date-order");

    LoadResult no_column = open_event_source(kImport + "own-table.csv", mapped("time=Datum"));
    CHECK_FALSE(no_column.store);
    CHECK_CONTAINS(all_problems(no_column), "the file has no column \"Datum\"");
    LoadResult bad_field = open_event_source(kImport + "own-table.csv", mapped("when=Jour"));
    CHECK_CONTAINS(all_problems(bad_field), "unknown field \"when\"");
    LoadResult unmapped = open_event_source(kImport + "own-table.csv");
    CHECK_FALSE(unmapped.store);
    CHECK_CONTAINS(all_problems(unmapped), "--map time=COLUMN");
}

TEST_CASE("a tab-separated table is called TSV, in the format line and in its errors") {
    auto write = [](const std::string& name, const std::string& text) {
        auto path = std::filesystem::temp_directory_path() / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    };
    auto tsv = write("chronomap-tsv-test.tsv",
                     "date\tplace\tcountry\n2017-10-04\tMisrata\tLibya\n2017-10-05\tSirte\tLibya\n");
    LoadResult table = open_event_source(tsv);
    REQUIRE(table.store);
    CHECK(table.format == "table (TSV), 2 rows");

    auto acled = write("chronomap-acled-test.tsv",
                       "event_id_cnty\tevent_date\tevent_type\tlatitude\tlongitude\n"
                       "LBY1\t04 October 2017\tBattles\t32.3754\t15.0925\n"
                       "LBY2\t05 October 2017\tBattles\t31.2089\t16.5887\n");
    CHECK(open_event_source(acled).format == "ACLED export (TSV), 2 rows");

    auto undated = write("chronomap-undated-test.tsv", "place\tcountry\nMisrata\tLibya\n");
    LoadResult refused = open_event_source(undated);
    CHECK_FALSE(refused.store);
    REQUIRE(refused.diagnostics.size() == 1);
    CHECK(refused.diagnostics[0].message == "no date column found (read as TSV; columns: place, country)");

    // Commas, and semicolons as spreadsheets in many languages write them, stay CSV.
    auto semicolons =
        write("chronomap-semicolons-test.csv", "date;place\n2017-10-04;Misrata\n2017-10-05;Sirte\n");
    CHECK(open_event_source(semicolons).format == "table (CSV), 2 rows");
    for (const auto& path : {tsv, acled, undated, semicolons}) std::filesystem::remove(path);
}

TEST_CASE("a file chronomap cannot read is named as such, with the formats it reads") {
    LoadResult pdf = open_event_source(kImport + "not-events.pdf");
    CHECK_FALSE(pdf.store);
    CHECK_CONTAINS(all_problems(pdf), "chronomap cannot read this file: it is a PDF document");
    CHECK_CONTAINS(all_problems(pdf), "GeoJSON, KML/KMZ, GeoPackage");
}

TEST_CASE("a source answers a window and a box (default: load, then select)") {
    auto source = make_event_source(kImport + "acled-syria-libya-2017.csv");
    SourceQuery query;
    query.start = days_from_civil(2017, 10, 4) * 86400;
    query.end = days_from_civil(2017, 10, 8) * 86400;
    query.has_box = true;
    query.west = 35, query.east = 42, query.south = 32, query.north = 37;  // Syria
    LoadResult window = source->load_window(query);
    REQUIRE(window.store);
    // October at Palmyra (a month) and the week of strikes on Deir-ez-Zor; not Misrata (Libya),
    // not the 1 October clash, not the unplaced row.
    REQUIRE(window.store->size() == 2);
    CHECK(window.store->id(0) == "SYR2003");
    CHECK(window.store->id(1) == "SYR2002");
    CHECK_CONTAINS(window.store->original_json(1), "\"SYR2002\"");
}

TEST_CASE("a UTF-16 file is named as such, CSV or JSON, with or without a byte-order mark") {
    using namespace std::string_literals;
    CHECK(detect_format("\xFF\xFE{\0\"\0"s, "events.json").utf16);
    CHECK(detect_format("\xFE\xFF\0d\0a\0t\0e"s, "events.csv").utf16);
    CHECK(detect_format("d\0a\0t\0e\0,\0p\0l\0a\0c\0e\0\n\0"s, "events.csv").utf16);
    CHECK(detect_format("\0{\0\"\0e\0v\0e\0n\0t\0s\0\""s, "events.json").utf16);
    CHECK_FALSE(detect_format("\xEF\xBB\xBF{\"chronomap\": 1, \"events\": []}", "x.json").utf16);
    CHECK_FALSE(detect_format("date,place\n2017-10-04,Misrata\n", "x.csv").utf16);
    CHECK_FALSE(detect_format("\x00\x00\x27\x0a\0\0\0\0"s, "x.shp").utf16);

    const std::string csv = "date,place\n2017-10-04,Misrata\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : csv) utf16 += std::string{c, '\0'};
    auto path = std::filesystem::temp_directory_path() / "chronomap-utf16-test.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << utf16;
    }
    LoadResult result = open_event_source(path);
    std::filesystem::remove(path);
    CHECK_FALSE(result.store);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message ==
          "this file is UTF-16; save it as UTF-8 (in Excel: Save As > CSV UTF-8; in an editor: "
          "Encoding > UTF-8)");
    CHECK(result.diagnostics[0].line == 0);
}

// Found by fuzzing (fuzz/fuzz_csv_import.cpp): a long number in GDELT's EventRootCode
// overflowed an int while it was read as a CAMEO code (UBSan: signed integer overflow).
TEST_CASE("a category code of many digits is kept as written, not read as a CAMEO root") {
    CHECK(category_label(Schema::gdelt, "18") == "Assault");
    CHECK(category_label(Schema::gdelt, "018") == "Assault");
    CHECK(category_label(Schema::gdelt, "20171005081500") == "20171005081500");
    CHECK(category_label(Schema::gdelt, "99999999999999999999") == "99999999999999999999");
    CHECK(category_label(Schema::gdelt, "1x8") == "1x8");
}

// Found by fuzzing: copying an empty view with no data passed a null pointer to memcpy
// (UBSan); a store without source text does that when events are selected from it.
TEST_CASE("a buffer copied from no text at all is empty and padded") {
    auto buffer = SourceBuffer::copy_of(std::string_view{});
    CHECK(buffer->text().empty());
    CHECK(buffer->capacity() >= SourceBuffer::kPadding);
    EventStore empty;
    CHECK(select_events(empty, SourceQuery{}).size() == 0);
}

TEST_CASE("a table is opened by its own format's driver only, not by whichever GDAL driver recognises it") {
    // Found by fuzzing: XML handed over as GeoJSON was opened by GDAL's JML driver.
    fs::path path = fs::temp_directory_path() / ("chronomap-not-geojson-" + std::to_string(getpid()) + ".geojson");
    {
        std::ofstream out(path);
        out << R"(<?xml version="1.0"?><JCSDataFile><JCSGMLInputTemplate></JCSGMLInputTemplate></JCSDataFile>)";
    }
    CHECK_THROWS_WITH(open_table(path, SourceFormat::geojson), doctest::Contains("cannot read it as GeoJSON"));
    fs::remove(path);
}

// Areas and lines come in with their time fields through the same mapping as points, each
// as the event's geometry, drawn from the store (issue 20).
TEST_CASE("KML, GeoJSON and GeoPackage areas and lines become geometries, series kept") {
    Opened kml = open("areas.kml");
    REQUIRE(kml.store().geometry_events().size() == 3);
    auto kind_of = [](const Opened& o, size_t k) { return o.store().geometry(o.store().geometry_events()[k]).kind(); };
    size_t zone = kml.store().geometry_events()[0];  // 2017-09-01 the line starts first
    CHECK(kind_of(kml, 0) == GeometryKind::line);
    CHECK(kml.store().title(kml.store().geometry_events()[0]) == "Offensive de l'AAS par l'autostrade");
    zone = kml.store().geometry_events()[2];
    CHECK(kml.store().title(zone) == "Zone EI autour de Deir ez-Zhor");
    GeometryRef area = kml.store().geometry(zone);
    CHECK(area.kind() == GeometryKind::area);
    CHECK(area.ring_count(0) == 2);  // the outline and the hole
    CHECK(area.ring(0, 1).size() == 5);
    // gx:Track: the convoy's positions as a line.
    size_t convoy = kml.store().geometry_events()[1];
    CHECK(kml.store().title(convoy) == "Convoi vers Deir ez-Zhor");
    CHECK(kml.store().geometry(convoy).kind() == GeometryKind::line);
    CHECK(kml.store().geometry(convoy).ring(0, 0).size() == 3);
    CHECK(kml.store().geometry(convoy).ring(0, 0)[2].lon == doctest::Approx(40.05));

    Opened geo = open("areas.geojson");
    REQUIRE(geo.store().geometry_events().size() == 3);
    REQUIRE(geo.store().series_events().size() == 2);
    size_t first = geo.store().series_events()[0];
    CHECK(geo.store().series(first) == "zone-ei-deir");
    CHECK(geo.store().replaced_at(first) == geo.store().start()[geo.store().series_events()[1]]);
    size_t front = geo.store().geometry_events()[1];
    CHECK(geo.store().geometry(front).part_count() == 2);

    // The same features in a GeoPackage (written here through GDAL's own ogr2ogr).
    fs::path gpkg = fs::temp_directory_path() / ("chronomap-areas-" + std::to_string(getpid()) + ".gpkg");
    fs::remove(gpkg);
    std::string command = "ogr2ogr -f GPKG '" + gpkg.string() + "' '" + kImport + "areas.geojson' 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    Opened package{open_event_source(gpkg, {})};
    fs::remove(gpkg);
    REQUIRE(package.result.store);
    REQUIRE(package.store().series_events().size() == 2);
    CHECK(package.store().geometry(package.store().series_events()[1]).kind() == GeometryKind::area);
    CHECK(package.store().geometry(package.store().series_events()[1]).ring(0, 0).size() == 6);
}

TEST_CASE("KML as Google Earth writes it: month spans kept, a year accepted, the document's name as title") {
    fs::path kml = fs::temp_directory_path() / "chronomap-months.kml";
    std::ofstream(kml) << R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Raqqa &amp; Deir ez-Zor</name>
  <Placemark><name>Siège de Raqqa</name><TimeSpan><begin>2018-05</begin><end>2019-02</end></TimeSpan>
    <Point><coordinates>39.01,35.95</coordinates></Point></Placemark>
  <Placemark><name>Offensive</name><TimeStamp><when>2017</when></TimeStamp>
    <Point><coordinates>40.14,35.33</coordinates></Point></Placemark>
</Document></kml>)";
    LoadResult loaded = open_event_source(kml);
    std::string first_problem = loaded.diagnostics.empty() ? "" : loaded.diagnostics[0].format();
    INFO(first_problem);
    REQUIRE(loaded.store);
    REQUIRE(loaded.store->size() == 2);
    CHECK(loaded.store->title_of_file() == "Raqqa & Deir ez-Zor");
    for (size_t i = 0; i < 2; ++i) {
        TimeValue t = loaded.store->time(i);
        if (loaded.store->title(i) == "Offensive") {
            CHECK(format_time_value(t) == "2017");
        } else {
            // May 2018 to the end of February 2019, at month precision.
            CHECK(format_time_value(t) == "2018-05 – 2019-02");
            CHECK(t.start_precision == TimePrecision::month);
            CHECK(t.end == parse_time_stamp("2019-03-01").value->start);
        }
    }
    fs::remove(kml);
}

TEST_CASE("GeoJSON: each feature's toll is read whatever it calls it") {
    fs::path geojson = fs::temp_directory_path() / "chronomap-deaths.geojson";
    std::ofstream(geojson) << R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [15.09, 32.38]},
   "properties": {"date": "2017-10-04", "title": "Misrata", "fatalities": 4}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [16.59, 31.21]},
   "properties": {"date": "2017-10-05", "title": "Syrte", "deaths": 2}}]})";
    LoadResult loaded = open_event_source(geojson);
    REQUIRE(loaded.store);
    REQUIRE(loaded.store->size() == 2);
    CHECK(loaded.store->fatalities()[0] == 4);
    CHECK(loaded.store->fatalities()[1] == 2);
    fs::remove(geojson);
}

TEST_CASE("events selected by window and box keep their region, district and location precision") {
    // What load_window's default (and a source's fallback) hands the map: a near-place event
    // keeps "near" (drawn as approximate), and the places keep their regions for the panel.
    LoadResult loaded = parse_event_text(R"({"chronomap": 1, "events": [
        {"id": "a", "time": "2017-10-04", "place": {"name": "Mayadin", "country": "Syrie",
         "region": "Deir ez-Zor", "district": "Al-Mayadin"}, "coordinates": [40.45, 35.02]},
        {"id": "b", "time": "2017-10-05", "place": "Syrte", "coordinates": [16.59, 31.2]},
        {"id": "c", "time": "2017-10-05", "place": {"name": "Syrte", "country": "Libye"},
         "geocoded": {"lon": 16.6, "lat": 31.1, "precision": "near"}}]})",
                                         "window.json");
    REQUIRE(loaded.store);
    SourceQuery syria;
    syria.has_box = true;
    syria.west = 35, syria.south = 32, syria.east = 43, syria.north = 38;
    EventStore selected = select_events(*loaded.store, syria);
    REQUIRE(selected.size() == 1);
    CHECK(selected.place_region(0) == "Deir ez-Zor");
    CHECK(selected.place_district(0) == "Al-Mayadin");
    CHECK(selected.location_precision(0) == LocationPrecision::exact);
    SourceQuery libya = syria;
    libya.west = 10, libya.east = 20, libya.south = 30;
    EventStore in_libya = select_events(*loaded.store, libya);
    REQUIRE(in_libya.size() == 2);
    CHECK(in_libya.location_precision(1) == LocationPrecision::near);
}
