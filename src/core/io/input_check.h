// Whether a path given as an input can be read within the limits (core/io/input_limits.h):
// devices such as /dev/zero, sockets, folders, symbolic link loops and files over 4 GiB are
// refused before a byte is read, by every reader of a user's file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chronomap {

// Why `path` cannot be read ("it is not a regular file (a device or a socket)"), or nothing
// when it may be; a missing file is left to the reader, which says so with the system's words.
std::optional<std::string> why_unreadable(const std::filesystem::path& path);

}  // namespace chronomap
