// Writing JSON text directly: a million imported rows become one document without building
// a DOM. Strings are escaped; bytes that are not UTF-8 are read as Latin-1 (Windows exports).
#pragma once

#include <string>
#include <string_view>

namespace chronomap {

// Appends `"text"` escaped; returns false when the text was not valid UTF-8 (and was
// converted from Latin-1).
bool append_json_string(std::string& out, std::string_view text);

// Appends the shortest text that reads back as the same double.
void append_json_number(std::string& out, double value);

}  // namespace chronomap
