// A window's events as ranges of the time indexes (postgis_schema.h), so that each query part
// reads only the index entries it needs, whatever the table size:
//  - events that start in the day before the window (or in it) and end after its start: the
//    covering index, from a day before the window;
//  - events that start earlier still and reach into the window: spans of more than a day,
//    read from the partial index of long events (a few percent of the rows), not from every
//    entry of the longest span before the window;
//  - when a summary counts the window's whole hours or days, only the partial buckets at its
//    two ends.
#pragma once

#include <string>
#include <vector>

#include "core/sources/event_source.h"

namespace chronomap::postgis {

// One range: a WHERE clause on the time columns (its values appended to the caller's list),
// whose rows count `sign` times: -1 for instants at the window's start, which a summary whose
// whole buckets begin there counts but which are not in the window (they end at its start).
struct TimeRange {
    std::string where;
    int sign = 1;
};

// The events overlapping [query.start, query.end) (either end may be unbounded), except those
// starting in [whole_start, whole_end): the buckets a summary counts (hours or days; within the
// window; an unbounded end of the window may stay unbounded there). whole_start >= whole_end:
// none, every event of the window is in the ranges. `longest_span`: no event is longer.
std::vector<TimeRange> window_time_ranges(const SourceQuery& query, long long longest_span, UnixSeconds whole_start,
                                          UnixSeconds whole_end, std::vector<std::string>& values);

// The same for every event of the window.
std::vector<TimeRange> window_time_ranges(const SourceQuery& query, long long longest_span,
                                          std::vector<std::string>& values);

// The first and last whole buckets of `seconds` in the window, as a summary counts them:
// [first, end) with first >= query.start and end <= query.end; an unbounded end stays so.
// first >= end when no whole bucket fits.
struct WholeBuckets {
    UnixSeconds first = 0, end = 0;
};
WholeBuckets whole_buckets(const SourceQuery& query, long long seconds);

// Rows of `ranges` as one FROM source: each range's `select` (the columns, before FROM) over
// `table` (quoted) where the range holds and `also` (an extra condition, or ""), with a column
// "sign" (1 or -1), combined with UNION ALL: each range stays one index scan. No range: a
// source of no rows.
std::string union_of_ranges(const std::vector<TimeRange>& ranges, const std::string& select, const std::string& table,
                            const std::string& also);

}  // namespace chronomap::postgis
