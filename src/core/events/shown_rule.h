// The one rule for "what the view shows", written once and read by the three places that
// apply it: the legend and labels on the CPU (core/events/window_summary.cpp), the renderer's
// drawn ranges and counts (render/event_layer.cpp), and the marker shader on the GPU
// (shaders/marker.vert.glsl takes its uniforms from this struct, field for field).
//
// An event [start, end) is shown when start < until and end > from, its category's bit is
// set in the mask and it passes the content filter; it is drawn faded when end <= fade_before.
//   window mode:      from = window start, until = window end, nothing faded
//   cumulative mode:  from = -infinity (everything begun by the window's end), faded: over
//                     before the window starts (the story so far)
//   all dates:        from = -infinity, until = +infinity, nothing faded
// Series states (zones held week after week) have their own rule: geometry/series_timing.h.
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>

#include "core/map/view_state.h"

namespace chronomap {

// T: UnixSeconds for the store's times, std::int32_t for the GPU's (seconds from an epoch).
template <class T>
struct ShownRuleOf {
    T from, until, fade_before;
    std::uint64_t category_mask = ~std::uint64_t{0};  // bit i: category i (i >= 63 share bit 63)

    bool shows_time(T start, T end) const { return start < until && end > from; }
    bool fades(T end) const { return end <= fade_before; }
    bool shows_category(std::uint32_t category) const { return (category_mask >> std::min(category, 63u)) & 1u; }
    // Everything the marker shader tests, for one event.
    bool shows(T start, T end, std::uint32_t category, bool passes_filter) const {
        return passes_filter && shows_category(category) && shows_time(start, end);
    }
};

using ShownRule = ShownRuleOf<UnixSeconds>;
using GpuShownRule = ShownRuleOf<std::int32_t>;

// "No bound" in store times: far enough from any date for the arithmetic on it not to wrap.
constexpr UnixSeconds kNoTimeBefore = LLONG_MIN / 2, kNoTimeAfter = LLONG_MAX / 2;

inline ShownRule shown_rule(const ViewState& view) {
    const TimeWindow& w = view.time;
    bool cumulative = !w.all && view.time_mode == TimeMode::cumulative;
    return {w.all || cumulative ? kNoTimeBefore : w.start, w.all ? kNoTimeAfter : w.end,
            cumulative ? w.start : kNoTimeBefore, view.category_mask};
}

// A time as the GPU buffers hold it: seconds from `epoch`, kept off INT_MIN and INT_MAX,
// which the rule uses for "no bound".
inline std::int32_t seconds_from(UnixSeconds t, UnixSeconds epoch) {
    return static_cast<std::int32_t>(std::clamp<UnixSeconds>(t - epoch, INT_MIN + 1, INT_MAX - 1));
}

// The rule in the GPU's times. An unbounded side stays unbounded (INT_MIN, INT_MAX).
inline GpuShownRule gpu_shown_rule(const ViewState& view, UnixSeconds epoch) {
    ShownRule rule = shown_rule(view);
    auto bound = [&](UnixSeconds t) {
        return t == kNoTimeBefore ? INT_MIN : t == kNoTimeAfter ? INT_MAX : seconds_from(t, epoch);
    };
    return {bound(rule.from), bound(rule.until), bound(rule.fade_before), rule.category_mask};
}

}  // namespace chronomap
