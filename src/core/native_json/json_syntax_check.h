// Finds the first syntax error of a JSON text and says it as a user can act on it: a missing
// comma at the end of the line before, a trailing comma, single quotes, an unclosed string, a
// file that ends inside the events array (truncated), NaN, a number too large, raw control
// characters, nesting deeper than chronomap reads. Called only once a fast parser has said the
// text is not valid JSON, so it favours clear answers over speed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/input_limits.h"

namespace chronomap {

struct JsonSyntaxProblem {
    size_t offset = 0;  // byte where the problem is, in the text given
    std::string message;
    std::string hint;
};

std::optional<JsonSyntaxProblem> check_json_syntax(std::string_view text, size_t max_depth = kMaxJsonDepth);

}  // namespace chronomap
