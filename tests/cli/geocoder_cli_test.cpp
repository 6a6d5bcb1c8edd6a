// `chronomap lookup` and `chronomap geocode`, run as a user runs them.
#include <doctest/doctest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_command.h"
#include "test_helpers.h"

using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {

using chronomap::test::kExamplePath;

std::vector<nlohmann::json> json_lines(const std::string& text) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

fs::path temp_file(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("chronomap-geocode-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Reads one line from `fd`, waiting at most `timeout_ms`; empty when nothing came.
std::string read_line(int fd, int timeout_ms) {
    std::string line;
    char c;
    while (true) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, timeout_ms) <= 0) return line;
        if (::read(fd, &c, 1) != 1) return line;
        if (c == '\n') return line;
        line.push_back(c);
    }
}

}  // namespace

TEST_CASE("lookup answers the seed places") {
    auto r = run_chronomap(
        "lookup --lang fr --country Syrie Al-Qaryatayn Qaryatayn 'Deir ez-Zhor' Raqqa Palmyre Homs Hama Tadmor");
    CHECK(r.exit_code == 0);
    // Named as the map names them (exonyms.tsv, then GeoNames' name made plain), GeoNames'
    // own name after it when it differs.
    CHECK_CONTAINS(r.out, "Al-Qaryatayn: resolved  Al-Qaryatayn (SY)");
    CHECK_CONTAINS(r.out, "(GeoNames: Al Qaryatayn)");
    CHECK_CONTAINS(r.out, "Deir ez-Zhor: resolved  Deir ez-Zor (SY)");
    CHECK_CONTAINS(r.out, "Palmyre: resolved  Palmyre (SY) in Homs Governorate");
    CHECK_CONTAINS(r.out, "Tadmor: resolved  Palmyre (SY)");
    CHECK_CONTAINS(r.out, "geonameid 163808 (GeoNames: Tadmur)");
    auto english = run_chronomap("lookup --lang en Palmyre Alep");
    CHECK_CONTAINS(english.out, "Palmyre: resolved  Palmyra (SY)");
    CHECK_CONTAINS(english.out, "Alep: resolved  Aleppo (SY)");
    auto libya = run_chronomap("lookup --json --lang fr --country Libye Syrte Misrata");
    CHECK(libya.exit_code == 0);
    auto lines = json_lines(libya.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["query"] == "Syrte");
    CHECK(lines[0]["status"] == "resolved");
    CHECK(lines[0]["geonameid"] == 2210554);
    CHECK(lines[0]["country"] == "LY");
    CHECK(lines[1]["name"] == "Mişrātah");
    CHECK(lines[0]["display_name"] == "Syrte");
    CHECK(lines[1]["display_name"] == "Misrata");
    for (const char* field : {"query", "status", "geonameid", "name", "country", "lat", "lon",
                              "confidence", "method", "alternatives"})
        CHECK_MESSAGE(lines[0].contains(field), field);
}

TEST_CASE("lookup of an ambiguous or unknown name exits 1 and says why") {
    auto r = run_chronomap("lookup Tripoli");
    CHECK(r.exit_code == 1);
    CHECK_CONTAINS(r.out, "Tripoli: ambiguous");
    CHECK_CONTAINS(r.out, "maybe: Tripoli (LB)");
    auto json = run_chronomap("lookup --json --limit 2 Tripoli Xqzwvk");
    auto lines = json_lines(json.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["status"] == "ambiguous");
    CHECK(lines[0]["geonameid"].is_null());
    CHECK(lines[0]["alternatives"].size() == 2);
    CHECK(lines[1]["status"] == "unresolved");
    CHECK(lines[1]["alternatives"].empty());
}

