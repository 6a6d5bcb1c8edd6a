// PostGIS as a source and a sink (issue 23), against a real server the tests start
// themselves (pg_test_cluster.h): `import -o postgresql://...`, then `info` and `render`
// from the URI give what the CSV gives; failures leave the table as it was and say why.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "cli/run_command.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis_test_support.h"
#include "postgis/postgis_source.h"
#include "test_helpers.h"

using chronomap::test::PgTestCluster;
using chronomap::test::cluster_or_skip;
using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {
using chronomap::test::kAcled;

std::string temporary(const std::string& name) {
    fs::path folder = fs::temp_directory_path() / "chronomap-postgis-test";
    fs::create_directories(folder);
    return (folder / name).string();
}

nlohmann::json info_json(const std::string& source) {
    auto result = run_chronomap("info --json '" + source + "'");
    INFO(result.all());
    REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    return nlohmann::json::parse(result.out);
}

long long count_rows(const std::string& uri, const std::string& table) {
    chronomap::postgis::PgConnection db(uri);
    return db.exec("SELECT count(*) FROM " + db.quote_identifier(table)).number(0, 0);
}

}  // namespace

TEST_CASE("an ACLED export imported into PostGIS reads back with the same counts, and again updates") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("acled");
    auto imported = run_chronomap("import '" + kAcled + "' -o '" + uri + "'");
    INFO(imported.all());
    CHECK(imported.exit_code == 1);  // the CSV's bad row is skipped, as in a JSON import
    CHECK_CONTAINS(imported.out, "table events");
    CHECK_CONTAINS(imported.out, "6 added, 0 updated");
    CHECK_CONTAINS(imported.err, "acled-syria-libya-2017.csv:7:2: error: invalid date");

    nlohmann::json from_csv = info_json(kAcled), from_db = info_json(uri);
    CHECK_CONTAINS(from_db["format"].get<std::string>(), "PostGIS table \"events\"");
    CHECK_CONTAINS(from_db["format"].get<std::string>(), "6 rows");
    CHECK(from_db["events"] == from_csv["events"]);
    CHECK(from_db["time_range"] == from_csv["time_range"]);
    CHECK(from_db["precision"] == from_csv["precision"]);
    CHECK(from_db["spans"] == from_csv["spans"]);
    CHECK(from_db["categories"] == from_csv["categories"]);
    CHECK(from_db["title"] == from_csv["title"]);
    // Counted by the server (no row loaded): the places too, but for the check of coordinates
    // against the places they name, which needs each event.
    for (const char* count : {"distinct", "placed_events", "with_coordinates", "to_geocode", "without_place"}) {
        CAPTURE(count);
        CHECK(from_db["places"][count] == from_csv["places"][count]);
    }
    CHECK(from_db["places"]["to_geocode"] == 1);  // Mayadin, placed by its name
    // A password in the URI (ignored by this trusting server) is never shown back.
    std::string with_password = "postgresql://chronomap:s3cret@" + uri.substr(uri.find('@') + 1);
    auto shown = run_chronomap("info '" + with_password + "'");
    CHECK(shown.exit_code == 0);
    CHECK_CONTAINS(shown.out, "postgresql://chronomap:***@127.0.0.1:");
    CHECK(shown.all().find("s3cret") == std::string::npos);

    // The same ids again: rows updated, none added.
    auto again = run_chronomap("import '" + kAcled + "' -o '" + uri + "'");
    CHECK_CONTAINS(again.out, "0 added, 6 updated");
    CHECK(count_rows(uri, "events") == 6);

    // Columns the server filters on, filled from the events.
    chronomap::postgis::PgConnection db(uri);
    auto row = db.exec(
        "SELECT place_name, region, country, location_precision, fatalities, "
        "ST_X(geom)::numeric(8,4)::text, ST_Y(geom)::numeric(8,4)::text, time_start_precision, "
        "array_to_string(actors, '|'), event->'properties'->>'source_scale' FROM events WHERE id = 'SYR2001'");
    REQUIRE(row.rows() == 1);
    CHECK(row.text(0, 0) == "Al-Qaryatayn");
    CHECK(row.text(0, 1) == "Homs");
    CHECK(row.text(0, 2) == "Syria");
    CHECK(row.text(0, 3) == "exact");
    CHECK(row.text(0, 4) == "12");
    CHECK(row.text(0, 5) == "37.2406");
    CHECK(row.text(0, 6) == "34.2290");
    CHECK(row.text(0, 7) == "day");
    CHECK(row.text(0, 8) == "Military Forces of Syria (2000-)|Islamic State (Syria)");
    CHECK(row.text(0, 9) == "Other");  // an original ACLED field, kept in the JSONB
}

