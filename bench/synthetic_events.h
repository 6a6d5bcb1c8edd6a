// Synthetic event stores for benchmarks: N events clustered around towns of the Middle East
// and North Africa, over two years, mostly day precision with a few month-long spans.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/events/event_store.h"

namespace chronomap {

inline constexpr UnixSeconds kSyntheticStart = 1483228800;  // 2017-01-01
inline constexpr UnixSeconds kSyntheticDays = 730;

// `areas` more events are zones of `area_vertices` points (irregular rings around towns): half
// in series of 10 states (one every 73 days), half month-long spans.
EventStore make_synthetic_events(size_t count, std::uint32_t seed = 42, size_t areas = 0, size_t area_vertices = 50);

}  // namespace chronomap