TEST_CASE("lookup --json - answers stdin lines in order, unresolved ones too") {
    auto r = run_chronomap("lookup --json -", ".",
                           "Syrte\tLibye\nTripoli\tLiban\n\n\xff\xfe\nMoscou\tRussie\nautostrade "
                           "Palmyre-Deir ez-Zhor\tSyrie\n");
    CHECK(r.exit_code == 1);
    auto lines = json_lines(r.out);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0]["name"] == "Sirte");
    CHECK(lines[1]["country"] == "LB");
    CHECK(lines[2]["status"] == "unresolved");  // the empty line
    CHECK(lines[3]["status"] == "unresolved");  // invalid UTF-8
    CHECK(lines[4]["name"] == "Moscow");
    CHECK(lines[5]["status"] == "unresolved");
    CHECK_CONTAINS(lines[5]["note"].get<std::string>(), "not a point");
}

TEST_CASE("lookup --json - flushes each answer before reading the next line") {
    int to_child[2], from_child[2];
    REQUIRE(::pipe(to_child) == 0);
    REQUIRE(::pipe(from_child) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(to_child[0], 0);
        ::dup2(from_child[1], 1);
        ::close(to_child[1]);
        ::close(from_child[0]);
        ::execl(CHRONOMAP_BINARY, CHRONOMAP_BINARY, "lookup", "--json", "-",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(to_child[0]);
    ::close(from_child[1]);
    std::string first = "Homs\tSY\n";
    REQUIRE(::write(to_child[1], first.data(), first.size()) == static_cast<ssize_t>(first.size()));
    std::string answer = read_line(from_child[0], 10000);  // stdin is still open
    CHECK_CONTAINS(answer, "\"query\":\"Homs\"");
    std::string second = "Hama\tSY\n";
    REQUIRE(::write(to_child[1], second.data(), second.size()) ==
            static_cast<ssize_t>(second.size()));
    CHECK_CONTAINS(read_line(from_child[0], 10000), "\"query\":\"Hama\"");
    ::close(to_child[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(from_child[0]);
    CHECK(WIFEXITED(status));
}

TEST_CASE("lookup usage errors and missing geodata") {
    CHECK(run_chronomap("lookup").exit_code == 64);
    CHECK(run_chronomap("lookup --limit -3 Homs").exit_code == 64);
    auto r = run_chronomap("lookup --geodata /nonexistent/geodata Homs");
    CHECK(r.exit_code == 2);
    CHECK_CONTAINS(r.err, "/nonexistent/geodata");
}

TEST_CASE("geocode the seed example: every place resolved, unknown fields kept, idempotent") {
    auto out = temp_file("seed-geocoded.json");
    auto r = run_chronomap("geocode '" + kExamplePath + "' -o '" + out.string() + "' --review");
    CHECK(r.exit_code == 0);
    CHECK_CONTAINS(r.out, "8 distinct: 8 resolved, 0 ambiguous, 0 unresolved");
    CHECK_CONTAINS(r.out, "12 geocoded, 1 with coordinates (kept)");
    CHECK_CONTAINS(r.out, "review: every place was resolved");

    auto document = nlohmann::ordered_json::parse(slurp(out));
    auto original = nlohmann::ordered_json::parse(slurp(kExamplePath));
    CHECK(document["description"] == original["description"]);
    REQUIRE(document["events"].size() == original["events"].size());
    for (size_t i = 0; i < document["events"].size(); ++i) {
        auto& event = document["events"][i];
        auto& before = original["events"][i];
        for (auto& [key, value] : before.items())
            CHECK_MESSAGE(event[key] == value, key);  // nothing lost
        if (event["id"] == "highway-surprise-attacks") {
            CHECK_FALSE(event.contains("geocoded"));  // user coordinates win
            CHECK(event["coordinates_note"] == before["coordinates_note"]);
        }
        if (event["id"] == "syrte-offensive-2016") {
            CHECK(event["notes"] == before["notes"]);
            CHECK(event["geocoded"]["geonameid"] == 2210554);
            CHECK(event["geocoded"]["country"] == "LY");
            for (const char* field :
                 {"geonameid", "name", "country", "lon", "lat", "method", "confidence"})
                CHECK_MESSAGE(event["geocoded"].contains(field), field);
        }
    }
    // A second run over its own output changes nothing.
    auto again = temp_file("seed-geocoded-again.json");
    CHECK(run_chronomap("geocode '" + out.string() + "' -o '" + again.string() + "'").exit_code ==
          0);
    CHECK(slurp(again) == slurp(out));
    // In place works too.
    CHECK(run_chronomap("geocode '" + again.string() + "' -o '" + again.string() + "'").exit_code ==
          0);
    CHECK(slurp(again) == slurp(out));
}

TEST_CASE("geocode --review lists what is left; places table and --aliases are used") {
    auto in = temp_file("mixed.json");
    std::ofstream(in) << R"({"chronomap": 1,
      "places": { "Camp Bucca": { "coordinates": [47.75, 30.21], "country": "IQ" },
                  "Le Bunker": { "bogus": 1 } },
      "events": [
        {"id": "a", "time": "2017-10-01", "place": "Tripoli"},
        {"id": "b", "time": "2017-10-02", "place": {"name": "Camp Bucca", "country": "Irak"}},
        {"id": "c", "time": "2017-10-03", "place": "Notre QG", "x-custom": [1, 2]},
        {"id": "d", "time": "2017-10-04", "place": {"name": "province de Homs", "country": "Syrie"}}
      ]})";
    auto aliases = temp_file("desk.tsv");
    std::ofstream(aliases) << "place\tNotre QG\tSY\t\t33.51\t36.29\tour Damascus office\n";
    auto out = temp_file("mixed-out.json");
    auto r = run_chronomap("geocode '" + in.string() + "' -o '" + out.string() +
                           "' --review --aliases '" + aliases.string() + "'");
    CHECK(r.exit_code == 1);
    CHECK_CONTAINS(r.err, "/places/Le Bunker");
    // "Tripoli" with no country: the file's other places (Camp Bucca in Iraq, the desk's office
    // in Damascus) pick the Lebanese one (docs/geocoding.md, rule 4).
    CHECK_CONTAINS(r.out, "3 resolved, 0 ambiguous, 1 unresolved");
    CHECK_CONTAINS(r.out, "unresolved  \"province de Homs\" [Syrie]");
    auto document = nlohmann::json::parse(slurp(out));
    CHECK(document["events"][0]["geocoded"]["country"] == "LB");
    CHECK(document["events"][1]["geocoded"]["method"] == "alias");
    CHECK(document["events"][1]["geocoded"]["lat"] == doctest::Approx(30.21));
    CHECK(document["events"][2]["geocoded"]["lon"] == doctest::Approx(36.29));
    CHECK(document["events"][2]["x-custom"] == nlohmann::json::array({1, 2}));
    CHECK(document["places"]["Le Bunker"]["bogus"] == 1);  // kept as written
}

TEST_CASE("geocode errors: unreadable input, unwritable output, bad aliases file") {
    auto out = temp_file("never.json");
    auto missing = run_chronomap("geocode /nonexistent/in.json -o '" + out.string() + "'");
    CHECK(missing.exit_code == 2);
    auto unwritable = run_chronomap("geocode '" + kExamplePath + "' -o /nonexistent-folder/out.json");
    CHECK(unwritable.exit_code == 3);
    CHECK_CONTAINS(unwritable.err, "/nonexistent-folder/out.json");
    auto bad_aliases = run_chronomap("geocode '" + kExamplePath + "' -o '" + out.string() +
                                     "' --aliases /nonexistent.tsv");
    CHECK(bad_aliases.exit_code == 2);
    CHECK_CONTAINS(bad_aliases.err, "cannot read the alias file");
    CHECK(run_chronomap("geocode '" + kExamplePath + "'").exit_code == 64);  // -o is required
}

TEST_CASE("lookup with a region: --region, a third stdin column, coordinates as the file writes them") {
    auto r = run_chronomap("lookup --country Syria --region Quneitra Hadar");
    CHECK(r.exit_code == 1);
    CHECK_CONTAINS(r.out, "Hadar: unresolved");
    CHECK_CONTAINS(r.out, "no place of that name in Quneitra Governorate (SY)");
    auto homs = run_chronomap("lookup --country Syrie --region 'Homs Governorate' Homs");
    CHECK(homs.exit_code == 0);
    CHECK_CONTAINS(homs.out, "Homs (SY) in Homs Governorate, \"coordinates\": [36.72");
    auto lines = json_lines(
        run_chronomap("lookup --json -", ".", "Saraqib\tSyrie\tIdleb\nRaqqa\tSyria\tIdlib\n").out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["status"] == "resolved");
    CHECK(lines[0]["region"] == "Idlib Governorate");
    CHECK(lines[0]["precision"] == "town");
    CHECK(lines[1]["status"] == "unresolved");
}

TEST_CASE("gazetteer add, list, remove; the user gazetteer answers after the built-in one") {
    auto dir = temp_file("gazetteers");
    fs::remove_all(dir);
    std::string env = "CHRONOMAP_GAZETTEER_DIR=" + dir.string();
    std::string data = std::string(CHRONOMAP_SOURCE_DIR) + "/tests/data/gazetteer/";
    auto add = run_chronomap("gazetteer add " + data + "SY-extract.txt " + data +
                                 "villages.csv --name syria",
                             ".", "", env);
    CHECK(add.exit_code == 1);  // one CSV row left out, and said where
    CHECK_CONTAINS(add.out, "gazetteer syria: 6 places");
    CHECK_CONTAINS(add.err, "villages.csv:5:1: error: bad lat/lon");
    auto list = run_chronomap("gazetteer list", ".", "", env);
    CHECK_CONTAINS(list.out, "syria\t6 places");
    auto hadar = run_chronomap("lookup --country Syria --region Quneitra Hadar", ".", "", env);
    CHECK(hadar.exit_code == 0);
    CHECK_CONTAINS(hadar.out, "Hadar: resolved  Hadar (SY) in Quneitra Governorate");
    CHECK_CONTAINS(hadar.out, "from syria.idx");
    CHECK(run_chronomap("gazetteer remove syria", ".", "", env).exit_code == 0);
    CHECK(run_chronomap("gazetteer remove syria", ".", "", env).exit_code == 2);
    CHECK_CONTAINS(run_chronomap("gazetteer list", ".", "", env).out, "no user gazetteers");
    auto bad = run_chronomap("gazetteer add " + kExamplePath, ".", "", env);
    CHECK(bad.exit_code == 2);
    CHECK_CONTAINS(bad.err, "no CSV/TSV header with columns name, lat, lon");
    fs::remove_all(dir);
}

TEST_CASE("info and geocode warn about coordinates written latitude first") {
    auto file = temp_file("swapped.json");
    std::ofstream(file) << R"({"chronomap": 1, "events": [
 {"id": "bk", "time": "2017-10-20", "place": {"name": "Boukamal", "country": "Syrie"},
  "coordinates": [34.45, 40.92]}]})";
    auto info = run_chronomap("info " + file.string());
    CHECK_CONTAINS(info.err, "swapped.json:2:2: warning: \"coordinates\" [34.45, 40.92] lie");
    CHECK_CONTAINS(info.err, "write \"coordinates\": [40.92, 34.45]");
    auto geocode = run_chronomap("geocode " + file.string() + " -o " + temp_file("out.json").string());
    CHECK_CONTAINS(geocode.err, "latitude and longitude look swapped");
}

