#include "core/time/wild_date.h"

#include <doctest/doctest.h>

#include "test_helpers.h"

using namespace chronomap;

namespace {

// "2017-10-04 (day)" for a good date, the error otherwise.
std::string read(std::string_view text, DateOrder order = DateOrder::unknown) {
    WildDate date = parse_wild_date(text, order);
    if (!date.stamp) return date.stamp.error;
    const TimeStamp& s = *date.stamp.value;
    return format_time(s.start, s.precision) + " (" + std::string(precision_name(s.precision)) +
           ")";
}

}  // namespace

TEST_CASE("dates as ACLED, UCDP, GDELT and spreadsheets write them") {
    CHECK(read("2017-10-04") == "2017-10-04 (day)");
    CHECK(read("04 October 2017") == "2017-10-04 (day)");
    CHECK(read("4 Oct 2017") == "2017-10-04 (day)");
    CHECK(read("4-Oct-17") == "2017-10-04 (day)");
    CHECK(read("October 4, 2017") == "2017-10-04 (day)");
    CHECK(read("4 octobre 2017") == "2017-10-04 (day)");
    CHECK(read("20171004") == "2017-10-04 (day)");
    CHECK(read("2017/10/04") == "2017-10-04 (day)");
    CHECK(read("2017-10-04 00:00:00.000") == "2017-10-04 (day)");  // UCDP's date_start
    CHECK(read("2017/10/04 00:00:00") == "2017-10-04 (day)");      // GDAL's date-time of a date
    CHECK(read("2017/10/05 13:05:00+00") == "2017-10-05T13:05:00Z (second)");
    CHECK(read("2017-10-04T13:05Z") == "2017-10-04T13:05Z (minute)");
    CHECK(read("October 2017") == "2017-10 (month)");
    CHECK(read("2017-10") == "2017-10 (month)");
    CHECK(read("2017") == "2017 (year)");
    CHECK(read(" 2017-10-04 ") == "2017-10-04 (day)");
}

TEST_CASE("Excel serial dates, with Excel's 1900 leap-year bug") {
    CHECK(read("43012") == "2017-10-04 (day)");
    CHECK(read("43012.5") == "2017-10-04T12:00Z (minute)");
    auto day_61 = excel_serial_date(61);  // 1900-03-01: past the day that never was
    REQUIRE(day_61);
    CHECK(format_time(day_61.value->start, TimePrecision::day) == "1900-03-01");
    CHECK_FALSE(excel_serial_date(0));
}

TEST_CASE("day and month: decided by the values, by --date-order, or reported") {
    CHECK(read("25/10/2017") == "2017-10-25 (day)");  // 25 cannot be a month
    CHECK(read("10/25/2017") == "2017-10-25 (day)");
    CHECK(read("05/05/2017") == "2017-05-05 (day)");  // same either way
    CHECK(read("10/04/2017", DateOrder::dmy) == "2017-04-10 (day)");
    CHECK(read("10/04/2017", DateOrder::mdy) == "2017-10-04 (day)");
    CHECK(read("10.04.17", DateOrder::dmy) == "2017-04-10 (day)");
    WildDate ambiguous = parse_wild_date("10/04/2017");
    CHECK_FALSE(ambiguous.stamp);
    CHECK(ambiguous.ambiguous);
    CHECK_CONTAINS(ambiguous.stamp.error, "either way round");
}

TEST_CASE("dates that do not exist or are not dates are refused, quoted back") {
    CHECK_CONTAINS(read("31 Septober 2017"), "invalid date \"31 Septober 2017\"");
    CHECK(read("30 February 2017") == "invalid date \"30 February 2017\": day 30 does not exist in 2017-02");
    CHECK(read("29/02/2017", DateOrder::dmy) == "invalid date \"29/02/2017\": day 29 does not exist in 2017-02");
    CHECK_CONTAINS(read(""), "empty");
    CHECK_CONTAINS(read("yesterday"), "not a date");
    CHECK_FALSE(parse_wild_date("99999999").stamp);
}

TEST_CASE("a date error says once what is wrong, with the value as written") {
    // Not `invalid date "2017-13-45": invalid time "2017-13-45": ...`: the ISO reader's reason
    // alone, after the value quoted as the file writes it.
    CHECK(read("2017-13-45") == "invalid date \"2017-13-45\": month 13 does not exist");
    CHECK(read("2017/13/45") == "invalid date \"2017/13/45\": month 13 does not exist");
    CHECK(read("2017-10-32 00:00:00") == "invalid date \"2017-10-32 00:00:00\": day 32 does not exist in 2017-10");
    CHECK(read("October 0000") == "invalid date \"October 0000\": there is no year 0");
    CHECK(read("00000000") == "invalid date \"00000000\": there is no year 0");
}
