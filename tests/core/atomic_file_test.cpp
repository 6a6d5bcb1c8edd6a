#include "core/io/atomic_file.h"

#include <doctest/doctest.h>

#include "test_helpers.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace chronomap;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

size_t files_in(const fs::path& folder) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}));
}

struct TempFolder {
    fs::path path = fs::temp_directory_path() / ("chronomap-atomic-" + std::to_string(::getpid()));
    TempFolder() { fs::create_directories(path); }
    ~TempFolder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("writing replaces the file whole") {
    TempFolder folder;
    auto target = folder.path / "events.json";
    write_file_atomically(target, "old");
    write_file_atomically(target, "new content");
    CHECK(slurp(target) == "new content");
    CHECK(files_in(folder.path) == 1);  // no temporary file left behind
}

TEST_CASE("if producing the content fails, the old file is intact and no temp file remains") {
    TempFolder folder;
    auto target = folder.path / "events.json";
    write_file_atomically(target, "the analyst's work");
    CHECK_THROWS_AS(write_file_atomically(target,
                                          [](std::ostream& out) {
                                              out << "half of a new fi";
                                              throw std::runtime_error("serialisation failed");
                                          }),
                    std::runtime_error);
    CHECK(slurp(target) == "the analyst's work");
    CHECK(files_in(folder.path) == 1);
}

TEST_CASE("a folder that does not exist gives an error naming the file") {
    try {
        write_file_atomically("/nonexistent-folder/out.json", "x");
        FAIL("expected a WriteError");
    } catch (const WriteError& e) {
        CHECK_CONTAINS(std::string(e.what()), "cannot write /nonexistent-folder/out.json");
        CHECK_CONTAINS(std::string(e.what()), "No such file or directory");
    }
}

TEST_CASE("a full disk fails loudly and leaves the old file") {
    // /dev/full is a device, not a folder: writing "into" it is refused before anything is lost.
    TempFolder folder;
    auto target = folder.path / "kept.json";
    write_file_atomically(target, "kept");
    CHECK_THROWS_AS(write_file_atomically(target / "impossible", "x"), WriteError);
    CHECK(slurp(target) == "kept");
}