TEST_CASE("swapped coordinates in an ACLED export: said at the CSV line, corrected, exit 1") {
    auto file = temp_file("acled-swapped.csv");
    std::ofstream(file)
        << "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,country,admin1,location,"
           "latitude,longitude,geo_precision,source,fatalities\n"
           "LBY1001,04 October 2017,2017,1,Explosions/Remote violence,Suicide bomb,Islamic State (Libya),Libya,Misrata,"
           "Misrata,32.3754,15.0925,1,Libya Observer,4\n"
           "LBY1002,05 October 2017,2017,1,Battles,Armed clash,LNA,Libya,Misrata,Misrata,15.0925,32.3754,1,Reuters,2\n";
    auto info = run_chronomap("info " + file.string());
    INFO(info.err);
    CHECK(info.exit_code == 1);
    CHECK_CONTAINS(info.err, "acled-swapped.csv:3:1: warning: longitude and latitude [32.38, 15.09] lie");
    CHECK_CONTAINS(info.err, "latitude and longitude look swapped; drawn at [15.09, 32.38] (the swap undone)");
    CHECK_CONTAINS(info.err, "swap the two values on line 3");
    CHECK(info.err.find("\"coordinates\"") == std::string::npos);  // no JSON advice for a CSV
    CHECK_CONTAINS(info.out, "1 event has coordinates that contradict the place named, corrected when drawn");
}

