// A folder of numbered PNG frames (frame-00001.png ...), for editors and tools that take
// image sequences. Written into a temporary folder beside it, renamed at the end.
#pragma once

#include <filesystem>
#include <memory>

#include "video/video_writer.h"

namespace chronomap {

// Throws WriteError when the folder exists and holds other files than frame-*.png.
std::unique_ptr<VideoWriter> open_png_sequence_writer(const std::filesystem::path& folder);

}  // namespace chronomap