TEST_CASE("render from PostGIS draws the same picture as from the CSV, fetching only the still's window") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("picture");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "' --table acled").exit_code == 1);
    // All dates, then a window of four days on a camera of its own (its rows only; an event
    // placed by its name outside the window moves the file's fitted camera, not the table's).
    const char* windows[] = {"", " --time 2017-10-01/2017-10-04 --bbox 10,28,45,40"};
    for (const char* window : windows) {
        CAPTURE(window);
        std::string from_csv = temporary("from-csv.png"), from_db = temporary("from-db.png");
        auto a = run_chronomap("render '" + kAcled + "' -o '" + from_csv + "' --size 640x400" + window);
        auto b = run_chronomap("render '" + uri + "?table=acled' -o '" + from_db + "' --size 640x400" + window);
        INFO(a.all() << b.all());
        REQUIRE(a.exit_code == 1);
        REQUIRE(b.exit_code == 0);  // the table holds only good rows
        int wa = 0, ha = 0, wb = 0, hb = 0;
        std::vector<unsigned char> pa = chronomap::test::png_rgba(from_csv, wa, ha), pb = chronomap::test::png_rgba(from_db, wb, hb);
        REQUIRE(wa == wb);
        REQUIRE(ha == hb);
        size_t differing = 0, coloured = 0;
        for (size_t i = 0; i + 3 < pa.size(); i += 4) {
            if (pa[i] != pb[i] || pa[i + 1] != pb[i + 1] || pa[i + 2] != pb[i + 2]) ++differing;
            if (pa[i] > 150 && pa[i + 1] < 80 && pa[i + 2] < 80) ++coloured;  // battles' red
        }
        CHECK(coloured > 20);  // the markers are drawn at all
        CHECK(differing == 0);
    }
}

TEST_CASE("a window read from PostGIS keeps region, district and location precision") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("window");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    auto source = chronomap::postgis::make_postgis_source(uri, {});
    // Syria only (box), 3-6 October 2017: SYR2002 (a span 2-8 Oct) overlaps; Misrata is in
    // Libya, SYR2001 (1 October) before.
    chronomap::SourceQuery query;
    query.start = 1507075200 - 86400;  // 2017-10-03
    query.end = 1507248000;            // 2017-10-06
    query.has_box = true;
    query.west = 35, query.south = 32, query.east = 43, query.north = 38;
    chronomap::LoadResult window = source->load_window(query);
    REQUIRE(window.store);
    // SYR2003 is dated "October 2017" (ACLED time_precision 3): it overlaps too.
    REQUIRE(window.store->size() == 2);
    CHECK(window.store->id(0) == "SYR2003");
    CHECK(window.store->id(1) == "SYR2002");
    CHECK(window.store->place_region(1) == "Deir-ez-Zor");
    CHECK(window.store->place_name(0) == "Palmyra");
    CHECK(window.store->place_region(0) == "Homs");
    CHECK(window.store->location_precision(1) == chronomap::LocationPrecision::exact);
    CHECK_CONTAINS(window.format, "2 rows");
}

TEST_CASE("a refused connection is said with the URI, never its password") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    // A port where nothing listens: one past the cluster's is free while the test runs? Use 1.
    auto refused = run_chronomap("import '" + kAcled + "' -o 'postgresql://anna:s3cret@127.0.0.1:1/news'");
    CHECK(refused.exit_code == 2);
    CHECK_CONTAINS(refused.err, "cannot connect to postgresql://anna:***@127.0.0.1:1/news");
    CHECK_CONTAINS(refused.err, "Connection refused");
    CHECK_CONTAINS(refused.err, "hint: is the server running");
    CHECK(refused.all().find("s3cret") == std::string::npos);
    auto info = run_chronomap("info 'postgresql://anna:s3cret@127.0.0.1:1/news'");
    CHECK(info.exit_code == 2);
    CHECK(info.all().find("s3cret") == std::string::npos);
    CHECK_CONTAINS(info.err, "Connection refused");
}

