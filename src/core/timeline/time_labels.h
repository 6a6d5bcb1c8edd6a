// Dates as a reader of the file expects them: month names in the file's language where it
// is known (French: "4 oct. 2017"; English: "4 Oct 2017"), ISO 8601 otherwise
// ("2017-10-04"). The timeline's ticks and the window's caption use these.
#pragma once

#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "core/time/time_value.h"
#include "core/map/view_state.h"

namespace chronomap {

enum class DateLanguage : std::uint8_t { iso, en, fr };

// display_language(store) (core/i18n/language.h, where the choice is made and documented).
DateLanguage date_language_of(const EventStore& store);
DateLanguage parse_date_language(std::string_view lang);

// An instant at a precision: "2017" / "oct. 2017" / "4 oct. 2017" / "4 oct. 2017 14:05".
std::string format_date(UnixSeconds t, TimePrecision precision, DateLanguage language);
// A time window as people say it: "28 sept. – 4 oct. 2017" (the last day shown).
std::string format_window(const TimeWindow& window, DateLanguage language);

// One labelled mark on the time axis.
struct TimeTick {
    UnixSeconds at = 0;
    std::string label;
    bool major = false;  // starts a larger unit (a year among months): drawn stronger
};

// Ticks for the visible range [t0, t1) drawn over `pixels`, their unit chosen so labels
// are at least `min_spacing` pixels apart, from hours to centuries.
std::vector<TimeTick> time_ticks(UnixSeconds t0, UnixSeconds t1, double pixels, DateLanguage language,
                                 double min_spacing = 90);

// Seconds in a "nice" step near `seconds` (1 h, 6 h, 1 d, 7 d, 1 month ~ 30 d, 1 y ~ 365 d ...),
// for the timeline's bins and playback speeds.
UnixSeconds nice_duration(UnixSeconds seconds);
// "1 day", "7 days", "1 month", "1 year", in the language ("1 jour", "1 mois", "1 an").
std::string format_duration(UnixSeconds seconds, DateLanguage language);

}  // namespace chronomap
