#include "core/native_json/duplicate_ids.h"

namespace chronomap {

DuplicateIdFinder::Buckets DuplicateIdFinder::group_by_hash(int bucket_bits) const {
    Buckets out;
    size_t bucket_count = size_t{1} << bucket_bits;
    auto bucket_of = [&](std::uint64_t h) { return bucket_bits == 0 ? 0 : h >> (64 - bucket_bits); };
    size_t with_id = 0;
    out.start.assign(bucket_count + 1, 0);
    for (std::uint64_t h : hashes_) {
        if (h == kNoId) continue;
        ++out.start[bucket_of(h) + 1];
        ++with_id;
    }
    for (size_t b = 0; b < bucket_count; ++b) out.start[b + 1] += out.start[b];
    out.hashes.resize(with_id);
    out.rows.resize(with_id);
    std::vector<size_t> next(out.start.begin(), out.start.end() - 1);
    for (size_t row = 0; row < hashes_.size(); ++row) {
        std::uint64_t h = hashes_[row];
        if (h == kNoId) continue;
        size_t at = next[bucket_of(h)]++;
        out.hashes[at] = h;
        out.rows[at] = static_cast<std::uint32_t>(row);
    }
    return out;
}

}  // namespace chronomap
