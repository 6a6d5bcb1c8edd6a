// `render --animate T0/T1 --step 1d [--window 7d] [--cumulative]`: which time window each
// frame shows. Frame k's current step is [T0 + k*step, T0 + (k+1)*step); the window ends
// with it and reaches `window` back (the story so far with --cumulative).
#pragma once

#include <string>
#include <string_view>

#include "core/timeline/time_labels.h"
#include "core/map/view_state.h"

namespace chronomap {

// "1d", "12h", "30min", "2w", "90s" (a whole number and a unit); the error says what to write.
Parsed<UnixSeconds> parse_duration(std::string_view text);

struct AnimationPlan {
    UnixSeconds from = 0, to = 0;  // [from, to)
    UnixSeconds step = 86400;
    UnixSeconds window = 86400;  // at least one step
    bool cumulative = false;
};

// At least one frame; the last one's step reaches `to`.
size_t animation_frame_count(const AnimationPlan& plan);
// The view's time window and mode for frame k.
TimeWindow animation_window(const AnimationPlan& plan, size_t k);
// The date drawn in frame k: the current step as the reader says it, "15 juil. 2018" /
// "15 Jul 2018" (with the time, "15 juil. 2018 06:00", when steps are shorter than a day);
// ISO 8601 ("2018-07-15") for a file of unknown language.
std::string animation_date_label(const AnimationPlan& plan, size_t k, DateLanguage language = DateLanguage::iso);

}  // namespace chronomap
