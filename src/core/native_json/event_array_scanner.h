// Finds the elements of an event file's "events" array without parsing them, so that each
// event can then be parsed as a document of its own. A JSON parser indexes the whole
// document it is given before reading it: for 10 M events that index alone takes gigabytes.
// Parsed one event at a time, the parser's memory stays the size of one event.
//
// The scan tracks only strings and brackets. It gives up on anything unusual (an escaped
// "events" key, unbalanced brackets, an unclosed string, stray text between elements): the
// caller then parses the file as one document, which reports the problem exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace chronomap {

struct EventArrayLayout {
    size_t open = 0;   // offset of the array's '['
    size_t close = 0;  // offset of its ']'
    // Where each element starts. Element k ends before the comma that precedes
    // element_begin[k + 1] (or before `close` for the last one): see element_text().
    std::vector<std::uint64_t> element_begin;

    // Element k, without the whitespace and comma that follow it.
    std::string_view element_text(std::string_view text, size_t k) const;
};

// `from` skips a byte-order mark. Returns nothing when the root object has no plain
// "events" key holding an array, or when the scan meets anything unusual (see above).
std::optional<EventArrayLayout> scan_event_array(std::string_view text, size_t from = 0);

}  // namespace chronomap
