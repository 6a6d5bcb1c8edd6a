#include "core/timeline/time_labels.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "core/i18n/language.h"
#include "core/time/time_value.h"

namespace chronomap {
namespace {
constexpr double kMonth = 30.436875 * kDay, kYear = 365.2425 * kDay;

constexpr std::array<const char*, 12> kFrenchMonths = {"janv.", "févr.", "mars", "avr.",  "mai",  "juin",
                                                       "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
constexpr std::array<const char*, 12> kEnglishMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Civil {
    int year = 1970;
    unsigned month = 1, day = 1;  // 1-based
    int hour = 0, minute = 0;
};

Civil civil_of(UnixSeconds t) {
    using namespace std::chrono;
    auto days_since = static_cast<int>(std::floor(static_cast<double>(t) / kDay));
    year_month_day ymd{sys_days{days{days_since}}};
    UnixSeconds of_day = t - static_cast<UnixSeconds>(days_since) * kDay;
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
            static_cast<int>(of_day / kHour), static_cast<int>(of_day % kHour / 60)};
}

UnixSeconds instant_of(int year, unsigned month, unsigned day, int hour = 0) {
    // Months past December roll over into the next year.
    year += static_cast<int>((month - 1) / 12), month = (month - 1) % 12 + 1;
    return days_from_civil(year, month, day) * kDay + hour * kHour;
}

std::string month_name(unsigned month, DateLanguage language) {
    return language == DateLanguage::fr ? kFrenchMonths[month - 1] : kEnglishMonths[month - 1];
}

std::string two_digits(int n) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", n);
    return buffer;
}

std::string day_month(const Civil& c, DateLanguage language) {
    if (language == DateLanguage::iso) return two_digits(static_cast<int>(c.month)) + "-" + two_digits(static_cast<int>(c.day));
    return std::to_string(c.day) + " " + month_name(c.month, language);
}

std::string month_year(const Civil& c, DateLanguage language) {
    if (language == DateLanguage::iso) return std::to_string(c.year) + "-" + two_digits(static_cast<int>(c.month));
    return month_name(c.month, language) + " " + std::to_string(c.year);
}

std::string hour_minute(const Civil& c) { return two_digits(c.hour) + ":" + two_digits(c.minute); }

}  // namespace

DateLanguage parse_date_language(std::string_view lang) {
    std::string primary(lang.substr(0, lang.find_first_of("-_")));
    for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (primary == "fr") return DateLanguage::fr;
    if (primary == "en") return DateLanguage::en;
    return DateLanguage::iso;
}

DateLanguage date_language_of(const EventStore& store) { return display_language(store); }

std::string format_date(UnixSeconds t, TimePrecision precision, DateLanguage language) {
    if (language == DateLanguage::iso) return format_time(t, precision);
    Civil c = civil_of(t);
    switch (precision) {
        case TimePrecision::year: return std::to_string(c.year);
        case TimePrecision::month: return month_year(c, language);
        case TimePrecision::day: return day_month(c, language) + " " + std::to_string(c.year);
        default: return day_month(c, language) + " " + std::to_string(c.year) + " " + hour_minute(c);
    }
}

std::string format_window(const TimeWindow& window, DateLanguage language) {
    if (window.all) return language == DateLanguage::fr ? "toutes les dates" : "all dates";
    if (language == DateLanguage::iso) return format_time_window(window);
    bool whole_days = window.start % kDay == 0 && window.end % kDay == 0;
    if (!whole_days && window.end - window.start >= kDay) {
        // A window of a day or more said to the minute ("12 mai 2017 16:46 – 19 mai 2017 16:46")
        // is noise: said by the days it touches.
        UnixSeconds first = window.start - ((window.start % kDay) + kDay) % kDay;
        UnixSeconds last = window.end - 1 - ((window.end - 1) % kDay + kDay) % kDay;
        return format_window({false, first, last + kDay}, language);
    }
    Civil a = civil_of(window.start);
    if (!whole_days) {
        Civil b = civil_of(window.end);
        std::string start = format_date(window.start, TimePrecision::minute, language);
        bool same_day = a.year == b.year && a.month == b.month && a.day == b.day;
        return start + " – " + (same_day ? hour_minute(b) : format_date(window.end, TimePrecision::minute, language));
    }
    Civil last = civil_of(window.end - kDay);  // the last day shown
    if (window.end - window.start <= kDay) return format_date(window.start, TimePrecision::day, language);
    std::string end = format_date(window.end - kDay, TimePrecision::day, language);
    if (a.year != last.year) return format_date(window.start, TimePrecision::day, language) + " – " + end;
    if (a.month != last.month) return day_month(a, language) + " – " + end;
    return std::to_string(a.day) + " – " + end;
}

// [SECTION] ticks

