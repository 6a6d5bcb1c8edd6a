// Finds event ids used twice in a file. Loading records a 64-bit hash per event (a sequential
// write); find() then splits the hashes into buckets that fit in the processor's cache and
// looks for equal hashes within each. A hash table over all ids would miss the cache at
// every event: with 10 M events that took a sixth of the loading time (std::unordered_map
// also took 600 MB).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace chronomap {

class DuplicateIdFinder {
public:
    void reserve(size_t rows) { hashes_.reserve(rows); }
    // Rows are numbered in the order they are added. An empty id is never a duplicate.
    void add(std::string_view id) { hashes_.push_back(id.empty() ? kNoId : hash(id)); }
    // The rows of another finder, after these.
    void append(DuplicateIdFinder&& later) {
        hashes_.insert(hashes_.end(), later.hashes_.begin(), later.hashes_.end());
        later.hashes_ = {};
    }

    struct Duplicate {
        std::uint32_t row;    // the later use
        std::uint32_t first;  // the earliest row with the same id
    };
    // Every row whose id an earlier row already has, in row order. `id_of_row(r)` gives an
    // added row's id back (equal hashes are confirmed on the texts).
    template <class IdOfRow>
    std::vector<Duplicate> find(IdOfRow&& id_of_row) const;

    size_t size() const { return hashes_.size(); }

private:
    static constexpr std::uint64_t kNoId = 0;
    static std::uint64_t hash(std::string_view id) {
        std::uint64_t h = std::hash<std::string_view>{}(id);
        return h == kNoId ? 1 : h;
    }
    // Rows and their hashes grouped by the top bits of the hash, each group in row order
    // (a counting sort): a group is then read sequentially, not by chasing rows.
    struct Buckets {
        std::vector<size_t> start;  // group b is [start[b], start[b + 1])
        std::vector<std::uint64_t> hashes;
        std::vector<std::uint32_t> rows;
    };
    Buckets group_by_hash(int bucket_bits) const;

    std::vector<std::uint64_t> hashes_;
};

template <class IdOfRow>
std::vector<DuplicateIdFinder::Duplicate> DuplicateIdFinder::find(IdOfRow&& id_of_row) const {
    std::vector<Duplicate> found;
    int bucket_bits = 0;
    while ((size_t{1} << bucket_bits) * 4096 < hashes_.size() && bucket_bits < 16) ++bucket_bits;
    Buckets buckets = group_by_hash(bucket_bits);
    // Within a group (a few thousand rows, in row order): a small open-addressing table of
    // positions in the group.
    constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
    std::vector<std::uint32_t> table;
    for (size_t b = 0; b + 1 < buckets.start.size(); ++b) {
        size_t begin = buckets.start[b], end = buckets.start[b + 1];
        size_t slots = 16;
        while (slots < 2 * (end - begin)) slots *= 2;
        table.assign(slots, kEmpty);
        for (size_t k = begin; k < end; ++k) {
            std::uint64_t h = buckets.hashes[k];
            for (size_t at = h & (slots - 1);; at = (at + 1) & (slots - 1)) {
                std::uint32_t other = table[at];
                if (other == kEmpty) {
                    table[at] = static_cast<std::uint32_t>(k - begin);
                    break;
                }
                std::uint32_t first = buckets.rows[begin + other], row = buckets.rows[k];
                if (buckets.hashes[begin + other] == h && id_of_row(first) == id_of_row(row)) {
                    found.push_back({row, first});
                    break;
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Duplicate& a, const Duplicate& b) { return a.row < b.row; });
    return found;
}

}  // namespace chronomap
