#include "core/timeline/playback.h"

#include <algorithm>
#include <cmath>

namespace chronomap {
namespace {
UnixSeconds length_of(const TimeWindow& window) { return std::max<UnixSeconds>(window.end - window.start, 1); }

TimeWindow placed(UnixSeconds start, UnixSeconds length) { return {false, start, start + length}; }
}  // namespace

TimeWindow advance_playback(const TimeWindow& window, Playback& playback, double real_seconds, UnixSeconds data_start,
                            UnixSeconds data_end, const TimeHistogram* histogram, std::uint64_t category_mask) {
    if (window.all || !playback.playing) return window;
    UnixSeconds length = length_of(window);
    auto delta = static_cast<UnixSeconds>(std::llround(std::clamp(playback.speed, kMinPlaybackSpeed, kMaxPlaybackSpeed) *
                                                       std::max(real_seconds, 0.0)));
    TimeWindow next = placed(window.start + delta, length);
    if (playback.skip_empty && histogram && histogram->count_between(next.start, next.end, category_mask) == 0) {
        // Nothing in view: bring the next event to the window's right edge at once.
        if (auto upcoming = histogram->next_start_at_or_after(next.end, category_mask))
            next = placed(std::max(next.start, *upcoming - length * 9 / 10), length);
    }
    if (next.start >= data_end) {
        if (!playback.loop) {
            playback.playing = false;
            return placed(std::max(data_end - length, data_start), length);
        }
        next = placed(data_start - length / 2, length);  // the first events enter from the right
    }
    return next;
}

TimeWindow step_window(const TimeWindow& window, int direction) {
    if (window.all) return window;
    UnixSeconds length = length_of(window);
    return placed(window.start + direction * length, length);
}

TimeWindow window_at_start(const TimeWindow& window, UnixSeconds data_start) {
    return window.all ? window : placed(data_start, length_of(window));
}

TimeWindow window_at_end(const TimeWindow& window, UnixSeconds data_end) {
    return window.all ? window : placed(data_end - length_of(window), length_of(window));
}

}  // namespace chronomap
