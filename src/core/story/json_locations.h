// Where each value of a (valid) JSON text starts, by JSON pointer: nlohmann::json parses
// the story, this small scanner says where to point the user when a value is wrong.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronomap {

// Byte offset of every value, keyed by JSON pointer ("" for the root, "/slides/0/view").
// For an object member the offset is the member's key, where an editor should land.
// The text must be valid JSON (parse it first); on anything else the map stops short.
std::unordered_map<std::string, size_t> json_value_offsets(std::string_view text);

// "/" + the key with "~" and "/" escaped as RFC 6901 says.
std::string json_pointer_token(std::string_view key);

}  // namespace chronomap
