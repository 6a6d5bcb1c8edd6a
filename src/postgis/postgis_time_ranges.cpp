#include "postgis/postgis_time_ranges.h"

#include <algorithm>
#include <limits>

#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"

namespace chronomap::postgis {
namespace {
constexpr auto kMin = std::numeric_limits<UnixSeconds>::min();
constexpr auto kMax = std::numeric_limits<UnixSeconds>::max();
// a / b rounded down, for negative numbers too.
long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

WholeBuckets whole_buckets(const SourceQuery& query, long long seconds) {
    WholeBuckets b{kMin, kMax};
    if (query.start != kMin) b.first = -floor_div(-query.start, seconds) * seconds;
    if (query.end != kMax) b.end = floor_div(query.end, seconds) * seconds;
    return b;
}

std::vector<TimeRange> window_time_ranges(const SourceQuery& query, long long longest_span,
                                          std::vector<std::string>& values) {
    return window_time_ranges(query, longest_span, query.end, query.end, values);
}

std::vector<TimeRange> window_time_ranges(const SourceQuery& query, long long longest_span, UnixSeconds whole_start,
                                          UnixSeconds whole_end, std::vector<std::string>& values) {
    Placeholders param{values};
    auto at = [&param](UnixSeconds t) { return "to_timestamp(" + param(std::to_string(t), "::float8") + ")"; };
    const bool from = query.start != kMin, to = query.end != kMax, whole = whole_start < whole_end;
    const std::string reaches_in = from ? " AND time_end > " + at(query.start) : "";
    std::vector<TimeRange> ranges;
    // Longer than a day, starting more than a day before the window (so longer than a day):
    // the condition is implied, and written out so that the planner may read the partial index.
    const long long recent = std::min<long long>(longest_span, kLongSpanSeconds);
    if (from && longest_span > kLongSpanSeconds)
        ranges.push_back({"time_start >= " + at(query.start - longest_span) + " AND time_start < " +
                          at(query.start - kLongSpanSeconds) + reaches_in + " AND " + kLongSpanCondition});
    // From a day before the window up to the summary's first whole bucket (or the window's end).
    const UnixSeconds head_end = whole ? whole_start : query.end;
    if (!(whole && whole_start == kMin)) {
        std::string where = from ? "time_start >= " + at(query.start - recent) : std::string("TRUE");
        if (head_end != kMax) where += " AND time_start < " + at(head_end);
        ranges.push_back({where + reaches_in});
    }
    if (whole && to && whole_end < query.end)
        ranges.push_back({"time_start >= " + at(whole_end) + " AND time_start < " + at(query.end)});
    // The summary counts instants at the window's start when its whole buckets begin there.
    if (whole && from && whole_start == query.start)
        ranges.push_back({"time_start = " + at(query.start) + " AND time_end <= " + at(query.start), -1});
    return ranges;
}

AliveEdges alive_edges(const SourceQuery& query, long long bucket_seconds, std::vector<std::string>& values) {
    Placeholders param{values};
    auto at = [&param](UnixSeconds t) { return "to_timestamp(" + param(std::to_string(t), "::float8") + ")"; };
    AliveEdges edges{std::nullopt, kMin, kMax, {}};
    if (query.start != kMin) {
        const UnixSeconds midnight = floor_div(query.start, 86400) * 86400;
        edges.alive_day = midnight / 86400;
        edges.summed_start = midnight;
        // Alive at the midnight (or starting after it) but ended by the window's start.
        if (query.start > midnight)
            edges.subtracted.push_back({"time_end > " + at(midnight) + " AND time_end <= " + at(query.start) + " AND " +
                                            kEndsOffMidnightCondition,
                                        -1});
        // Instants at the midnight: in its bucket, not alive at it, and over before the window.
        edges.subtracted.push_back({"time_start = " + at(midnight) + " AND time_end <= " + at(midnight), -1});
    }
    if (query.end != kMax) {
        edges.summed_end = -floor_div(-query.end, bucket_seconds) * bucket_seconds;
        if (edges.summed_end > query.end)
            edges.subtracted.push_back({"time_start >= " + at(query.end) + " AND time_start < " + at(edges.summed_end), -1});
    }
    return edges;
}

std::string union_of_ranges(const std::vector<TimeRange>& ranges, const std::string& select, const std::string& table,
                            const std::string& also) {
    const std::string and_also = also.empty() ? "" : " AND " + also;
    std::string sql;
    for (const TimeRange& r : ranges)
        sql += std::string(sql.empty() ? "" : " UNION ALL ") + "SELECT " + select + ", " + std::to_string(r.sign) +
               " AS sign FROM " + table + " WHERE " + r.where + and_also;
    // No range: no row, and every value of `select` and `also` still used (the server must see
    // each placeholder to know its type).
    return sql.empty() ? "SELECT " + select + ", 0 AS sign FROM " + table + " WHERE FALSE" + and_also : sql;
}

}  // namespace chronomap::postgis
