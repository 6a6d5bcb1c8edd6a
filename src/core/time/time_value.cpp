#include "core/time/time_value.h"

#include "core/text/quoted.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace chronomap {
namespace {

constexpr UnixSeconds kSecondsPerDay = 86400;

// Reads exactly `digits` ASCII digits at `pos`.
std::optional<int> read_digits(std::string_view text, size_t pos, size_t digits) {
    if (pos + digits > text.size()) return std::nullopt;
    int value = 0;
    for (size_t i = pos; i < pos + digits; ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string format_error(std::string_view text, std::string_view what) {
    return "invalid time " + quoted_excerpt(text) + ": " + std::string(what) +
           " (write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])";
}

UnixSeconds add_months(int year, int month, int count) {
    int index = year * 12 + (month - 1) + count;
    int y = index / 12;
    int m = index % 12 + 1;
    return days_from_civil(y, static_cast<unsigned>(m), 1) * kSecondsPerDay;
}

}  // namespace

std::string_view precision_name(TimePrecision precision) {
    switch (precision) {
        case TimePrecision::year: return "year";
        case TimePrecision::month: return "month";
        case TimePrecision::day: return "day";
        case TimePrecision::hour: return "hour";
        case TimePrecision::minute: return "minute";
        case TimePrecision::second: return "second";
    }
    return "?";
}

std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}}
        .time_since_epoch()
        .count();
}

TimeValue TimeValue::from_stamp(const TimeStamp& stamp) {
    return TimeValue{stamp.start, stamp.end, stamp.precision, stamp.precision, false};
}

Parsed<TimeStamp> parse_time_stamp(std::string_view text, TimeErrorWording wording) {
    auto fail = [&](std::string_view what) {
        return Parsed<TimeStamp>{std::nullopt, wording == TimeErrorWording::full
                                                   ? format_error(text, what)
                                                   : std::string(what)};
    };
    if (text.empty()) return fail("it is empty");
    auto year = read_digits(text, 0, 4);
    if (!year) return fail("it must start with a four-digit year");
    if (*year == 0) return fail("there is no year 0");
    size_t pos = 4;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0;
    TimePrecision precision = TimePrecision::year;

    if (pos < text.size()) {
        if (text[pos] != '-') return fail("expected '-' after the year");
        auto m = read_digits(text, pos + 1, 2);
        if (!m || (pos + 3 < text.size() && text[pos + 3] != '-'))
            return fail("the month must be two digits, 01 to 12");
        if (*m < 1 || *m > 12) return fail("month " + std::to_string(*m) + " does not exist");
        month = *m;
        precision = TimePrecision::month;
        pos += 3;
    }
    if (pos < text.size()) {
        auto d = read_digits(text, pos + 1, 2);
        if (!d) return fail("the day must be two digits");
        day = *d;
        auto ymd = std::chrono::year{*year} / std::chrono::month{static_cast<unsigned>(month)} /
                   std::chrono::day{static_cast<unsigned>(day)};
        if (!ymd.ok())
            return fail("day " + std::to_string(day) + " does not exist in " +
                        std::string(text.substr(0, 7)));
        precision = TimePrecision::day;
        pos += 3;
    }
    UnixSeconds zone_offset = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
            return fail("expected 'T' between the date and the time of day");
        auto h = read_digits(text, pos + 1, 2);
        if (!h || *h > 23) return fail("the hour must be two digits, 00 to 23");
        hour = *h;
        precision = TimePrecision::hour;
        pos += 3;
        if (pos < text.size() && text[pos] == ':') {
            auto mi = read_digits(text, pos + 1, 2);
            if (!mi || *mi > 59) return fail("the minutes must be two digits, 00 to 59");
            minute = *mi;
            precision = TimePrecision::minute;
            pos += 3;
            if (pos < text.size() && text[pos] == ':') {
                auto s = read_digits(text, pos + 1, 2);
                if (!s || *s > 60) return fail("the seconds must be two digits, 00 to 59");
                second = *s == 60 ? 59 : *s;  // a leap second is kept inside its minute
                precision = TimePrecision::second;
                pos += 3;
                // Fractions of a second are accepted and dropped: seconds are our finest unit.
                if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
                    ++pos;
                    size_t digits_start = pos;
                    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
                    if (pos == digits_start) return fail("expected digits after the decimal point");
                }
            }
        }
        if (pos < text.size()) {
            char z = text[pos];
            if ((z == 'Z' || z == 'z') && pos + 1 == text.size()) {
                pos += 1;
            } else if (z == '+' || z == '-') {
                auto zh = read_digits(text, pos + 1, 2);
                size_t minutes_at = pos + 3;
                if (minutes_at < text.size() && text[minutes_at] == ':') ++minutes_at;
                auto zm = read_digits(text, minutes_at, 2);
                if (!zh || !zm || *zh > 14 || *zm > 59 || minutes_at + 2 != text.size())
                    return fail("the time zone must be Z or +HH:MM / -HH:MM");
                zone_offset = (*zh * 3600 + *zm * 60) * (z == '+' ? 1 : -1);
                // An hour in a half-hour zone is no whole hour in UTC: it could not be written
                // back as it was read (found by fuzzing).
                if (precision == TimePrecision::hour && *zm != 0)
                    return fail("an hour without minutes cannot have a time zone of " + std::to_string(*zh) + ":" +
                                (*zm < 10 ? "0" : "") + std::to_string(*zm) + "; write the minutes, e.g. T13:00" +
                                std::string(text.substr(pos)));
                pos = text.size();
            } else {
                return fail("unexpected text after the time of day; a time zone is written Z or +HH:MM");
            }
        }
    } else if (pos != text.size()) {
        return fail("unexpected text after the date");
    }
    if (pos != text.size()) return fail("unexpected text at the end");

    UnixSeconds start = days_from_civil(*year, static_cast<unsigned>(month),
                                        static_cast<unsigned>(day)) *
                            kSecondsPerDay +
                        hour * 3600 + minute * 60 + second - zone_offset;
    UnixSeconds end = start;
    switch (precision) {
        case TimePrecision::year: end = add_months(*year, 1, 12); break;
        case TimePrecision::month: end = add_months(*year, month, 1); break;
        case TimePrecision::day: end = start + kSecondsPerDay; break;
        case TimePrecision::hour: end = start + 3600; break;
        case TimePrecision::minute: end = start + 60; break;
        case TimePrecision::second: end = start + 1; break;
    }
    return {TimeStamp{start, end, precision}, {}};
}

