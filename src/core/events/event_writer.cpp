#include "core/events/event_writer.h"

#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"

namespace chronomap {

std::string edit_event_document(std::string_view original_text, const EventEditor& edit) {
    // ordered_json keeps the keys in the order the user wrote them.
    auto document = nlohmann::ordered_json::parse(original_text);
    if (auto events = document.find("events"); events != document.end() && events->is_array()) {
        for (size_t i = 0; i < events->size(); ++i) {
            if ((*events)[i].is_object()) edit(i, (*events)[i]);
        }
    }
    // Invalid UTF-8 cannot reach here (the reader rejects it), but never throw while dumping.
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void write_edited_event_file(const std::filesystem::path& target, std::string_view original_text,
                             const EventEditor& edit) {
    write_file_atomically(target, [&](std::ostream& out) { out << edit_event_document(original_text, edit); });
}

}  // namespace chronomap
