// A geodata folder like `geodata` but without the shipped rivers, lakes and regions
// (geography.bin, region-names.tsv): links to everything else, in a temporary folder. The
// benchmarks compare frames with and without them.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

inline std::filesystem::path geodata_without_geography(const std::filesystem::path& geodata) {
    namespace fs = std::filesystem;
    fs::path bare = fs::temp_directory_path() / ("chronomap-bench-geodata-" + std::to_string(getpid()));
    fs::create_directories(bare);
    for (const auto& entry : fs::directory_iterator(geodata)) {
        std::string name = entry.path().filename().string();
        if (name == "geography.bin" || name == "region-names.tsv" || fs::exists(bare / name)) continue;
        fs::create_symlink(fs::absolute(entry.path()), bare / name);
    }
    return bare;
}
