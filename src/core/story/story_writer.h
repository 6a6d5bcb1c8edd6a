// Writes a story deck back, atomically, with a stable key order and only the view fields
// that differ from the defaults, so a deck stays pleasant to edit by hand and diffs well.
#pragma once

#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/story/story.h"

namespace chronomap {

nlohmann::ordered_json story_to_json(const Story& story);
// Two-space indented JSON ending with a newline.
std::string story_to_text(const Story& story);
// Throws WriteError (core/io/atomic_file.h) when the file cannot be written.
void write_story_file(const std::filesystem::path& path, const Story& story);

}  // namespace chronomap
