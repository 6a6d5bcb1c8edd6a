// The native reader's entry points: a file, a text or a buffer in, a store and its problems
// out. The parser itself is event_file_parser.h, split by job.
#include "core/native_json/event_reader.h"

#include <algorithm>

#include "core/native_json/event_file_parser.h"

namespace chronomap {

std::string read_text_file(const std::filesystem::path& path) {
    return std::string(SourceBuffer::read_file(path)->text());
}

LoadResult parse_event_buffer(std::shared_ptr<const SourceBuffer> source, const std::string& display_name,
                              const LoadOptions& options) {
    LoadResult result;
    EventStoreBuilder builder;
    std::vector<Category> categories;
    std::string title;
    native_json::EventFileParser parser(*source, display_name, result.diagnostics);
    bool usable = parser.parse(builder, categories, title, result.skipped_events);
    // Problems in file order: some are only known once every event is read (duplicate ids,
    // categories declared after the events).
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (!usable) return result;
    if (options.strict && has_errors(result.diagnostics)) {
        result.diagnostics.push_back(Diagnostic{Severity::error, display_name, 0, 0, "",
                                                "the file has problems and --strict refuses it",
                                                "fix the problems above, or load without --strict "
                                                "to skip the bad events"});
        return result;
    }
    result.store = std::move(builder).finish(std::move(categories), std::move(title), std::move(source));
    result.store->set_language(parser.language);
    result.store->set_places_json(std::move(parser.places));
    return result;
}

LoadResult parse_event_text(std::string_view text, const std::string& display_name,
                            const LoadOptions& options) {
    return parse_event_buffer(SourceBuffer::copy_of(text), display_name, options);
}

LoadResult load_event_file(const std::filesystem::path& path, const LoadOptions& options) {
    std::shared_ptr<const SourceBuffer> source;
    try {
        source = SourceBuffer::read_file(path);
    } catch (const std::exception& e) {
        LoadResult result;
        result.diagnostics.push_back(Diagnostic{Severity::error, path.string(), 0, 0, "", e.what(),
                                                "check the path and that the file is readable"});
        return result;
    }
    return parse_event_buffer(std::move(source), path.string(), options);
}

}  // namespace chronomap
