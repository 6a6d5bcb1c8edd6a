// The explorer in a real window under Xvfb: it opens, draws the timeline and the map, saves
// the whole window, and keeps a session. Skipped, with a message, where xvfb-run is absent.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/run_command.h"
#include "test_helpers.h"

using namespace chronomap::test;
namespace fs = std::filesystem;

namespace {
using chronomap::test::kExampleArg;
const std::string kXvfb = "xvfb-run -a -s '-screen 0 1280x900x24' ";

bool have_xvfb() { return std::system("command -v xvfb-run > /dev/null 2>&1") == 0; }

// Width and height from a PNG's header.
std::pair<int, int> png_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char header[24] = {};
    in.read(reinterpret_cast<char*>(header), 24);
    auto be32 = [&](int at) { return header[at] << 24 | header[at + 1] << 16 | header[at + 2] << 8 | header[at + 3]; };
    return {be32(16), be32(20)};
}
}  // namespace

TEST_CASE("view --screenshot saves the whole explorer window under Xvfb") {
    if (!have_xvfb()) {
        MESSAGE("skipped: xvfb-run is not installed (sudo apt-get install xvfb xauth)");
        return;
    }
    std::string png = (fs::temp_directory_path() / "chronomap-explorer-test.png").string();
    std::string err = (fs::temp_directory_path() / "chronomap-explorer-test.err").string();
    fs::remove(png);
    std::string binary = CHRONOMAP_BINARY;
    int code = std::system((kXvfb + "'" + binary + "' view " + kExampleArg +
                            " --size 1200x800 --time 2017-09-20/2017-10-08 --screenshot '" + png +
                            "' --frames 8 > /dev/null 2> '" + err + "'")
                               .c_str());
    // 0: shown; the two events that have no place by nature (a statement, an audio message)
    // are not a problem: a note, said once (not "FILE: warning: FILE: note: ...").
    CHECK(WEXITSTATUS(code) == 0);
    std::stringstream said;
    said << std::ifstream(err).rdbuf();
    fs::remove(err);
    CHECK_CONTAINS(said.str(), "/examples/seed-events.json: note: 2 événements n'ont pas de lieu et ne sont pas dessinés\n");
    CHECK(said.str().find("warning:") == std::string::npos);
    CHECK(said.str().find("note: ") == said.str().rfind("note: "));
    // The keys, in the file's language too (it is French), not in English.
    CHECK_CONTAINS(said.str(), "\n  frise\u00a0: Espace lecture/pause");
    CHECK(said.str().find("Space play/pause") == std::string::npos);
    REQUIRE(fs::exists(png));
    CHECK(png_size(png) == std::pair{1200, 800});
    CHECK(fs::file_size(png) > 50000);  // a map, panels and a timeline, not a blank window
    fs::remove(png);
}

TEST_CASE("view --session saves the view on quit and reopens it") {
    if (!have_xvfb()) {
        MESSAGE("skipped: xvfb-run is not installed");
        return;
    }
    std::string session = (fs::temp_directory_path() / "chronomap-session-test.json").string();
    fs::remove(session);
    std::string binary = CHRONOMAP_BINARY;
    std::string run = kXvfb + "'" + binary + "' view " + kExampleArg + " --session '" + session + "'";
    int code = std::system((run + " --time 2017-10-01/2017-10-05 --theme dark --seconds 1 > /dev/null 2>&1").c_str());
    CHECK(WEXITSTATUS(code) == 0);
    REQUIRE(fs::exists(session));
    auto saved = nlohmann::json::parse(std::ifstream(session));
    CHECK(saved["time"]["start"] == "2017-10-01T00:00:00Z");
    CHECK(saved["theme"] == "dark");
    CHECK(saved["file"].get<std::string>().find("seed-events.json") != std::string::npos);
    // Reopened from the session alone (no file named): the same window and theme.
    code = std::system((kXvfb + "'" + binary + "' view --session '" + session + "' --seconds 1 > /dev/null 2>&1").c_str());
    CHECK(WEXITSTATUS(code) == 0);
    auto again = nlohmann::json::parse(std::ifstream(session));
    CHECK(again["time"] == saved["time"]);
    CHECK(again["theme"] == "dark");
    fs::remove(session);
}
