#include "core/timeline/animation.h"

#include <charconv>

namespace chronomap {

Parsed<UnixSeconds> parse_duration(std::string_view text) {
    long long count = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
    std::string_view unit(ptr, static_cast<size_t>(text.data() + text.size() - ptr));
    UnixSeconds seconds = 0;
    if (unit == "s")
        seconds = 1;
    else if (unit == "min")
        seconds = 60;
    else if (unit == "h")
        seconds = 3600;
    else if (unit == "d")
        seconds = 86400;
    else if (unit == "w")
        seconds = 7 * 86400;
    if (ec != std::errc{} || count <= 0 || seconds == 0 || count > 100000)
        return {
            std::nullopt,
            "\"" + std::string(text) +
                "\" is not a duration; write a whole number and s, min, h, d or w, e.g. 1d or 12h"};
    return {count * seconds, {}};
}

size_t animation_frame_count(const AnimationPlan& plan) {
    if (plan.to <= plan.from || plan.step <= 0) return 1;
    return static_cast<size_t>((plan.to - plan.from + plan.step - 1) / plan.step);
}

TimeWindow animation_window(const AnimationPlan& plan, size_t k) {
    UnixSeconds end = plan.from + static_cast<UnixSeconds>(k + 1) * plan.step;
    return {false, end - std::max(plan.window, plan.step), end};
}

std::string animation_date_label(const AnimationPlan& plan, size_t k, DateLanguage language) {
    UnixSeconds current = plan.from + static_cast<UnixSeconds>(k) * plan.step;
    bool whole_days = plan.step % 86400 == 0 && plan.from % 86400 == 0;
    return format_date(current, whole_days ? TimePrecision::day : TimePrecision::minute, language);
}

}  // namespace chronomap