namespace {
enum class UnitKind { hours, days, months, years };
struct Unit {
    UnitKind kind;
    int count;
    double seconds() const {
        switch (kind) {
            case UnitKind::hours: return static_cast<double>(count * kHour);
            case UnitKind::days: return static_cast<double>(count * kDay);
            case UnitKind::months: return count * kMonth;
            case UnitKind::years: return count * kYear;
        }
        return 1;
    }
};
constexpr Unit kUnits[] = {{UnitKind::hours, 1},  {UnitKind::hours, 3},  {UnitKind::hours, 6},  {UnitKind::hours, 12},
                           {UnitKind::days, 1},   {UnitKind::days, 2},   {UnitKind::days, 7},   {UnitKind::months, 1},
                           {UnitKind::months, 3}, {UnitKind::months, 6}, {UnitKind::years, 1},  {UnitKind::years, 2},
                           {UnitKind::years, 5},  {UnitKind::years, 10}, {UnitKind::years, 20}, {UnitKind::years, 50},
                           {UnitKind::years, 100}};

TimeTick tick_at(UnixSeconds at, const Unit& unit, DateLanguage language) {
    Civil c = civil_of(at);
    switch (unit.kind) {
        case UnitKind::hours:
            if (c.hour == 0) return {at, day_month(c, language), true};
            return {at, hour_minute(c), false};
        case UnitKind::days:
            if (c.day == 1) return {at, month_year(c, language), true};
            return {at, language == DateLanguage::iso ? day_month(c, language) : std::to_string(c.day), false};
        case UnitKind::months:
            if (c.month == 1) return {at, std::to_string(c.year), true};
            return {at, language == DateLanguage::iso ? month_year(c, language) : month_name(c.month, language), false};
        case UnitKind::years: return {at, std::to_string(c.year), c.year % (unit.count * 5) == 0};
    }
    return {at, "", false};
}
}  // namespace

std::vector<TimeTick> time_ticks(UnixSeconds t0, UnixSeconds t1, double pixels, DateLanguage language,
                                 double min_spacing) {
    std::vector<TimeTick> ticks;
    if (t1 <= t0 || pixels <= 0) return ticks;
    double seconds_per_pixel = static_cast<double>(t1 - t0) / pixels;
    const Unit* unit = &kUnits[std::size(kUnits) - 1];
    for (const Unit& u : kUnits)
        if (u.seconds() / seconds_per_pixel >= min_spacing) {
            unit = &u;
            break;
        }
    Civil c = civil_of(t0);
    auto push = [&](UnixSeconds at) {
        if (at >= t0 && at < t1) ticks.push_back(tick_at(at, *unit, language));
    };
    constexpr size_t kMaxTicks = 400;  // a guard: the unit choice keeps far fewer
    switch (unit->kind) {
        case UnitKind::hours: {
            UnixSeconds step = unit->count * kHour;
            for (UnixSeconds at = (t0 / step) * step; at < t1 && ticks.size() < kMaxTicks; at += step) push(at);
            break;
        }
        case UnitKind::days: {
            // Days of the month (1, 3, 5 ... or 1, 8, 15, 22), so each month starts with a tick.
            for (UnixSeconds day = instant_of(c.year, c.month, 1); day < t1 && ticks.size() < kMaxTicks; day += kDay) {
                Civil d = civil_of(day);
                bool on = unit->count == 1 || (unit->count == 2 && d.day % 2 == 1 && d.day < 31) ||
                          (unit->count == 7 && (d.day - 1) % 7 == 0 && d.day < 29);
                if (on) push(day);
            }
            break;
        }
        case UnitKind::months: {
            for (unsigned m = 1;; ++m) {
                UnixSeconds at = instant_of(c.year, m, 1);
                if (at >= t1 || ticks.size() >= kMaxTicks) break;
                if ((m - 1) % static_cast<unsigned>(unit->count) == 0) push(at);
            }
            break;
        }
        case UnitKind::years: {
            int first = c.year - ((c.year % unit->count) + unit->count) % unit->count;
            for (int y = first;; y += unit->count) {
                UnixSeconds at = instant_of(y, 1, 1);
                if (at >= t1 || ticks.size() >= kMaxTicks) break;
                push(at);
            }
            break;
        }
    }
    return ticks;
}

UnixSeconds nice_duration(UnixSeconds seconds) {
    static constexpr UnixSeconds kSteps[] = {kHour,     3 * kHour,  6 * kHour,   12 * kHour,  kDay,
                                             2 * kDay,  7 * kDay,   14 * kDay,   30 * kDay,   91 * kDay,
                                             182 * kDay, 365 * kDay, 730 * kDay, 1826 * kDay, 3652 * kDay};
    for (UnixSeconds step : kSteps)
        if (seconds <= step) return step;
    return kSteps[std::size(kSteps) - 1];
}

std::string format_duration(UnixSeconds seconds, DateLanguage language) {
    bool fr = language == DateLanguage::fr;
    auto plural = [&](long long n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    if (seconds < kDay) return plural(std::max<long long>(1, seconds / kHour), fr ? "heure" : "hour", fr ? "heures" : "hours");
    if (seconds < 28 * kDay) return plural(seconds / kDay, fr ? "jour" : "day", fr ? "jours" : "days");
    if (seconds < 360 * kDay)
        return plural(std::llround(static_cast<double>(seconds) / kMonth), fr ? "mois" : "month", fr ? "mois" : "months");
    return plural(std::llround(static_cast<double>(seconds) / kYear), fr ? "an" : "year", fr ? "ans" : "years");
}

}  // namespace chronomap
