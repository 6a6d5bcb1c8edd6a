// Format 10's short-key filter: which (short skeleton key, country) pairs the skeleton table
// may hold, as a blocked Bloom filter small enough to stay in the caches.
//
// The near-spelling stage tries some 300 one-letter variants of a short name in the hinted
// country (Geocoder: "Edlib, Syrie" is Idlib). In a world index each probe of the skeleton
// table is a cache and TLB miss, and almost every variant names nothing there: the filter
// answers "not there" from one cache line of a few MB, and only the variants it lets through
// are probed. A false "maybe" costs a probe, never an answer.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/gazetteer/gazetteer_format.h"
#include "core/gazetteer/key_hash.h"

namespace chronomap::short_key_filter {

// Skeleton keys of these lengths (bytes) are in the filter: the variants of skeletons of
// 4 to 5 letters (geocode_scoring.h: kMinShortNearSkeleton to kMinFuzzyKey), one letter
// shorter or longer. A key outside the range is never ruled out.
inline constexpr size_t kMinKey = 3, kMaxKey = 6;
// One 64-byte block per item's lookup; bits set per item; bits per item at the writer.
inline constexpr size_t kBlockWords = 8;
inline constexpr unsigned kBitsSet = 6;
inline constexpr size_t kBitsPerItem = 10;

// The filter's item for a key hash (hash_key) and a country id (gazetteer_format::country_id,
// kUnknownCountryId for codes outside A-Z): the two mixed.
inline std::uint64_t item(std::uint64_t key_hash, std::uint16_t country) {
    return mix_bits(key_hash ^ (std::uint64_t{country} + 1) * 0x9e3779b97f4a7c15ull);
}

inline std::uint64_t block_of(std::uint64_t item, std::uint64_t blocks) {
    return gazetteer_format::bucket_of(item, blocks);
}

// The item's kBitsSet bits in its block, 9 bits of position each from the item's low 32 bits
// and a second mix (the top 32 chose the block).
template <typename Visit>
void for_each_bit(std::uint64_t item, const Visit& visit) {
    std::uint64_t bits = (item & 0xffffffffull) * 0x9e3779b97f4a7c15ull ^ item;
    for (unsigned i = 0; i < kBitsSet; ++i, bits >>= 9) {
        unsigned bit = bits & 511;
        visit(bit >> 6, std::uint64_t{1} << (bit & 63));
    }
}

inline void add(std::uint64_t* words, std::uint64_t blocks, std::uint64_t item) {
    std::uint64_t* block = words + block_of(item, blocks) * kBlockWords;
    for_each_bit(item, [&](unsigned word, std::uint64_t mask) { block[word] |= mask; });
}

inline bool may_contain(const std::uint64_t* words, std::uint64_t blocks, std::uint64_t item) {
    const std::uint64_t* block = words + block_of(item, blocks) * kBlockWords;
    bool all = true;
    for_each_bit(item, [&](unsigned word, std::uint64_t mask) { all = all && (block[word] & mask); });
    return all;
}

inline std::uint64_t blocks_for(size_t items) {
    return items * kBitsPerItem / (kBlockWords * 64) + 1;
}

}  // namespace chronomap::short_key_filter
