// Edits one member of a JSON object in its text, leaving every other byte as written: a file
// kept under version control shows only what a command added ("geocoded"), not a re-layout.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// `object_text` with member `key` set to `value_json` (JSON text), or removed when nullopt.
// A new member goes last, with the separator and indentation of the members before it.
// Throws std::invalid_argument when `object_text` is not one JSON object.
std::string splice_member(std::string_view object_text, std::string_view key,
                          const std::optional<std::string>& value_json);

// The text of member `key`'s value in `object_text` as written, or nullopt when there is no
// such member. Throws std::invalid_argument when `object_text` is not one JSON object.
std::optional<std::string_view> member_value(std::string_view object_text, std::string_view key);

// The indentation of the object's members as written ("  ", "\t"), or nullopt when they
// share a line with the brace (a one-line object) or there are none.
std::optional<std::string> member_indent(std::string_view object_text);

// JSON on one line, spaced as people write it: {"name": "Sirte", "lat": 31.2}.
std::string one_line_json(const nlohmann::ordered_json& value);

}  // namespace chronomap
