// Writes files so that a reader (or a crash) sees the old file or the new one, never half:
// the content goes to a temporary file in the same folder, is flushed to disk, then renamed.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string_view>

namespace chronomap {

struct WriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// `produce` writes the content; if it throws, the temporary file is removed, the target is
// left as it was, and the exception goes on. Failures to write throw WriteError.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& produce);
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace chronomap
