#include "core/time/wild_date.h"

#include "core/text/ascii_text.h"
#include "core/text/quoted.h"
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace chronomap {
namespace {

constexpr std::string_view kAccepted =
    "write 2017-10-04, 04 October 2017, 4-Oct-17, 10/04/2017 with --date-order, 20171004 or an "
    "Excel date number";

WildDate failure(std::string_view text, std::string_view what, bool ambiguous = false) {
    WildDate out;
    out.stamp.error = "invalid date " + quoted_excerpt(text) + ": " + std::string(what);
    out.ambiguous = ambiguous;
    return out;
}

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int value = 0;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

// English and French month names and their usual abbreviations ("Oct", "oct.", "octobre").
int month_from_name(std::string_view word) {
    std::string w = ascii_lower(word);
    while (!w.empty() && w.back() == '.') w.pop_back();
    static const std::array<std::vector<std::string_view>, 12> kNames{{
        {"january", "jan", "janvier", "janv"},
        {"february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev"},
        {"march", "mar", "mars"},
        {"april", "apr", "avril", "avr"},
        {"may", "mai"},
        {"june", "jun", "juin"},
        {"july", "jul", "juillet", "juil"},
        {"august", "aug", "août", "aout"},
        {"september", "sep", "sept", "septembre"},
        {"october", "oct", "octobre"},
        {"november", "nov", "novembre"},
        {"december", "dec", "décembre", "decembre", "déc"},
    }};
    for (size_t m = 0; m < kNames.size(); ++m)
        for (std::string_view name : kNames[m])
            if (w == name) return static_cast<int>(m) + 1;
    return 0;
}

// Two-digit years as POSIX strptime reads them: 69-99 are 1969-1999, 00-68 are 2000-2068.
int full_year(std::string_view digits) {
    int y = to_int(digits);
    if (digits.size() == 2) return y < 69 ? 2000 + y : 1900 + y;
    return y;
}

// Hands the date to the strict ISO reader, which checks it (no 30 February).
WildDate iso(std::string_view original, int year, int month, int day, std::string_view time = {}) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    std::string text = buffer;
    if (!time.empty()) text += "T" + std::string(time);
    WildDate out;
    out.stamp = parse_time_stamp(text, TimeErrorWording::reason_only);
    // Said once, of the value as written: "day 31 does not exist in 2017-02".
    if (!out.stamp) out.stamp.error = "invalid date " + quoted_excerpt(original) + ": " + out.stamp.error;
    return out;
}

std::vector<std::string_view> split_words(std::string_view text, std::string_view separators) {
    std::vector<std::string_view> words;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || separators.find(text[i]) != std::string_view::npos) {
            if (i > start) words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

// A midnight written by a database export ("2017-10-04 00:00:00.000") is a date, not a
// minute: UCDP and spreadsheet exports add it to every day.
std::string_view drop_export_midnight(std::string_view text) {
    for (std::string_view tail : {" 00:00:00.000", " 00:00:00", "T00:00:00.000", "T00:00:00"}) {
        if (text.size() > tail.size() && text.ends_with(tail) && (text.size() - tail.size() == 10))
            return text.substr(0, text.size() - tail.size());
    }
    return text;
}

}  // namespace

Parsed<TimeStamp> excel_serial_date(double serial) {
    if (!(serial >= 1 && serial < 2958466))  // 9999-12-31
        return {std::nullopt, "an Excel date number must be between 1 and 2958465"};
    double whole = std::floor(serial);
    // Day 60 is Excel's 1900-02-29, which never was; later days are one ahead of the calendar.
    std::int64_t days_since_1899_12_30 = static_cast<std::int64_t>(whole) + (whole < 60 ? 1 : 0);
    std::int64_t unix_days = days_since_1899_12_30 - 25569;  // 1899-12-30 -> 1970-01-01
    TimeStamp stamp;
    stamp.start = unix_days * 86400;
    stamp.precision = TimePrecision::day;
    stamp.end = stamp.start + 86400;
    if (double fraction = serial - whole; fraction > 0) {
        auto minutes = static_cast<std::int64_t>(std::llround(fraction * 1440));
        stamp.start += minutes * 60;
        stamp.end = stamp.start + 60;
        stamp.precision = TimePrecision::minute;
    }
    return {stamp, {}};
}

WildDate parse_wild_date(std::string_view original, DateOrder order) {
    std::string_view text = original;
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty()) return failure(original, "it is empty");
    text = drop_export_midnight(text);

    // 20171004 (GDELT's SQLDATE), and Excel day numbers (5 digits: 1927 to 2173).
    if (is_digits(text) && text.size() == 8)
        return iso(original, to_int(text.substr(0, 4)), to_int(text.substr(4, 2)),
                   to_int(text.substr(6, 2)));
    if (text.size() >= 5 && std::isdigit(static_cast<unsigned char>(text[0]))) {
        double serial = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), serial);
        size_t integer_digits =
            text.find('.') == std::string_view::npos ? text.size() : text.find('.');
        if (error == std::errc{} && end == text.data() + text.size() && integer_digits == 5) {
            WildDate out;
            out.stamp = excel_serial_date(serial);
            if (!out.stamp)
                out.stamp.error = "invalid date " + quoted_excerpt(original) + ": " + out.stamp.error;
            return out;
        }
    }

    // ISO 8601 as chronomap writes it: 2017, 2017-10, 2017-10-04, 2017-10-04T13:05Z ...
    if (text.size() >= 4 && is_digits(text.substr(0, 4)) && (text.size() == 4 || text[4] == '-')) {
        WildDate out;
        out.stamp = parse_time_stamp(text, TimeErrorWording::reason_only);
        if (!out.stamp)
            out.stamp.error = "invalid date " + quoted_excerpt(original) + ": " + out.stamp.error;
        return out;
    }
    // 2017/10/04 and 2017/10/04 13:05:00 (how GDAL writes dates of spreadsheets, GeoPackages).
    if (text.size() >= 10 && is_digits(text.substr(0, 4)) && text[4] == '/' && text[7] == '/') {
        std::string dashed(text);
        dashed[4] = dashed[7] = '-';
        // GDAL writes a zone as "+00"; the ISO reader wants "+00:00".
        if (dashed.size() > 19 &&
            (dashed[dashed.size() - 3] == '+' || dashed[dashed.size() - 3] == '-'))
            dashed += ":00";
        WildDate out;
        out.stamp = parse_time_stamp(dashed, TimeErrorWording::reason_only);
        if (!out.stamp)
            out.stamp.error = "invalid date " + quoted_excerpt(original) + ": " + out.stamp.error;
        return out;
    }

    std::vector<std::string_view> parts = split_words(text, " -/.,");
    // "October 2017", "Oct 2017": a month.
    if (parts.size() == 2 && month_from_name(parts[0]) && is_digits(parts[1]) &&
        parts[1].size() == 4) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", to_int(parts[1]),
                      month_from_name(parts[0]));
        WildDate out;
        out.stamp = parse_time_stamp(buffer, TimeErrorWording::reason_only);
        if (!out.stamp)
            out.stamp.error = "invalid date " + quoted_excerpt(original) + ": " + out.stamp.error;
        return out;
    }
    if (parts.size() != 3)
        return failure(original, "not a date chronomap knows; " + std::string(kAccepted));

    // "04 October 2017", "4-Oct-17", "October 4, 2017".
    if (int month = month_from_name(parts[1]); month && is_digits(parts[0]) && is_digits(parts[2]))
        return iso(original, full_year(parts[2]), month, to_int(parts[0]));
    if (int month = month_from_name(parts[0]); month && is_digits(parts[1]) && is_digits(parts[2]))
        return iso(original, full_year(parts[2]), month, to_int(parts[1]));

    // "10/04/2017", "10.04.2017", "10-04-17": day and month in an order only the user knows,
    // unless one of them is above 12 or both are the same.
    if (is_digits(parts[0]) && is_digits(parts[1]) && is_digits(parts[2]) && parts[0].size() <= 2 &&
        parts[1].size() <= 2 && (parts[2].size() == 4 || parts[2].size() == 2)) {
        int a = to_int(parts[0]), b = to_int(parts[1]), year = full_year(parts[2]);
        DateOrder resolved = order;
        if (a > 12 && b <= 12)
            resolved = DateOrder::dmy;
        else if (b > 12 && a <= 12)
            resolved = DateOrder::mdy;
        else if (a == b)
            resolved = DateOrder::dmy;
        if (resolved == DateOrder::unknown)
            return failure(
                original, "the day and the month could be either way round (4 October or 10 April)",
                /*ambiguous=*/true);
        return resolved == DateOrder::dmy ? iso(original, year, b, a) : iso(original, year, a, b);
    }
    return failure(original, "not a date chronomap knows; " + std::string(kAccepted));
}

}  // namespace chronomap
