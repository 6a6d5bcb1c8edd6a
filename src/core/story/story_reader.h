// Reads a story deck (docs/story-format.md). Problems come back as located diagnostics
// (file:line:col and JSON pointer) like the event reader's: an error makes the deck
// unusable, a warning (an unknown field, a long caption) does not.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/story/story.h"

namespace chronomap {

struct StoryLoadResult {
    std::optional<Story> story;  // empty when there is an error
    std::vector<Diagnostic> diagnostics;
    std::filesystem::path events_path;  // story.events resolved against the story's folder
};

StoryLoadResult load_story_file(const std::filesystem::path& path);

// `display_name` is what diagnostics call the file; `folder` is where relative paths start
// (and what they may not leave).
StoryLoadResult parse_story_text(std::string_view text, const std::string& display_name,
                                 const std::filesystem::path& folder);

// Resolves `relative` inside `folder`; an error text when it is absolute, empty, or leaves
// the folder (through "..", or a symbolic link pointing out).
Parsed<std::filesystem::path> resolve_inside(const std::filesystem::path& folder,
                                             const std::string& relative);

}  // namespace chronomap
