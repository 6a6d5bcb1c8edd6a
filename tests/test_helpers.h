// Shared checks for the test suite.
#pragma once

#include <doctest/doctest.h>

#include <string>

// Checks that `text` contains `part`, and shows both when it does not.
#define CHECK_CONTAINS(text, part)                                                        \
    do {                                                                                  \
        std::string chronomap_text_(text);                                                \
        std::string chronomap_part_(part);                                                \
        CHECK_MESSAGE(chronomap_text_.find(chronomap_part_) != std::string::npos, "\"",   \
                      chronomap_text_, "\" does not contain \"", chronomap_part_, "\"");  \
    } while (0)

#ifdef CHRONOMAP_SOURCE_DIR
namespace chronomap::test {
// The bundled example: its path, and the same quoted for the shell.
inline const std::string kExamplePath = std::string(CHRONOMAP_SOURCE_DIR) + "/examples/seed-events.json";
inline const std::string kExampleArg = "'" + kExamplePath + "'";
}  // namespace chronomap::test
#endif
