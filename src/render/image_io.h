// PNG in and out (libpng's simplified API). Writing is atomic (core/atomic_file.h).
#pragma once

#include <filesystem>

#include "render/image.h"

namespace chronomap {

// Throws WriteError saying which file and why.
void write_png(const std::filesystem::path& path, const Image& image);
// Throws std::runtime_error saying which file and why.
Image read_png(const std::filesystem::path& path);

}  // namespace chronomap
