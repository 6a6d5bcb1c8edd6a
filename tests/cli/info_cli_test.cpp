// `chronomap info` and the command line as a whole, run as a user runs them.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/run_command.h"
#include "test_helpers.h"

using chronomap::test::run_chronomap;
namespace fs = std::filesystem;

namespace {
const std::string kData = CHRONOMAP_TEST_DATA;
using chronomap::test::kExamplePath;
}  // namespace

TEST_CASE("info on the seed example") {
    auto result = run_chronomap("info '" + kExamplePath + "'");
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_CONTAINS(result.out, "Syrie et Libye, automne 2017");
    CHECK_CONTAINS(result.out, "15 loaded");
    CHECK_CONTAINS(result.out, "time range  2015-08 .. 2017");
    CHECK_CONTAINS(result.out, "2 spans");
}

TEST_CASE("info --json reports the events loaded and the breakdowns") {
    auto result = run_chronomap("info --json '" + kExamplePath + "'");
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

namespace {

// What git should not hold (a 100 MB string, 100 000 '[') or cannot hold portably (a symbolic
// link loop, a link to /dev/zero, a folder named like a file) is made at test time in a scratch
// folder, from NN-name.generate: one line, KIND [ARGUMENT]. The case's file is NN-name.json.
void generate_case(const fs::path& folder, const std::string& stem, const std::string& spec) {
    std::istringstream words(spec);
    std::string kind, argument;
    words >> kind >> argument;
    fs::path file = folder / (stem + ".json");
    if (kind == "long-string") {  // one event whose title is ARGUMENT bytes long
        std::ofstream out(file, std::ios::binary);
        out << "{\"chronomap\": 1, \"events\": [\n  {\"time\": \"2017\", \"title\": \"";
        std::string chunk(1 << 20, 'x');
        for (size_t left = std::stoul(argument); left > 0; left -= std::min(left, chunk.size()))
            out.write(chunk.data(), static_cast<std::streamsize>(std::min(left, chunk.size())));
        out << "\"},\n  {\"time\": \"2018\"}\n]}\n";
    } else if (kind == "deep-nesting") {  // ARGUMENT '[' in an event's field, never closed
        std::ofstream out(file, std::ios::binary);
        out << "{\"chronomap\": 1, \"events\": [\n  {\"time\": \"2017\", \"x\": " << std::string(std::stoul(argument), '[');
    } else if (kind == "long-line") {  // ARGUMENT events on one line, the last one bad
        std::ofstream out(file, std::ios::binary);
        out << "{\"chronomap\": 1, \"events\": [";
        for (size_t i = 0, n = std::stoul(argument); i < n; ++i)
            out << "{\"time\": \"2017-10-04\", \"title\": \"an event on a very long line\"}, ";
        out << "{\"time\": \"2017-13-04\"}]}\n";
    } else if (kind == "symlink-loop") {
        fs::create_symlink(file.filename(), file);
    } else if (kind == "directory") {
        fs::create_directory(file);
    } else if (kind == "link-to") {
        fs::create_symlink(argument, file);
    } else if (kind == "story-link-to") {  // a story whose event file is a link to ARGUMENT
        std::ofstream(file) << "{\"chronomap_story\": 1, \"title\": \"t\", \"events\": \"" << stem
                            << "-events.json\", \"slides\": [{\"title\": \"A\", \"view\": {}}]}\n";
        fs::create_symlink(argument, folder / (stem + "-events.json"));
    } else {
        FAIL("unknown generator \"", kind, "\" in ", stem, ".generate");
    }
}

std::string first_line_of(const fs::path& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

// A raw control byte in what chronomap printed: never allowed, whatever the input held.
std::string raw_control_byte(const std::string& output) {
    for (size_t i = 0; i < output.size(); ++i) {
        auto b = static_cast<unsigned char>(output[i]);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
            return "byte " + std::to_string(b) + " at offset " + std::to_string(i);
    }
    return "";
}

}  // namespace

// Each case is NN-name.{json,csv,tsv,geojson} (or NN-name.generate) with NN-name.expected: "exit: N"
// then lines the output must contain; NN-name.args gives the command line ("{}" is the file),
// else `info {}`.
TEST_CASE("every malformed file in tests/data/bad gets its located error and exit code") {
    std::set<std::string> stems;
    for (const auto& entry : fs::directory_iterator(kData + "/bad")) {
        std::string extension = entry.path().extension().string();
        if (extension == ".json" || extension == ".csv" || extension == ".tsv" || extension == ".geojson" ||
            extension == ".generate")
            stems.insert(entry.path().stem().string());
    }
    const fs::path bad = kData + "/bad";
    for (const std::string& stem : stems) {
        fs::path expected_path = bad / (stem + ".expected");
        std::ifstream expected(expected_path);
        REQUIRE_MESSAGE(expected, "missing ", expected_path.string());
        std::string first_line;
        std::getline(expected, first_line);
        int expected_exit = std::stoi(first_line.substr(first_line.find(':') + 1));

        std::string folder = bad.string(), file;
        fs::path scratch;
        if (fs::exists(bad / (stem + ".generate"))) {
            scratch = fs::temp_directory_path() / ("chronomap-bad-" + std::to_string(::getpid()) + "-" + stem);
            fs::remove_all(scratch);
            fs::create_directories(scratch);
            generate_case(scratch, stem, first_line_of(bad / (stem + ".generate")));
            folder = scratch.string();
            file = stem + ".json";
        } else {
            for (const char* extension : {".json", ".csv", ".tsv", ".geojson"})
                if (fs::exists(bad / (stem + extension))) file = stem + extension;
        }
        std::string arguments = "info {}";
        if (fs::exists(bad / (stem + ".args"))) arguments = first_line_of(bad / (stem + ".args"));
        arguments.replace(arguments.find("{}"), 2, file);

        // Every case has a deadline: a reader that hangs fails here instead of stalling CI.
        auto result = run_chronomap(arguments, folder, "", "", 60);
        INFO("case: ", stem, " (chronomap ", arguments, ")\noutput:\n", result.all());
        CHECK(result.exit_code == expected_exit);
        for (std::string part; std::getline(expected, part);)
            if (!part.empty()) CHECK_CONTAINS(result.all(), part);
        CHECK_MESSAGE(raw_control_byte(result.all()).empty(), "raw control character in the output: ",
                      raw_control_byte(result.all()));
        if (!scratch.empty()) fs::remove_all(scratch);
    }
    CHECK(stems.size() >= 60);
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

TEST_CASE("every problem of an event is reported, in file order, and the event is skipped once") {
    auto result = run_chronomap("info --json 51-every-problem-of-an-event.json", kData + "/bad");
    CHECK(result.exit_code == 1);
    auto report = nlohmann::json::parse(result.out);
    CHECK(report["skipped"] == 1);
    CHECK(report["events"] == 1);
    REQUIRE(report["problems"].size() == 3);
    CHECK(report["problems"][0]["pointer"] == "/events/0/time");
    CHECK(report["problems"][0]["line"] == 3);
    CHECK(report["problems"][1]["pointer"] == "/events/0/fatalities");
    CHECK(report["problems"][1]["line"] == 4);
    CHECK(report["problems"][2]["pointer"] == "/events/0/category");
    CHECK(report["problems"][2]["line"] == 5);
    auto text = run_chronomap("info 51-every-problem-of-an-event.json", kData + "/bad");
    size_t time = text.err.find("/events/0/time"), fatalities = text.err.find("/events/0/fatalities"),
           category = text.err.find("/events/0/category");
    CHECK(time < fatalities);
    CHECK(fatalities < category);
    CHECK(category != std::string::npos);
}

TEST_CASE("a file over 4 GiB is refused before it is read") {
    // Sparse: no disk space is used, and chronomap must not read it anyway.
    fs::path big = fs::temp_directory_path() / ("chronomap-big-" + std::to_string(::getpid()) + ".json");
    std::ofstream{big};  // created empty, then made 5 GB long without writing
    std::error_code error;
    fs::resize_file(big, 5'000'000'000ull, error);
    if (error) {
        MESSAGE("skipped: cannot make a sparse 5 GB file here: ", error.message());
        return;
    }
    auto result = run_chronomap("info '" + big.string() + "'", ".", "", "", 60);
    CHECK(result.exit_code == 2);
    CHECK_CONTAINS(result.err, "it is 5000000000 bytes; chronomap reads files of at most 4 GiB");
    fs::remove(big);
}