Parsed<TimeValue> make_time_span(const TimeStamp& start, const TimeStamp& end) {
    if (end.end <= start.start) {
        return {std::nullopt, "the span ends (" + format_time_end(end.end, end.precision) +
                                  ") before it starts (" +
                                  format_time(start.start, start.precision) +
                                  "): swap \"start\" and \"end\""};
    }
    return {TimeValue{start.start, end.end, start.precision, end.precision, true}, {}};
}

std::string format_time(UnixSeconds instant, TimePrecision precision) {
    using namespace std::chrono;
    auto days = sys_days{std::chrono::days{instant >= 0 ? instant / kSecondsPerDay
                                                        : -((-instant + kSecondsPerDay - 1) /
                                                            kSecondsPerDay)}};
    UnixSeconds seconds_of_day = instant - days.time_since_epoch().count() * kSecondsPerDay;
    year_month_day ymd{days};
    char buffer[40];
    int y = static_cast<int>(ymd.year());
    unsigned mo = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
    int h = static_cast<int>(seconds_of_day / 3600), mi = static_cast<int>(seconds_of_day / 60 % 60),
        s = static_cast<int>(seconds_of_day % 60);
    switch (precision) {
        case TimePrecision::year: std::snprintf(buffer, sizeof buffer, "%04d", y); break;
        case TimePrecision::month: std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, mo); break;
        case TimePrecision::day:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, mo, d);
            break;
        case TimePrecision::hour:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02dZ", y, mo, d, h);
            break;
        case TimePrecision::minute:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02dZ", y, mo, d, h, mi);
            break;
        case TimePrecision::second:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, mo, d, h, mi,
                          s);
            break;
    }
    return buffer;
}

std::string format_time_end(UnixSeconds exclusive_end, TimePrecision precision) {
    return format_time(exclusive_end - 1, precision);
}

std::string format_time_value(const TimeValue& value) {
    std::string start = format_time(value.start, value.start_precision);
    if (!value.is_span) return start;
    return start + " – " + format_time_end(value.end, value.end_precision);
}

}  // namespace chronomap
