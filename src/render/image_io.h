// PNG in and out (libpng's simplified API). Writing is atomic (core/io/atomic_file.h).
#pragma once

#include <filesystem>
#include <string>

#include "render/image.h"

namespace chronomap {

// The image as PNG bytes (an SVG's embedded raster); throws std::runtime_error.
std::string encode_png(const Image& image);
// Throws WriteError saying which file and why.
void write_png(const std::filesystem::path& path, const Image& image);
// Throws std::runtime_error saying which file and why.
Image read_png(const std::filesystem::path& path);

}  // namespace chronomap