TEST_CASE("geocode changes only what it adds: the rest of the file stays byte for byte") {
    auto in = temp_file("layout.json");
    const std::string original = R"({ "chronomap": 1,
  "events": [
    { "id": "a", "time": "2017-10-04", "place": { "name": "Syrte", "country": "Libye" } },
    { "id": "b", "time": "2017-10-05", "place": "Tripoli", "geocoded": {"lon": 1, "lat": 2} },
    {
      "id": "c",
      "time": "2017-10-06",
      "place": "Homs"
    },
    { "id": "d", "time": "2017-10-07", "coordinates": [36.7, 34.7] }
  ]
}
)";
    std::ofstream(in) << original;
    auto out = temp_file("layout-out.json");
    CHECK(run_chronomap("geocode '" + in.string() + "' -o '" + out.string() + "'").exit_code == 1);
    std::string written = slurp(out);
    // One-line events stay on one line, with "geocoded" added last; the stale one is gone.
    CHECK_CONTAINS(written, R"({ "id": "a", "time": "2017-10-04", "place": { "name": "Syrte", "country": "Libye" }, "geocoded": {"geonameid": 2210554, "name": "Sirte", "country": "LY", )");
    CHECK_CONTAINS(written, R"({ "id": "b", "time": "2017-10-05", "place": "Tripoli" },)");
    CHECK_CONTAINS(written, "      \"place\": \"Homs\",\n      \"geocoded\": {\"geonameid\": 169577");
    CHECK_CONTAINS(written, R"({ "id": "d", "time": "2017-10-07", "coordinates": [36.7, 34.7] })");
    CHECK(written.starts_with("{ \"chronomap\": 1,\n  \"events\": [\n"));
    CHECK(written.ends_with("  ]\n}\n"));
}

