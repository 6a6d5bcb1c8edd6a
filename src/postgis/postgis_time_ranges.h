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

#include <optional>
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

// The same window with the alive summary (postgis_schema.h, alive_table): its events are the
// start summary's buckets from the midnight before its start to the end of the bucket of its
// end (`summed`, for the caller to sum), plus the events alive at that midnight (its alive
// row), minus the rows of `subtracted` (each of sign -1, read from the indexes): those ending
// after that midnight up to the window's start (never at a midnight: the ends index), the
// instants at that midnight, and those starting from the window's end to the end of its
// bucket. For dates at midnight (data of whole days) these ranges hold no entry at all, so
// the window reads no event, whatever the table's size; events starting or ending within a
// day are read up to a bucket of them at each end. Without a start: no alive row, and the
// sum starts from the first bucket; without an end: to the last.
struct AliveEdges {
    std::optional<long long> alive_day;  // days since 1970 of the midnight before the start
    UnixSeconds summed_start = 0, summed_end = 0;
    std::vector<TimeRange> subtracted;
};
AliveEdges alive_edges(const SourceQuery& query, long long bucket_seconds, std::vector<std::string>& values);

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
