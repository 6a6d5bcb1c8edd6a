// What every part of the native reader uses on a simdjson value: JSON pointers spelled out
// only when a problem is reported, type names for messages, and the walk that validates a
// value kept as written but not read.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace chronomap::native_json {

namespace od = simdjson::ondemand;

// "an array", "a string" ...: what a message says was found.
std::string_view type_name(od::json_type type);

// A quoted value cut to a readable length.
std::string shorten(std::string_view text);


// A JSON pointer spelled out only when a problem is reported: building one per field of a
// million good events would cost more than parsing them.
struct LazyPointer {
    std::string_view root{};                  // "events", "categories"
    size_t index = std::string_view::npos;    // array index under root
    std::string_view key{};                   // a field, unescaped
    std::string_view sub{};                   // deeper: "/start"
    LazyPointer field(std::string_view name) const { return {root, index, name, {}}; }
    LazyPointer below(std::string_view path) const { return {root, index, key, path}; }
    std::string str() const;
};

// Whether a value (and all it holds) is valid JSON. `depth` is the value's level from the
// top of the file (the top-level object is 1): deeper than kMaxJsonDepth containers is
// refused (docs/event-format.md, "Limits"), rather than recursed.
bool is_valid_value(od::value& value, size_t depth);

}  // namespace chronomap::native_json
