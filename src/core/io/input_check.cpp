#include "core/io/input_check.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>

#include "core/io/input_limits.h"

namespace chronomap {

std::optional<std::string> why_unreadable(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return errno == ELOOP ? std::optional<std::string>("it is a loop of symbolic links") : std::nullopt;
    if (S_ISDIR(info.st_mode)) return "it is a folder, not a file";
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) || S_ISSOCK(info.st_mode))
        return "it is not a regular file (a device or a socket)";
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxInputBytes)
        return "it is " + std::to_string(info.st_size) +
               " bytes; chronomap reads files of at most 4 GiB (4294967295 bytes)";
    return std::nullopt;
}

}  // namespace chronomap
