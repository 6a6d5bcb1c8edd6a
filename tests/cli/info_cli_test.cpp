// `chronomap info` and the command line as a whole, run as a user runs them.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_command.h"
#include "test_helpers.h"

using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {
const std::string kData = CHRONOMAP_TEST_DATA;
const std::string kExample = std::string(CHRONOMAP_SOURCE_DIR) + "/examples/seed-events.json";
}  // namespace

TEST_CASE("info on the seed example") {
    auto result = run_chronomap("info '" + kExample + "'");
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_CONTAINS(result.out, "Syrie et Libye, automne 2017");
    CHECK_CONTAINS(result.out, "15 loaded");
    CHECK_CONTAINS(result.out, "time range  2015-08 .. 2017");
    CHECK_CONTAINS(result.out, "2 spans");
}

TEST_CASE("info --json reports the events loaded and the breakdowns") {
    auto result = run_chronomap("info --json '" + kExample + "'");
    REQUIRE(result.exit_code == 0);
    auto report = nlohmann::json::parse(result.out);
    CHECK(report["events"].get<int>() >= 12);
    CHECK(report["skipped"] == 0);
    CHECK(report["time_range"]["start"] == "2015-08");
    CHECK(report["precision"]["day"].get<int>() >= 8);
    CHECK(report["precision"]["month"].get<int>() >= 3);
    CHECK(report["categories"]["attack"]["events"] == 2);
    CHECK(report["categories"]["attack"]["color"] == "#d7301f");
    CHECK(report["places"]["with_coordinates"] == 1);
    CHECK(report["places"]["without_place"] == 2);
}

TEST_CASE("every malformed file in tests/data/bad gets its located error and exit code") {
    size_t cases = 0;
    for (const auto& entry : fs::directory_iterator(kData + "/bad")) {
        if (entry.path().extension() != ".json" && entry.path().extension() != ".csv") continue;
        ++cases;
        auto expected_path = fs::path(entry.path()).replace_extension(".expected");
        std::ifstream expected(expected_path);
        REQUIRE_MESSAGE(expected, "missing ", expected_path.string());
        std::string first_line;
        std::getline(expected, first_line);
        int expected_exit = std::stoi(first_line.substr(first_line.find(':') + 1));

        auto result = run_chronomap("info " + entry.path().filename().string(), kData + "/bad");
        INFO("file: ", entry.path().filename().string(), "\noutput:\n", result.all());
        CHECK(result.exit_code == expected_exit);
        for (std::string part; std::getline(expected, part);)
            if (!part.empty()) CHECK_CONTAINS(result.all(), part);
    }
    CHECK(cases >= 20);
}

TEST_CASE("--strict turns any bad event into a refusal") {
    auto result = run_chronomap("info --strict 13-missing-time.json", kData + "/bad");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "--strict refuses it");
    CHECK(result.out.empty());
}

TEST_CASE("a file that is not there") {
    auto result = run_chronomap("info /no/such/events.json");
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "cannot open /no/such/events.json");
}

TEST_CASE("usage errors exit 64 and point to --help") {
    for (const char* arguments : {"", "info", "info --frobnicate x.json", "dance"}) {
        auto result = run_chronomap(arguments);
        INFO("arguments: ", arguments, "\n", result.all());
        CHECK(result.exit_code == 64);
        CHECK_CONTAINS(result.err, "chronomap --help");
    }
}

TEST_CASE("--help says what each command does") {
    auto top = run_chronomap("--help");
    CHECK(top.exit_code == 0);
    CHECK_CONTAINS(top.out, "info");
    CHECK_CONTAINS(top.out, "Exit codes");
    auto info = run_chronomap("info --help");
    CHECK(info.exit_code == 0);
    CHECK_CONTAINS(info.out, "Summarise an event file");
    CHECK_CONTAINS(info.out, "--json");
}

TEST_CASE("info --json lists each problem with its place, and exits 1") {
    auto result = run_chronomap("info --json 13-missing-time.json", kData + "/bad");
    CHECK(result.exit_code == 1);
    auto report = nlohmann::json::parse(result.out);
    CHECK(report["events"] == 1);
    CHECK(report["skipped"] == 1);
    REQUIRE(report["problems"].size() == 1);
    CHECK(report["problems"][0]["severity"] == "error");
    CHECK(report["problems"][0]["line"] == 3);
    CHECK(report["problems"][0]["column"] == 3);
    CHECK(report["problems"][0]["pointer"] == "/events/1");
    CHECK_CONTAINS(report["problems"][0]["message"].get<std::string>(), "no \"time\"");
}
