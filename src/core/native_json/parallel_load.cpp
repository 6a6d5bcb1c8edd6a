// The "events" array: read one by one from the spans event_array_scanner.h finds (the usual
// case), a large file's second half on another core, or in place when the scan found none.
#include <nlohmann/json.hpp>

#include <exception>
#include <thread>

#include "core/native_json/event_file_parser.h"
#include "core/native_json/json_syntax_check.h"

namespace chronomap::native_json {

void EventFileParser::keep_event(bool parsed, size_t index, EventStoreBuilder& builder, size_t& skipped) {
    if (parsed) {
        ids_.add(record_.id);
        builder.add(record_);
        category_key_of_row_.push_back(category_keys_.intern(category_key_));
        category_offset_of_row_.push_back(static_cast<std::uint32_t>(category_offset_ - record_.json_offset));
    } else {
        ++skipped;
        if (!category_key_.empty())
            unchecked_categories_.push_back({category_keys_.intern(category_key_), category_offset_, index});
    }
    category_key_ = {};  // not carried over to an element that is not an event
}

bool EventFileParser::parse_events_array(od::value& value, EventStoreBuilder& builder, size_t& skipped) {
    od::array events;
    if (value.get_array().get(events)) {
        report(Severity::error, offset_of(value), LazyPointer{"events"}, "\"events\" must be an array",
               "write \"events\": [ {...}, {...} ]");
        return false;
    }
    builder.reserve(text_.size() / 256 + 16);  // a typical event is a few hundred bytes
    size_t index = 0;
    for (auto element_result : events) {
        od::value element;
        if (std::move(element_result).get(element)) return fail_with_syntax_error();
        if (index >= kMaxEvents) {
            report_too_many_events(offset_of(element));
            return false;
        }
        keep_event(parse_event(element, index, record_, category_key_, category_offset_), index, builder, skipped);
        ++index;
    }
    return true;
}

bool EventFileParser::parse_scanned_events(EventStoreBuilder& builder, size_t& skipped) {
    const EventArrayLayout& layout = *layout_;
    size_t count = layout.element_begin.size();
    if (count > kMaxEvents) {
        report_too_many_events(layout.element_begin[kMaxEvents]);
        return false;
    }
    builder.reserve(count);
    reserve_rows(count);
    // A large file's second half is read on another core, into the second half of the same
    // columns (a part of the builder), then joined: problems and rows stay in file order.
    constexpr size_t kParallelAbove = 50'000;
    if (count < kParallelAbove || std::thread::hardware_concurrency() < 2)
        return events_checked_ = parse_elements(layout, 0, count, builder, skipped);
    size_t middle = count / 2;
    std::vector<Diagnostic> later_diagnostics;
    EventFileParser later(*this, later_diagnostics);
    EventStoreBuilder later_builder(builder, middle);  // writes into builder's columns
    later_builder.refer_to(text_);
    later_builder.reserve(count - middle);
    later.reserve_rows(count - middle);  // not grown by doubling: each copy faults fresh pages
    size_t later_skipped = 0;
    bool later_ok = false;
    std::exception_ptr later_failure;
    std::thread thread([&] {
        try {
            later_ok = later.parse_elements(layout, middle, count, later_builder, later_skipped);
        } catch (...) {
            later_failure = std::current_exception();
        }
    });
    bool ok = false;
    try {
        ok = parse_elements(layout, 0, middle, builder, skipped);
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (later_failure) std::rethrow_exception(later_failure);
    if (!ok) return false;
    if (!later_ok) return fail_with_syntax_error();
    skipped += later_skipped;
    diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(later_diagnostics.begin()),
                        std::make_move_iterator(later_diagnostics.end()));
    append(std::move(later), builder, std::move(later_builder));
    events_checked_ = true;
    return true;
}

void EventFileParser::append(EventFileParser&& later, EventStoreBuilder& builder, EventStoreBuilder&& later_builder) {
    builder.append(std::move(later_builder));
    std::vector<StringId> renamed(later.category_keys_.size());
    for (size_t k = 0; k < renamed.size(); ++k)
        renamed[k] = category_keys_.intern(later.category_keys_.get(static_cast<StringId>(k)));
    for (StringId key : later.category_key_of_row_) category_key_of_row_.push_back(renamed[key]);
    category_offset_of_row_.insert(category_offset_of_row_.end(), later.category_offset_of_row_.begin(),
                                   later.category_offset_of_row_.end());
    ids_.append(std::move(later.ids_));
    for (SkippedCategory skipped_event : later.unchecked_categories_) {
        skipped_event.key = renamed[skipped_event.key];
        unchecked_categories_.push_back(skipped_event);
    }
    broken_json_ = broken_json_ || later.broken_json_;
}

bool EventFileParser::parse_elements(const EventArrayLayout& layout, size_t begin, size_t end,
                                     EventStoreBuilder& builder, size_t& skipped) {
    od::parser parser;  // its buffers grow to the largest event, not to the file
    for (size_t index = begin; index < end; ++index) {
        std::string_view element_text = layout.element_text(text_, index);
        size_t at = static_cast<size_t>(element_text.data() - text_.data());
        if (element_text.front() != '{') {  // not an object: said by parse_event's words
            od::json_type type = element_text.front() == '[' ? od::json_type::array
                                 : element_text.front() == '"' ? od::json_type::string
                                 : element_text.front() == 't' || element_text.front() == 'f'
                                     ? od::json_type::boolean
                                 : element_text.front() == 'n' ? od::json_type::null
                                                               : od::json_type::number;
            if (!nlohmann::json::accept(element_text)) return fail_with_syntax_error();
            report_not_an_event(at, index, type);
            keep_event(false, index, builder, skipped);
            continue;
        }
        od::document document;
        od::value element;
        auto padded = simdjson::padded_string_view(element_text.data(), element_text.size(), capacity_ - at);
        if (parser.iterate(padded).get(document) || document.get_value().get(element))
            return fail_with_syntax_error();
        size_t problems_before = diagnostics_.size();
        bool parsed = parse_event(element, index, record_, category_key_, category_offset_);
        // A parsed event was read to its end; anything left is broken JSON.
        const char* left = nullptr;
        if (parsed && document.current_location().get(left) == simdjson::SUCCESS) return fail_with_syntax_error();
        // A value that could not be read as its field wants may be broken JSON rather than
        // the wrong type ("time": tru): this event's text alone tells.
        if (diagnostics_.size() > problems_before && check_json_syntax(element_text)) broken_json_ = true;
        keep_event(parsed, index, builder, skipped);
    }
    return true;
}

void EventFileParser::report_too_many_events(size_t offset) {
    report(Severity::error, offset, LazyPointer{"events", kMaxEvents},
           "more than " + std::to_string(kMaxEvents) + " events: chronomap reads no more from one file",
           "split the file by year or by region");
}

}  // namespace chronomap::native_json
