#include "core/timeline/time_histogram.h"

#include <algorithm>

namespace chronomap {
namespace {
bool category_shown(std::uint64_t mask, size_t category) { return (mask >> std::min<size_t>(category, 63)) & 1; }
}  // namespace

bool is_timeline_extent(const TimeValue& time) {
    return time.is_span || time.start_precision < TimePrecision::day || time.end - time.start > 86400;
}

std::uint32_t HistogramBins::total(size_t bin) const {
    std::uint32_t sum = 0;
    for (size_t c = 0; c < categories; ++c) sum += count(bin, c);
    return sum;
}

void TimeHistogram::rebuild(const EventStore& store, const std::vector<std::uint8_t>* filter_mask,
                            const GeoBox* extent) {
    bucket_seconds_ = 0, bucket_prefix_.clear();
    by_category_.assign(std::max<size_t>(store.categories().size(), 1), {});
    extents_.clear(), extent_starts_.clear(), extent_categories_.clear();
    longest_extent_ = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        if (filter_mask && !(*filter_mask)[i]) continue;
        if (extent) {
            if (!store.is_placed(i)) continue;
            double lon = store.lon()[i], lat = store.lat()[i];
            if (lon < extent->west || lon > extent->east || lat < extent->south || lat > extent->north) continue;
        }
        size_t category = std::min<size_t>(store.category()[i], by_category_.size() - 1);
        TimeValue time = store.time(i);
        if (is_timeline_extent(time)) {
            extents_.push_back(i);
            extent_starts_.push_back(time.start);
            extent_categories_.push_back(static_cast<std::uint16_t>(category));
            longest_extent_ = std::max(longest_extent_, time.end - time.start);
        } else {
            by_category_[category].push_back(time.start);  // the store is sorted by start already
        }
    }
}

void TimeHistogram::assign(const TimeBuckets& buckets) {
    size_t categories = std::max<size_t>(buckets.categories, 1);
    by_category_.assign(categories, {});
    extents_.clear(), extent_starts_.clear(), extent_categories_.clear();
    longest_extent_ = 0;
    bucket_start_ = buckets.start, bucket_seconds_ = std::max<UnixSeconds>(buckets.seconds, 1);
    bucket_prefix_.assign(categories, std::vector<std::uint64_t>(buckets.buckets + 1, 0));
    for (size_t c = 0; c < buckets.categories; ++c)
        for (size_t b = 0; b < buckets.buckets; ++b)
            bucket_prefix_[c][b + 1] = bucket_prefix_[c][b] + buckets.counts[b * buckets.categories + c];
}

size_t TimeHistogram::buckets_before(UnixSeconds t) const {
    size_t buckets = bucket_prefix_.empty() ? 0 : bucket_prefix_[0].size() - 1;
    if (t <= bucket_start_) return 0;
    UnixSeconds n = (t - bucket_start_ + bucket_seconds_ - 1) / bucket_seconds_;  // starts in [start, t)
    return static_cast<size_t>(std::min<UnixSeconds>(n, static_cast<UnixSeconds>(buckets)));
}

size_t TimeHistogram::bucket_count_between(size_t category, UnixSeconds t0, UnixSeconds t1) const {
    const auto& prefix = bucket_prefix_[category];
    size_t a = buckets_before(t0), b = buckets_before(t1);
    return b > a ? static_cast<size_t>(prefix[b] - prefix[a]) : 0;
}

std::span<const size_t> TimeHistogram::extents_between(UnixSeconds t0, UnixSeconds t1) const {
    auto first = std::lower_bound(extent_starts_.begin(), extent_starts_.end(), t0 - longest_extent_);
    auto last = std::lower_bound(first, extent_starts_.end(), t1);
    return std::span<const size_t>(extents_).subspan(static_cast<size_t>(first - extent_starts_.begin()),
                                                      static_cast<size_t>(last - first));
}

namespace {

// The first element >= value at or after `from`, searched in steps that double: a bin's end
// is near its start, so this reads a few cache lines where a binary search over the rest of
// a 10 M array would read twenty.
std::vector<UnixSeconds>::const_iterator gallop_to(std::vector<UnixSeconds>::const_iterator from,
                                                  std::vector<UnixSeconds>::const_iterator end, UnixSeconds value) {
    size_t step = 1;
    while (static_cast<size_t>(end - from) > step) {
        auto probe = from + static_cast<std::ptrdiff_t>(step);
        if (*probe >= value) return std::lower_bound(from, probe, value);
        from = probe, step *= 2;
    }
    return std::lower_bound(from, end, value);
}

}  // namespace

