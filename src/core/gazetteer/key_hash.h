// Stable 64-bit hashes: stored in the index, so they must never depend on the platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace chronomap {

// Murmur3's finaliser: every input bit moves every output bit, the top ones too.
inline std::uint64_t mix_bits(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// FNV-1a, then a finaliser so that the top bits (the key tables' buckets) are well mixed.
inline std::uint64_t hash_key(std::string_view key) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return mix_bits(h);
}

// A fast checksum of a whole buffer (four independent lanes of multiply-xorshift).
inline std::uint64_t checksum_bytes(const void* data, size_t size, std::uint64_t seed = 0) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t lane[4] = {seed ^ 0x9e3779b97f4a7c15ull, seed + 1, seed + 2, seed + 3};
    size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int k = 0; k < 4; ++k) {
            std::uint64_t w;
            std::memcpy(&w, p + i + 8 * k, 8);
            lane[k] = (lane[k] ^ w) * 0x9fb21c651e98df25ull;
            lane[k] ^= lane[k] >> 29;
        }
    }
    std::uint64_t h = size;
    for (int k = 0; k < 4; ++k) h = (h ^ lane[k]) * 0xff51afd7ed558ccdull;
    for (; i < size; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
    return h ^ (h >> 31);
}

// checksum_bytes of a concatenation fed in pieces: the index writer streams its sections
// to disk instead of gathering them in one buffer.
class ChecksumStream {
  public:
    explicit ChecksumStream(std::uint64_t seed = 0)
        : lane_{seed ^ 0x9e3779b97f4a7c15ull, seed + 1, seed + 2, seed + 3} {}
    void add(const void* data, size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        total_ += size;
        while (size > 0) {
            if (pending_ == 0 && size >= 32) {
                block(p);
                p += 32;
                size -= 32;
                continue;
            }
            size_t take = std::min<size_t>(32 - pending_, size);
            std::memcpy(buffer_ + pending_, p, take);
            pending_ += take;
            p += take;
            size -= take;
            if (pending_ == 32) {
                block(buffer_);
                pending_ = 0;
            }
        }
    }
    std::uint64_t finish() const {
        std::uint64_t h = total_;
        for (int k = 0; k < 4; ++k) h = (h ^ lane_[k]) * 0xff51afd7ed558ccdull;
        for (size_t i = 0; i < pending_; ++i) h = (h ^ buffer_[i]) * 0x100000001b3ull;
        return h ^ (h >> 31);
    }

  private:
    void block(const unsigned char* p) {
        for (int k = 0; k < 4; ++k) {
            std::uint64_t w;
            std::memcpy(&w, p + 8 * k, 8);
            lane_[k] = (lane_[k] ^ w) * 0x9fb21c651e98df25ull;
            lane_[k] ^= lane_[k] >> 29;
        }
    }
    std::uint64_t lane_[4];
    unsigned char buffer_[32] = {};
    size_t pending_ = 0;
    std::uint64_t total_ = 0;
};

}  // namespace chronomap
