#include "core/geometry/series_timing.h"

#include <unordered_map>

namespace chronomap {

std::vector<UnixSeconds> series_replaced_at(std::span<const UnixSeconds> start, std::span<const StringId> series) {
    std::vector<UnixSeconds> out(start.size(), kNeverReplaced);
    std::unordered_map<StringId, size_t> latest;  // series -> its latest state so far
    for (size_t i = 0; i < start.size(); ++i) {
        if (series[i] == kEmptyString) continue;
        auto [it, first] = latest.try_emplace(series[i], i);
        if (!first) {
            out[it->second] = start[i];
            it->second = i;
        }
    }
    return out;
}

}  // namespace chronomap
