// Interned strings: each distinct text stored once, named by a small id.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace chronomap {

using StringId = std::uint32_t;
inline constexpr StringId kEmptyString = 0;  // id 0 is always ""

class StringPool {
public:
    StringPool() {
        strings_.emplace_back();
        slots_.assign(16, kFree);
    }
    // Loading 10 M events interns five or six texts each: an open-addressing table of ids
    // (no node to follow, no division by a prime) and no lookup at all for "".
    StringId intern(std::string_view text) {
        if (text.empty()) return kEmptyString;
        std::uint64_t hash = hash_of(text);
        size_t mask = slots_.size() - 1;
        for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            StringId id = slots_[slot];
            if (id == kFree) break;
            if (hashes_[id] == hash && strings_[id] == text) return id;
        }
        // A deque never moves its strings (get() hands out views of them).
        strings_.emplace_back(text);
        auto id = static_cast<StringId>(strings_.size() - 1);
        hashes_.push_back(hash);
        if (2 * strings_.size() > slots_.size()) grow();  // at most half full: short probes
        else place(id);
        return id;
    }
    std::string_view get(StringId id) const { return strings_[id]; }
    size_t size() const { return strings_.size(); }

private:
    static constexpr StringId kFree = 0;  // "" is never in the table: slot 0 means free

    // FNV-1a, then mixed so that the low bits (the slot) depend on every byte.
    static std::uint64_t hash_of(std::string_view text) {
        std::uint64_t h = 0xcbf29ce484222325ull;
        for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
        return h ^ (h >> 29);
    }
    void place(StringId id) {
        size_t mask = slots_.size() - 1;
        size_t slot = hashes_[id] & mask;
        while (slots_[slot] != kFree) slot = (slot + 1) & mask;
        slots_[slot] = id;
    }
    void grow() {
        slots_.assign(slots_.size() * 2, kFree);
        for (StringId id = 1; id < strings_.size(); ++id) place(id);
    }

    std::deque<std::string> strings_;
    std::vector<std::uint64_t> hashes_{0};  // of each string, by id
    std::vector<StringId> slots_;
};

}  // namespace chronomap