TEST_CASE("geocode on an ACLED export writes chronomap JSON, never over the export") {
    const std::string acled = std::string(CHRONOMAP_SOURCE_DIR) + "/tests/data/import/acled-syria-libya-2017.csv";
    auto refused = run_chronomap("geocode '" + acled + "' -o '" + acled + "'");
    CHECK(refused.exit_code == 64);
    CHECK_CONTAINS(refused.err, "is ACLED export (CSV), 7 rows; geocode writes chronomap JSON");
    CHECK_CONTAINS(refused.err, "-o OUT.json");

    fs::path out = temp_file("acled-geocoded.json");
    auto result = run_chronomap("geocode '" + acled + "' -o '" + out.string() + "'");
    INFO(result.all());
    CHECK(result.exit_code != 2);
    CHECK_CONTAINS(result.out, "5 with coordinates (kept)");
    auto document = nlohmann::json::parse(std::ifstream(out));
    bool mayadin_placed = false;
    for (const auto& event : document["events"]) {
        if (event["id"] == "SYR2004") {
            REQUIRE(event.contains("geocoded"));  // no coordinates in the row: the geocoder placed it
            CHECK(event["geocoded"]["country"] == "SY");
            mayadin_placed = true;
        }
        if (event["id"] == "LBY1001") CHECK(event["coordinates"] == nlohmann::json::array({15.0925, 32.3754}));
    }
    CHECK(mayadin_placed);
}