TEST_CASE("a table of another shape is refused and left as it was") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("shapes");
    cluster->sql("shapes", "CREATE TABLE victims (id integer PRIMARY KEY, name text)");
    cluster->sql("shapes", "INSERT INTO victims VALUES (1, 'Anna')");
    auto result = run_chronomap("import '" + kAcled + "' -o '" + uri + "' --table victims");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "the table \"victims\"");
    CHECK_CONTAINS(result.err, "is not a chronomap events table (id is int4, not text; 19 columns are "
                               "missing: actors, category, country, district...)");
    CHECK_CONTAINS(result.err, "is as it was before this import");
    CHECK(count_rows(uri, "victims") == 1);
    auto info = run_chronomap("info '" + uri + "?table=victims'");
    CHECK(info.exit_code == 2);
    CHECK_CONTAINS(info.err, "is not a chronomap events table");
    auto missing = run_chronomap("info '" + uri + "?table=nowhere'");
    CHECK(missing.exit_code == 2);
    CHECK_CONTAINS(missing.err, "there is no table \"nowhere\"");
}

TEST_CASE("the table is the one the search path names, as the window statements read it") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("paths");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);  // into public
    cluster->sql("paths", "CREATE SCHEMA news");
    // news first on the path, without an events table: public's is read (information_schema's
    // current_schema() looked in news alone and said there was no table)
    const std::string news_first = uri + "?options=-csearch_path%3Dnews%2Cpublic";
    auto found = run_chronomap("info '" + news_first + "'");
    INFO(found.all());
    CHECK(found.exit_code == 0);
    CHECK_CONTAINS(found.out, "6 rows");
    // a schema off the path is not looked in
    auto off_path = run_chronomap("info '" + uri + "?options=-csearch_path%3Dnews'");
    CHECK(off_path.exit_code == 2);
    CHECK_CONTAINS(off_path.err, "there is no table \"events\"");
    // a table of another shape first on the path is the one refused
    cluster->sql("paths", "CREATE TABLE news.events (id integer PRIMARY KEY)");
    auto shadowed = run_chronomap("info '" + news_first + "'");
    CHECK(shadowed.exit_code == 2);
    CHECK_CONTAINS(shadowed.err, "is not a chronomap events table (id is int4, not text; 19 columns are missing");
}

TEST_CASE("an import the server refuses half-way leaves the table as it was") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    std::string uri = cluster->uri("atomic");
    REQUIRE(run_chronomap("import '" + kAcled + "' -o '" + uri + "'").exit_code == 1);
    // A rule of the newsroom's own: no row may claim more than 10 deaths without review.
    cluster->sql("atomic", "UPDATE events SET fatalities = 0, title = 'avant'");
    cluster->sql("atomic", "ALTER TABLE events ADD CONSTRAINT reviewed CHECK (fatalities <= 10)");
    auto result = run_chronomap("import '" + kAcled + "' -o '" + uri + "'");
    CHECK(result.exit_code == 3);
    CHECK_CONTAINS(result.err, "violates check constraint \"reviewed\"");
    CHECK_CONTAINS(result.err, "is as it was before this import");
    chronomap::postgis::PgConnection db(uri);
    CHECK(db.exec("SELECT count(*) FROM events WHERE title = 'avant'").number(0, 0) == 6);
}

TEST_CASE("a database without PostGIS, and a user who may not add it, get told whom to ask") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    cluster->sql("postgres", "CREATE ROLE reporter LOGIN");
    cluster->sql("postgres", "CREATE DATABASE plain OWNER reporter");
    std::string uri = "postgresql://reporter@127.0.0.1:" + std::to_string(cluster->port()) + "/plain";
    auto result = run_chronomap("import '" + kAcled + "' -o '" + uri + "'");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "PostGIS is not enabled in the database");
    CHECK_CONTAINS(result.err, "CREATE EXTENSION postgis");
}

TEST_CASE("passwords are taken out of every form of connection string") {
    using chronomap::postgis::redact_password;
    CHECK(redact_password("postgresql://anna:s3cret@db.example.org:5432/news") ==
          "postgresql://anna:***@db.example.org:5432/news");
    CHECK(redact_password("postgresql://db/news?password=s3cret&sslmode=require") ==
          "postgresql://db/news?password=***&sslmode=require");
    CHECK(redact_password("host=db password='s 3' user=anna") == "host=db password=*** user=anna");
    CHECK(redact_password("postgresql://anna@db/news") == "postgresql://anna@db/news");
    auto parsed = chronomap::postgis::split_chronomap_parameters("postgresql://db/news?sslmode=require&table=acled");
    CHECK(parsed.connection == "postgresql://db/news?sslmode=require");
    CHECK(parsed.table == "acled");
}
