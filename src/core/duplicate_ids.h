// Finds event ids used twice while a file loads. An open-addressing table of 8-byte slots
// (hash tag, row) instead of std::unordered_map: with 10 M events the map's nodes took
// 600 MB and a quarter of the loading time; this table takes 128 MB and compares the
// texts only when two hashes agree.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace chronomap {

class DuplicateIdFinder {
public:
    static constexpr std::uint32_t kNew = 0xFFFFFFFF;

    // The row that used `id` first, or kNew (and `row` is remembered as its first user).
    // `id_of_row(r)` gives back the id of an earlier row.
    template <class IdOfRow>
    std::uint32_t first_use(std::string_view id, std::uint32_t row, IdOfRow&& id_of_row) {
        if (2 * (used_ + 1) > 3 * slots_.size() / 2 || slots_.empty()) grow();
        auto tag = static_cast<std::uint32_t>(std::hash<std::string_view>{}(id));
        size_t mask = slots_.size() - 1;
        for (size_t at = tag & mask;; at = (at + 1) & mask) {
            std::uint64_t slot = slots_[at];
            if (slot == 0) {
                slots_[at] = (std::uint64_t{tag} << 32) | (std::uint64_t{row} + 1);
                ++used_;
                return kNew;
            }
            auto earlier = static_cast<std::uint32_t>((slot & 0xFFFFFFFF) - 1);
            if (static_cast<std::uint32_t>(slot >> 32) == tag && id_of_row(earlier) == id) return earlier;
        }
    }

private:
    void grow() {
        std::vector<std::uint64_t> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
        size_t mask = slots_.size() - 1;
        for (std::uint64_t slot : old) {
            if (slot == 0) continue;
            size_t at = (slot >> 32) & mask;
            while (slots_[at] != 0) at = (at + 1) & mask;
            slots_[at] = slot;
        }
    }

    std::vector<std::uint64_t> slots_;  // 0: empty; else tag << 32 | (row + 1)
    size_t used_ = 0;
};

}  // namespace chronomap
