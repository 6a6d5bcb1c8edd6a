// Series: successive states of one thing (the zone an actor holds, week after week) share a
// series key. At any date the map shows the latest state of each series that has begun and
// has not ended, never every past state at once. Each state's timing reduces to one number,
// when the next state of its series replaces it, so the choice at a date is a test per event
// with no search (the same test in the CPU code and the renderer).
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/events/string_pool.h"
#include "core/time/time_value.h"

namespace chronomap {

inline constexpr UnixSeconds kNeverReplaced = std::numeric_limits<UnixSeconds>::max();

// For events sorted by start: the start of the next event of the same series (later in the
// order), or kNeverReplaced for the last state and for events in no series (kEmptyString).
std::vector<UnixSeconds> series_replaced_at(std::span<const UnixSeconds> start, std::span<const StringId> series);

// Whether a series state shows for the window [window_start, window_end): it has begun before
// the window's end, is not replaced by then, and (a span with an end) has not ended before the
// window starts. A dated state without an end lasts until replaced. `all`: the latest states.
inline bool series_state_shown(bool all, UnixSeconds window_start, UnixSeconds window_end, UnixSeconds start,
                               UnixSeconds end, bool is_span, UnixSeconds replaced_at) {
    if (all) return replaced_at == kNeverReplaced;
    return start < window_end && replaced_at >= window_end && (!is_span || end > window_start);
}

// With a cross-fade of `fade` seconds (> 0), how opaque a series state is at the window's
// end, 0 to 1: a new state fades in over `fade` after its start, the state it replaces fades
// out over the same time, so a change never pops. 0: not drawn. Without a fade (or with
// `all`) it is 1 exactly when series_state_shown says so.
inline float series_state_opacity(bool all, UnixSeconds window_start, UnixSeconds window_end, UnixSeconds start,
                                  UnixSeconds end, bool is_span, UnixSeconds replaced_at, UnixSeconds fade) {
    if (fade <= 0 || all)
        return series_state_shown(all, window_start, window_end, start, end, is_span, replaced_at) ? 1.f : 0.f;
    if (start >= window_end || (is_span && end <= window_start)) return 0.f;
    auto part = [fade](UnixSeconds since) { return static_cast<float>(static_cast<double>(since) / static_cast<double>(fade)); };
    float in = std::min(1.f, part(window_end - start));
    if (replaced_at >= window_end) return in;
    UnixSeconds since_replaced = window_end - replaced_at;
    if (since_replaced >= fade) return 0.f;
    return std::min(in, 1.f - part(since_replaced));
}

}  // namespace chronomap
