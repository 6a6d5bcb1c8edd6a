// Reads the native chronomap JSON event file (docs/event-format.md).
//
// Syntax errors make the file unreadable and are reported as FILE:LINE:COL. A bad event
// (missing or invalid time, wrong type, unknown category ...) is reported with its JSON
// pointer and line:col and skipped; loading goes on, unless options.strict is set.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"

namespace chronomap {

inline constexpr int kEventFormatVersion = 1;

struct LoadOptions {
    bool strict = false;  // any problem makes the whole file fail
};

struct LoadResult {
    std::optional<EventStore> store;  // empty when the file could not be used at all
    std::vector<Diagnostic> diagnostics;
    size_t skipped_events = 0;
    std::string format;  // what the file was read as; set by open_event_source (core/sources)
};

LoadResult load_event_file(const std::filesystem::path& path, const LoadOptions& options = {});

// `display_name` is what diagnostics call the file.
LoadResult parse_event_text(std::string_view text, const std::string& display_name,
                            const LoadOptions& options = {});

// The same on text already in a buffer, which the store keeps (no copy).
LoadResult parse_event_buffer(std::shared_ptr<const SourceBuffer> source, const std::string& display_name,
                              const LoadOptions& options = {});

// Reads a whole file; throws std::runtime_error saying which file and why it failed.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace chronomap
