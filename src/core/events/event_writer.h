// Writes an event file back: the original document with each event edited in place.
// Unknown fields, key order and the order of events are kept.
#pragma once

#include <filesystem>
#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace chronomap {

// Called once per event, in file order, with its index in the "events" array.
using EventEditor = std::function<void(size_t file_index, nlohmann::ordered_json& event)>;

// The edited document as text (2-space indent, trailing newline).
std::string edit_event_document(std::string_view original_text, const EventEditor& edit);

// Edits and writes atomically to `target` (which may be the original file).
void write_edited_event_file(const std::filesystem::path& target, std::string_view original_text,
                             const EventEditor& edit);

}  // namespace chronomap
