// A problem found in a user's input, said so that the user can act on it:
// what is wrong, where (file:line:column and JSON pointer), and what to do.
#pragma once

#include <string>
#include <vector>

namespace chronomap {

// A note says something true that is not a problem (events that have no place by nature).
enum class Severity { note, warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;     // as the user named it
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based, in characters
    std::string pointer;  // JSON pointer of the value, e.g. "/events/1/time"
    std::string message;  // what is wrong
    std::string hint;     // what to do about it; may be empty

    // "FILE:LINE:COL: error: MESSAGE [at /events/1/time]\n  hint: HINT" (or "warning:", "note:")
    std::string format() const;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace chronomap
