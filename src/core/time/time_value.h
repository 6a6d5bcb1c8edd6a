// Event times as people write them: "2017", "2017-10", "2017-10-04", "2017-10-04T13:05Z",
// or a span between two of those. A stamp covers the whole unit it names: "2017-10" is
// all of October, not the 1st, and the precision is kept so it can be shown as written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// Seconds since 1970-01-01T00:00:00Z.
using UnixSeconds = std::int64_t;
inline constexpr UnixSeconds kMinute = 60, kHour = 3600, kDay = 86400;

enum class TimePrecision : std::uint8_t { year, month, day, hour, minute, second };
inline constexpr int kTimePrecisionCount = 6;

std::string_view precision_name(TimePrecision precision);

// One written time: it covers [start, end) at its precision.
struct TimeStamp {
    UnixSeconds start = 0;
    UnixSeconds end = 0;  // exclusive
    TimePrecision precision = TimePrecision::day;
};

// The time of an event: a single stamp, or a span from one stamp to another.
struct TimeValue {
    UnixSeconds start = 0;  // inclusive
    UnixSeconds end = 0;    // exclusive
    TimePrecision start_precision = TimePrecision::day;
    TimePrecision end_precision = TimePrecision::day;
    bool is_span = false;  // written as {"start": ..., "end": ...}

    bool overlaps(UnixSeconds window_start, UnixSeconds window_end) const {
        return start < window_end && end > window_start;
    }
    static TimeValue from_stamp(const TimeStamp& stamp);
};

template <class T>
struct Parsed {
    std::optional<T> value;
    std::string error;  // what is wrong, for a user; empty when value is set
    explicit operator bool() const { return value.has_value(); }
};

// ISO 8601 subset: YYYY, YYYY-MM, YYYY-MM-DD, then optionally THH, THH:MM, THH:MM:SS,
// with Z or +HH:MM / -HH:MM (no zone means UTC). A space may stand for the T.
// The error quotes the text and lists the forms: `invalid time "2017-13-45": month 13 does not
// exist (write YYYY, ...)`. With `reason_only`, it is only the reason ("month 13 does not
// exist"), for callers that quote the value in their own words (dates read from a table).
enum class TimeErrorWording { full, reason_only };
Parsed<TimeStamp> parse_time_stamp(std::string_view text,
                                   TimeErrorWording wording = TimeErrorWording::full);

// Two stamps as a span; the end must not come before the start.
Parsed<TimeValue> make_time_span(const TimeStamp& start, const TimeStamp& end);

// "2017-10" for a month-precision instant; UTC, with "Z" once hours are shown.
std::string format_time(UnixSeconds instant, TimePrecision precision);
// The last unit a stamp covers, as written: the end of "2017-10" prints "2017-10".
std::string format_time_end(UnixSeconds exclusive_end, TimePrecision precision);
// "2017-10-04", or "2015-08 – 2016-04" for a span.
std::string format_time_value(const TimeValue& value);

// Days since 1970-01-01 for a proleptic Gregorian date (no validation).
std::int64_t days_from_civil(int year, unsigned month, unsigned day);

}  // namespace chronomap
