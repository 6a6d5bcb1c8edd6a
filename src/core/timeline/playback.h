// Playing the time window forward: speed in event-seconds per real second (an hour to a
// year per second), looping, skipping stretches with no event, stepping by the window's
// own length. Pure functions on TimeWindow, shared by the explorer and `render --animate`.
#pragma once

#include "core/timeline/time_histogram.h"
#include "core/map/view_state.h"

namespace chronomap {

struct Playback {
    bool playing = false;
    double speed = 7 * 86400.0;  // event seconds per real second
    bool loop = true;
    bool skip_empty = true;
};

inline constexpr double kMinPlaybackSpeed = 3600.0;              // an hour per second
inline constexpr double kMaxPlaybackSpeed = 365.2425 * 86400.0;  // a year per second

// The window after `real_seconds` of playing through [data_start, data_end). At the end it
// loops back to the start, or stops (playback.playing becomes false). With skip_empty, a
// window that would hold no event jumps ahead to the next one (`histogram` says where).
TimeWindow advance_playback(const TimeWindow& window, Playback& playback, double real_seconds, UnixSeconds data_start,
                            UnixSeconds data_end, const TimeHistogram* histogram, std::uint64_t category_mask);

// The window moved by its own length, forward (+1) or back (-1).
TimeWindow step_window(const TimeWindow& window, int direction);
// The window of the same length placed at the start (or end) of the data.
TimeWindow window_at_start(const TimeWindow& window, UnixSeconds data_start);
TimeWindow window_at_end(const TimeWindow& window, UnixSeconds data_end);

}  // namespace chronomap
