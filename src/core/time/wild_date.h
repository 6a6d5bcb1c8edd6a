// Dates as found in the files people already hold: "2017-10-04", "04 October 2017",
// "4-Oct-17", "10/04/2017", "20171004", "2017/10/04 13:05:00", Excel serial numbers.
// The precision written is kept ("October 2017" is a month, not the 1st).
#pragma once

#include <string_view>

#include "core/time/time_value.h"

namespace chronomap {

// How to read "10/04/2017", where either number could be the month.
enum class DateOrder { unknown, dmy, mdy };

struct WildDate {
    Parsed<TimeStamp> stamp;
    bool ambiguous = false;  // day/month order unknown: the error says to pass --date-order
};

// Reads one date; the error, when there is one, quotes the text and says what is accepted.
WildDate parse_wild_date(std::string_view text, DateOrder order = DateOrder::unknown);

// Excel's day number (1900 date system, with its fictitious 1900-02-29) as a stamp:
// whole numbers are days, a fraction is a time of day (minute precision).
Parsed<TimeStamp> excel_serial_date(double serial);

}  // namespace chronomap
