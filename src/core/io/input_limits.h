// The largest inputs chronomap reads, documented in docs/event-format.md ("Limits"). Past
// them a file or a value is refused with a message saying which limit, never read until memory
// runs out or the stack overflows.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chronomap {

// simdjson indexes a document with 32-bit positions: 4 GiB less one byte.
inline constexpr std::uint64_t kMaxInputBytes = 0xFFFFFFFFull;
// A title, id, place name or any string field chronomap reads.
inline constexpr size_t kMaxStringBytes = size_t{1} << 20;
// Levels of [ and { from the top of a file (the top-level object is level 1; an event is 3).
inline constexpr size_t kMaxJsonDepth = 64;
// Events of one file: the store numbers them with 32 bits.
inline constexpr std::uint64_t kMaxEvents = 0xFFFFFFFFull;

}  // namespace chronomap