TEST_CASE("info and geocode count the same distinct places") {
    // Both count the (name, country, region) the gazetteer is asked for: events with their own
    // coordinates are not asked about, whatever place name they carry.
    auto info = run_chronomap("info --json '" + kExamplePath + "'");
    REQUIRE(info.exit_code == 0);
    auto report = nlohmann::json::parse(info.out);
    auto geocode = run_chronomap("geocode '" + kExamplePath + "' -o '" + temp_file("count.json").string() + "'");
    CHECK_CONTAINS(geocode.out, "places  " + std::to_string(report["places"]["distinct"].get<int>()) + " distinct:");
    CHECK(report["places"]["distinct"] == 8);
    auto text = run_chronomap("info '" + kExamplePath + "'");
    CHECK_CONTAINS(text.out, "8 distinct places to geocode; 1 event placed (1 by coordinates)");
}

TEST_CASE("control characters in names never reach the terminal raw (lookup, geocode)") {
    auto lookup = run_chronomap("lookup \"$(printf 'Homs\\033[2J\\007')\" \"$(printf '\\342\\200\\256Palmyre')\"");
    CHECK_CONTAINS(lookup.out, "Homs\\x1b[2J\\x07");
    CHECK_CONTAINS(lookup.out, "\\u202ePalmyre");
    CHECK(lookup.all().find('\x1b') == std::string::npos);
    CHECK(lookup.all().find('\x07') == std::string::npos);

    auto in = temp_file("control.json");
    std::ofstream(in) << R"({"chronomap": 1, "events": [
  {"id": "a\u001b[31m", "time": "2017-10-04", "place": "Zzzyzzx\u001b]0;title\u0007"}]})";
    auto geocode = run_chronomap("geocode '" + in.string() + "' -o '" + temp_file("control-out.json").string() + "' --review");
    CHECK(geocode.exit_code == 1);
    CHECK_CONTAINS(geocode.out, "Zzzyzzx\\x1b]0;title\\x07");
    CHECK_CONTAINS(geocode.out, "a\\x1b[31m");
    CHECK(geocode.all().find('\x1b') == std::string::npos);
}

TEST_CASE("lookup - on an input with no end of line stops quickly with a clear error") {
    // run_chronomap gives the command its own stdin: this one reads /dev/zero itself.
    auto err = temp_file("zero.err");
    int status = std::system(("timeout -k 5 60 '" CHRONOMAP_BINARY "' lookup --json - < /dev/zero > /dev/null 2>'" +
                              err.string() + "'")
                                 .c_str());
    CHECK(WEXITSTATUS(status) == 2);
    CHECK_CONTAINS(slurp(err), "a line of the input is longer than 1 MiB");
}

TEST_CASE("--aliases, --mapping and gazetteer add refuse a device before reading it") {
    auto aliases = run_chronomap("lookup Homs --aliases /dev/zero", ".", "", "", 60);
    CHECK(aliases.exit_code == 2);
    CHECK_CONTAINS(aliases.err, "cannot read the alias file: it is not a regular file (a device or a socket)");
    auto mapping = run_chronomap("info '" CHRONOMAP_SOURCE_DIR "/tests/data/import/own-table.csv' --mapping /dev/zero", ".",
                                 "", "", 60);
    CHECK(mapping.exit_code == 2);
    CHECK_CONTAINS(mapping.err, "cannot read the mapping file /dev/zero: it is not a regular file");
    auto gazetteer = run_chronomap("gazetteer add /dev/zero --name zero", ".", "",
                                   "CHRONOMAP_GAZETTEER_DIR=" + temp_file("gazetteers").string(), 60);
    CHECK(gazetteer.exit_code == 2);
    CHECK_CONTAINS(gazetteer.err, "cannot read /dev/zero: it is not a regular file");
}
