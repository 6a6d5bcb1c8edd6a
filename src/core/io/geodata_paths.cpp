#include "core/io/geodata_paths.h"

#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace chronomap {
namespace {

std::filesystem::path executable_folder() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : exe.parent_path();
}

}  // namespace

std::filesystem::path geodata_dir(const std::string& explicit_dir) {
    std::vector<std::filesystem::path> candidates;
    if (!explicit_dir.empty()) {
        candidates.emplace_back(explicit_dir);
    } else {
        if (const char* env = std::getenv("CHRONOMAP_GEODATA"); env && *env) candidates.emplace_back(env);
        if (auto exe = executable_folder(); !exe.empty()) {
            candidates.push_back(exe / "geodata");
            candidates.push_back(exe / ".." / "geodata");  // test binaries sit one folder down
            candidates.push_back(exe / ".." / "share" / "chronomap" / "geodata");
        }
    }
    std::string looked;
    for (const auto& dir : candidates) {
        std::error_code ec;
        if (std::filesystem::is_directory(dir, ec)) return std::filesystem::weakly_canonical(dir, ec);
        looked += "\n  " + dir.string();
    }
    throw std::runtime_error("no geodata folder found; looked in:" + looked +
                             "\n  build it with scripts/build (it fetches and compiles the data), "
                             "or point --geodata or $CHRONOMAP_GEODATA at it");
}

}  // namespace chronomap
