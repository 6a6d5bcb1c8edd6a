// The root object of a native event file and its tables: "chronomap", "title", "lang",
// "categories", "places", the "events" array handed to parallel_load.cpp, and what can only
// be checked once every event is read (categories declared after the events, duplicate ids).
#include <algorithm>
#include <cctype>

#include "core/native_json/event_file_parser.h"
#include "core/native_json/event_reader.h"
#include "core/native_json/json_syntax_check.h"

namespace chronomap::native_json {

bool EventFileParser::parse(EventStoreBuilder& builder, std::vector<Category>& categories,
                            std::string& title, size_t& skipped) {
    if (text_.find_first_not_of(" \t\r\n", bom_) == std::string::npos) {
        report_at(Severity::error, 0, "", "the file is empty",
                  "an event file is a JSON object: {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }
    builder.refer_to(text_);  // the store is given this text: ids and titles are kept as places in it
    od::parser parser;
    od::document document;
    auto padded =
        simdjson::padded_string_view(text_.data() + bom_, text_.size() - bom_, capacity_ - bom_);
    // The events are parsed one by one when a quick scan finds them (the usual case); the
    // rest of the root object is then read from a copy of the file without them.
    layout_ = scan_event_array(text_, bom_);
    if (layout_) {
        root_copy_.append(text_.substr(bom_, layout_->open + 1 - bom_));
        root_copy_.append(text_.substr(layout_->close));
        size_t size = root_copy_.size();
        root_copy_.append(SourceBuffer::kPadding, '\0');
        padded = simdjson::padded_string_view(root_copy_.data(), size, root_copy_.size());
        root_copy_.resize(size);  // keeps the zeroed capacity behind it
    }
    // One pass reads and validates: known fields are checked by reading them, unknown ones
    // are walked where they stand (a broken unknown field must not slip through).
    if (parser.iterate(padded).get(document)) return fail_with_syntax_error();
    od::object root;
    if (document.get_object().get(root)) {
        if (!text_.empty() && text_[first_token()] == '{') return fail_with_syntax_error();
        report_at(Severity::error, first_token(), "", "the file must be a JSON object",
                  "write {\"chronomap\": 1, \"events\": [...]}");
        return false;
    }

    bool saw_events = false, saw_version = false;
    for (auto field_result : root) {
        od::field field;
        std::string_view key_view;
        if (std::move(field_result).get(field) || field.unescaped_key().get(key_view))
            return fail_with_syntax_error();
        std::string key(key_view);
        od::value& value = field.value();
        LazyPointer pointer{key};

        if (key == "chronomap") {
            saw_version = true;
            std::int64_t version = 0;
            if (value.get_int64().get(version) || version < 1) {
                report(Severity::error, offset_of(value), pointer,
                       "\"chronomap\" must be the format version number, 1", "write \"chronomap\": 1");
                return false;
            }
            if (version > kEventFormatVersion) {
                report(Severity::error, offset_of(value), pointer,
                       "this file uses format version " + std::to_string(version) +
                           ", this chronomap reads version " + std::to_string(kEventFormatVersion),
                       "update chronomap to read it");
                return false;
            }
        } else if (key == "title") {
            std::string_view file_title;
            if (read_string(value, pointer, file_title)) title = file_title;
        } else if (key == "lang") {
            std::string_view lang;
            if (read_string(value, pointer, lang)) language = lang;
        } else if (key == "categories") {
            if (!parse_categories(value, categories)) return false;
        } else if (key == "events") {
            bool scanned = layout_ && !saw_events && offset_of(value) == layout_->open;
            saw_events = true;
            if (scanned ? !parse_scanned_events(builder, skipped)
                        : !parse_events_array(value, builder, skipped))
                return false;
        } else if (key == "places") {
            // Kept as text for the geocoder (core/gazetteer/places_table.h), which would
            // otherwise parse the whole file again to find it.
            const char* begin = nullptr;
            const char* end = nullptr;
            if (value.current_location().get(begin) || !is_valid_value(value, 2)) return fail_with_syntax_error();
            // Once read, the document stands at the token after the value (',' or '}').
            if (document.current_location().get(end) == simdjson::SUCCESS && end > begin) {
                places.assign(begin, static_cast<size_t>(end - begin));
                while (!places.empty() && std::isspace(static_cast<unsigned char>(places.back()))) places.pop_back();
            }
        } else if (!is_valid_value(value, 2)) {
            return fail_with_syntax_error();
        }
        // Any other field is kept as written (the writer works from the original text).
    }
    // Past the root object only the end may remain: "{...} {...}" is not one document.
    const char* trailing = nullptr;
    if (document.current_location().get(trailing) == simdjson::SUCCESS) return fail_with_syntax_error();
    // A value that could not be read as its field wants may be broken JSON rather than the
    // wrong type ("time": tru); the exact locator tells, and its answer wins.
    if (broken_json_) return fail_with_syntax_error();
    // (Events parsed one by one were each checked already: then only the rest of the file is.)
    if (has_errors(diagnostics_) && (!events_checked_ || check_json_syntax(root_copy_)) &&
        locate_syntax_error(/*replace_diagnostics=*/true))
        return false;
    if (!saw_events) {
        report_at(Severity::error, first_token(), "", "the file has no \"events\" array",
                  "add \"events\": [ ... ] to the top-level object");
        return false;
    }
    if (!saw_version) {
        report_at(Severity::warning, first_token(), "",
                  "no \"chronomap\" format version; reading it as version 1",
                  "add \"chronomap\": 1 to the top-level object");
    }

    report_duplicate_ids(builder);
    ids_ = {};
    resolve_categories(builder, categories, skipped);
    release_reading_memory();
    return true;
}

void EventFileParser::resolve_categories(EventStoreBuilder& builder, std::vector<Category>& categories,
                                         size_t& skipped) {
    // Category key id -> category index; kNone for keys no category declares.
    constexpr std::uint32_t kNone = 0xFFFFFFFF;
    std::vector<std::uint32_t> category_of_key(category_keys_.size(), kNone);
    for (size_t k = 0; k < category_keys_.size(); ++k) {
        std::string_view key = category_keys_.get(static_cast<StringId>(k));
        for (size_t c = 0; c < categories.size(); ++c)
            if (categories[c].key == key) category_of_key[k] = static_cast<std::uint32_t>(c);
        if (key.empty() && category_of_key[k] == kNone) {
            category_of_key[k] = static_cast<std::uint32_t>(categories.size());
            categories.push_back(Category{"", "Other", Rgba{130, 130, 130, 255}});
        }
    }
    std::string known;
    for (const Category& c : categories)
        if (!c.key.empty()) known += (known.empty() ? "" : ", ") + c.key;
    for (size_t row = 0; row < category_key_of_row_.size(); ++row) {
        std::uint32_t category = category_of_key[category_key_of_row_[row]];
        if (category != kNone) {
            builder.set_category(row, static_cast<std::uint16_t>(category));
            continue;
        }
        report(Severity::error, builder.json_offset(row) + category_offset_of_row_[row],
               LazyPointer{"events", builder.file_index(row), "category"},
               "unknown category \"" + shorten(category_keys_.get(category_key_of_row_[row])) +
                   "\"; event skipped",
               known.empty() ? "declare it in \"categories\" at the top of the file"
                             : "use one of: " + known + ", or declare it in \"categories\"");
        builder.drop(row);
        ++skipped;
    }
    // Every problem of an event is said, the unknown category of a skipped event too
    // (checked here, once the categories are known).
    for (const SkippedCategory& skipped_event : unchecked_categories_) {
        if (category_of_key[skipped_event.key] != kNone) continue;
        report(Severity::error, skipped_event.offset, LazyPointer{"events", skipped_event.index, "category"},
               "unknown category \"" + shorten(category_keys_.get(skipped_event.key)) + "\"; event skipped",
               known.empty() ? "declare it in \"categories\" at the top of the file"
                             : "use one of: " + known + ", or declare it in \"categories\"");
    }
}

bool EventFileParser::parse_categories(od::value& value, std::vector<Category>& categories) {
    od::object object;
    if (value.get_object().get(object)) {
        report(Severity::error, offset_of(value), LazyPointer{"categories"},
               "\"categories\" must be an object",
               "write \"categories\": { \"attack\": { \"label\": \"Attack\", \"color\": \"#d7301f\" } }");
        return false;
    }
    for (auto field_result : object) {
        od::field field;
        if (std::move(field_result).get(field)) break;
        std::string_view key_view;
        if (field.unescaped_key().get(key_view)) break;
        Category category{std::string(key_view), std::string(key_view),
                          default_category_color(categories.size())};
        LazyPointer pointer{"categories", std::string_view::npos, category.key};
        od::value& spec = field.value();
        od::object spec_object;
        if (spec.get_object().get(spec_object)) {
            report(Severity::error, offset_of(spec), pointer, "a category must be an object",
                   "write { \"label\": \"Attack\", \"color\": \"#d7301f\" }");
        } else {
            for (auto spec_field_result : spec_object) {
                od::field spec_field;
                if (std::move(spec_field_result).get(spec_field)) break;
                std::string_view name;
                if (spec_field.unescaped_key().get(name)) break;
                od::value& v = spec_field.value();
                std::string_view text;
                if (name == "label") {
                    if (read_string(v, pointer.below("/label"), text)) category.label = text;
                } else if (name == "color") {
                    size_t at = offset_of(v);
                    if (read_string(v, pointer.below("/color"), text)) {
                        if (auto color = parse_color(text)) {
                            category.color = *color;
                        } else {
                            // The events still draw, in a colour of their own: a warning.
                            report(Severity::warning, at, pointer.below("/color"),
                                   "invalid colour \"" + shorten(text) + "\"; using the default colour " +
                                       format_color(category.color),
                                   "write \"#rrggbb\", e.g. \"#d7301f\"");
                        }
                    }
                } else if (!is_valid_value(v, 4)) {
                    return fail_with_syntax_error();
                }
            }
        }
        categories.push_back(std::move(category));
    }
    return true;
}

void EventFileParser::report_duplicate_ids(const EventStoreBuilder& builder) {
    auto duplicates = ids_.find([&](std::uint32_t row) { return builder.id(row); });
    if (duplicates.empty()) return;
    if (!lines_) lines_.emplace(text_);
    for (const auto& duplicate : duplicates) {
        int first_line = lines_->locate(builder.json_offset(duplicate.first)).line;
        report(Severity::warning, id_offset(builder, duplicate.row),
               LazyPointer{"events", builder.file_index(duplicate.row), "id"},
               "event id \"" + shorten(builder.id(duplicate.row)) + "\" is already used by the event at line " +
                   std::to_string(first_line),
               "ids select events and stories refer to them: give each event its own id");
    }
}

size_t EventFileParser::id_offset(const EventStoreBuilder& builder, size_t row) {
    size_t at = builder.json_offset(row);
    od::parser parser;
    od::document document;
    od::object object;
    od::value value;
    auto padded = simdjson::padded_string_view(text_.data() + at, builder.json_length(row), capacity_ - at);
    if (parser.iterate(padded).get(document) || document.get_object().get(object) ||
        object.find_field_unordered("id").get(value))
        return at;
    return offset_of(value);
}

void EventFileParser::release_reading_memory() {
    layout_.reset();
    root_copy_ = {};
    category_key_of_row_ = {};
    category_offset_of_row_ = {};
    unchecked_categories_ = {};
    ids_ = {};
}

}  // namespace chronomap::native_json