HistogramBins TimeHistogram::bins(UnixSeconds start, UnixSeconds bin_seconds, size_t bins,
                                  std::uint64_t category_mask) const {
    HistogramBins out;
    out.start = start, out.bin_seconds = std::max<UnixSeconds>(bin_seconds, 1), out.bins = bins;
    if (from_buckets()) {
        // Bins of whole buckets, on bucket boundaries: else some bins hold one bucket more
        // than their neighbours and the bars alternate (a comb). The caller draws h.start,
        // h.bin_seconds.
        out.bin_seconds = (out.bin_seconds + bucket_seconds_ - 1) / bucket_seconds_ * bucket_seconds_;
        UnixSeconds offset = start - bucket_start_;
        out.start = bucket_start_ + (offset >= 0 ? offset / bucket_seconds_ : (offset - bucket_seconds_ + 1) / bucket_seconds_) * bucket_seconds_;
    }
    start = out.start;
    out.categories = by_category_.size();
    out.counts.assign(bins * out.categories, 0);
    for (size_t c = 0; c < by_category_.size(); ++c) {
        if (!category_shown(category_mask, c)) continue;
        if (from_buckets()) {
            for (size_t b = 0; b < bins; ++b) {
                UnixSeconds from = start + static_cast<UnixSeconds>(b) * out.bin_seconds;
                out.counts[b * out.categories + c] =
                    static_cast<std::uint32_t>(bucket_count_between(c, from, from + out.bin_seconds));
            }
            continue;
        }
        const std::vector<UnixSeconds>& starts = by_category_[c];
        auto low = std::lower_bound(starts.begin(), starts.end(), start);
        for (size_t b = 0; b < bins; ++b) {
            UnixSeconds bin_end = start + static_cast<UnixSeconds>(b + 1) * out.bin_seconds;
            auto high = gallop_to(low, starts.end(), bin_end);
            out.counts[b * out.categories + c] = static_cast<std::uint32_t>(high - low);
            low = high;
        }
    }
    for (size_t b = 0; b < bins; ++b) out.max_total = std::max(out.max_total, out.total(b));
    return out;
}

size_t TimeHistogram::count_between(UnixSeconds t0, UnixSeconds t1, std::uint64_t category_mask) const {
    size_t total = 0;
    for (size_t c = 0; c < by_category_.size(); ++c) {
        if (!category_shown(category_mask, c)) continue;
        if (from_buckets()) {
            total += bucket_count_between(c, t0, t1);
            continue;
        }
        const auto& starts = by_category_[c];
        total += static_cast<size_t>(std::lower_bound(starts.begin(), starts.end(), t1) -
                                     std::lower_bound(starts.begin(), starts.end(), t0));
    }
    return total;
}

std::optional<UnixSeconds> TimeHistogram::next_start_at_or_after(UnixSeconds t, std::uint64_t category_mask) const {
    std::optional<UnixSeconds> best;
    if (from_buckets()) {  // the first bucket at or after t holding a shown event
        size_t buckets = bucket_prefix_[0].size() - 1;
        for (size_t b = buckets_before(t); b < buckets; ++b)
            for (size_t c = 0; c < bucket_prefix_.size(); ++c)
                if (category_shown(category_mask, c) && bucket_prefix_[c][b + 1] > bucket_prefix_[c][b])
                    return bucket_start_ + static_cast<UnixSeconds>(b) * bucket_seconds_;
        return std::nullopt;
    }
    auto consider = [&](UnixSeconds s) {
        if (!best || s < *best) best = s;
    };
    for (size_t c = 0; c < by_category_.size(); ++c) {
        if (!category_shown(category_mask, c)) continue;
        auto it = std::lower_bound(by_category_[c].begin(), by_category_[c].end(), t);
        if (it != by_category_[c].end()) consider(*it);
    }
    auto it = std::lower_bound(extent_starts_.begin(), extent_starts_.end(), t);
    for (; it != extent_starts_.end(); ++it) {
        if (category_shown(category_mask, extent_categories_[static_cast<size_t>(it - extent_starts_.begin())])) {
            consider(*it);
            break;
        }
    }
    return best;
}

}  // namespace chronomap
