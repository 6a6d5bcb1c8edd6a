// libFuzzer target: the ISO 8601 time parser (core/time/time_value.h) and the wild date parser
// of the importers (core/time/wild_date.h). A parsed stamp covers a non-empty interval,
// and what it prints reads back as the same stamp.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/time/wild_date.h"
#include "core/time/time_value.h"
#include "fuzz_check.h"

using namespace chronomap;

namespace {

void check_stamp(const Parsed<TimeStamp>& parsed) {
    if (!parsed) {
        FUZZ_CHECK(!parsed.error.empty());
        return;
    }
    const TimeStamp& stamp = *parsed.value;
    FUZZ_CHECK(stamp.start < stamp.end);
    std::string written = format_time(stamp.start, stamp.precision);
    Parsed<TimeStamp> again = parse_time_stamp(written);
    FUZZ_CHECK(again.value.has_value());
    FUZZ_CHECK(again.value->start == stamp.start);
    FUZZ_CHECK(again.value->end == stamp.end);
    FUZZ_CHECK(again.value->precision == stamp.precision);
    FUZZ_CHECK(format_time_end(stamp.end, stamp.precision) == written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Parsed<TimeStamp> iso = parse_time_stamp(text);
    check_stamp(iso);
    for (DateOrder order : {DateOrder::unknown, DateOrder::dmy, DateOrder::mdy}) {
        WildDate wild = parse_wild_date(text, order);
        check_stamp(wild.stamp);
        if (wild.ambiguous) FUZZ_CHECK(!wild.stamp);
    }
    // A span from this stamp to itself, and to a second stamp after a '/'.
    if (iso) {
        auto span = make_time_span(*iso.value, *iso.value);
        FUZZ_CHECK(span.value.has_value());
        (void)format_time_value(*span.value);
    }
    if (size_t slash = text.find('/'); slash != std::string_view::npos) {
        auto a = parse_time_stamp(text.substr(0, slash));
        auto b = parse_time_stamp(text.substr(slash + 1));
        if (a && b) {
            auto span = make_time_span(*a.value, *b.value);
            if (span) {
                FUZZ_CHECK(span.value->start < span.value->end);
                (void)format_time_value(*span.value);
            }
        }
    }
    // Numbers as Excel stores dates.
    if (size == sizeof(double)) {
        double serial;
        __builtin_memcpy(&serial, data, sizeof serial);
        check_stamp(excel_serial_date(serial));
    }
    return 0;
}
