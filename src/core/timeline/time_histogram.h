// Counts of events over time for the timeline, per category, without recounting the store
// each frame: each category's start times are kept sorted (built once, and again only when
// the content filter or the extent filter changes), so the count of a bin is two binary
// searches and a histogram of B bins costs O(B x categories x log N), whatever the number
// of events.
//
// Only "instant" events (at most a day long, at day precision or finer) are counted into
// bins; spans and coarse dates ("2017-10", "2015-08 – 2016-04") are listed apart, to be drawn
// as extents rather than piled into the bin of their first day.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/events/event_store.h"
#include "core/time/time_value.h"
#include "core/map/view_state.h"

namespace chronomap {

struct HistogramBins {
    UnixSeconds start = 0, bin_seconds = 1;
    size_t bins = 0, categories = 0;
    std::vector<std::uint32_t> counts;  // bins x categories, bin-major
    std::uint32_t max_total = 0;        // the largest stacked bin (for the vertical scale)

    std::uint32_t count(size_t bin, size_t category) const { return counts[bin * categories + category]; }
    std::uint32_t total(size_t bin) const;
};

// Events counted per time bucket and category by someone else (a database server): a
// histogram without the events. Each bucket's events count as starting at its start.
struct TimeBuckets {
    UnixSeconds start = 0, seconds = 86400;
    size_t buckets = 0, categories = 0;
    std::vector<std::uint32_t> counts;  // buckets x categories, bucket-major
};

class TimeHistogram {
public:
    // Counts from buckets rather than from a store (a server-backed source): bins, counts
    // and next starts are then exact to a bucket. No extents: spans count at their start.
    void assign(const TimeBuckets& buckets);

    // Builds the per-category sorted start times of the events that pass `filter_mask`
    // (one byte per store index, nullptr: all) and, when `extent` is set, lie in it.
    void rebuild(const EventStore& store, const std::vector<std::uint8_t>* filter_mask,
                 const GeoBox* extent = nullptr);

    // Counts instant events starting in [start, start + bins * bin_seconds), for the
    // categories in `category_mask`.
    HistogramBins bins(UnixSeconds start, UnixSeconds bin_seconds, size_t bins, std::uint64_t category_mask) const;

    // Instant events of shown categories starting in [t0, t1).
    size_t count_between(UnixSeconds t0, UnixSeconds t1, std::uint64_t category_mask) const;
    // The first instant-or-extent start at or after t (of shown categories); nullopt: none.
    std::optional<UnixSeconds> next_start_at_or_after(UnixSeconds t, std::uint64_t category_mask) const;

    // Spans and coarse dates that passed the filters (store indices, by start time).
    const std::vector<size_t>& extents() const { return extents_; }
    // Those of them that may overlap [t0, t1): starting before t1 and no longer ago than the
    // longest extent (two binary searches).
    std::span<const size_t> extents_between(UnixSeconds t0, UnixSeconds t1) const;
    size_t categories() const { return by_category_.size(); }
    bool from_buckets() const { return bucket_seconds_ > 0; }

private:
    // Bucket mode: how many buckets start before t (0 .. buckets).
    size_t buckets_before(UnixSeconds t) const;
    size_t bucket_count_between(size_t category, UnixSeconds t0, UnixSeconds t1) const;
    UnixSeconds bucket_start_ = 0, bucket_seconds_ = 0;  // 0: built from a store
    std::vector<std::vector<std::uint64_t>> bucket_prefix_;  // per category: events in buckets before b

    std::vector<std::vector<UnixSeconds>> by_category_;  // instant events' starts, sorted
    std::vector<size_t> extents_;
    std::vector<UnixSeconds> extent_starts_;
    std::vector<std::uint16_t> extent_categories_;
    UnixSeconds longest_extent_ = 0;
};

// Whether an event is drawn as an extent on the timeline (span, or coarser than a day).
bool is_timeline_extent(const TimeValue& time);

}  // namespace chronomap
