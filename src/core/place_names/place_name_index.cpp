#include "core/place_names/place_name_index.h"

#include <algorithm>
#include <cmath>

namespace chronomap {
namespace {
int clamped_floor(double value, int low, int high) {
    if (!(value >= low)) return low;  // also NaN
    return std::min(high, static_cast<int>(std::floor(value)));
}
}  // namespace

size_t PlaceNameIndex::cell_of(const PlaceName& p) {
    int column = clamped_floor(p.lon + 180, 0, kColumns - 1);
    int row = clamped_floor(p.lat + 90, 0, kRows - 1);
    return static_cast<size_t>(row) * kColumns + static_cast<size_t>(column);
}

PlaceNameIndex::PlaceNameIndex(const std::vector<PlaceName>& names)
    : names_(names), starts_(static_cast<size_t>(kColumns) * kRows + 1, 0), entries_(names.size()) {
    // A counting sort by cell, then each cell by zoom (ties in the names' order).
    for (const PlaceName& p : names) ++starts_[cell_of(p) + 1];
    for (size_t c = 1; c < starts_.size(); ++c) starts_[c] += starts_[c - 1];
    std::vector<std::uint32_t> next(starts_.begin(), starts_.end() - 1);
    for (size_t i = 0; i < names.size(); ++i) {
        const PlaceName& p = names[i];
        if (p.kind == PlaceNameKind::country) countries_.push_back(i);
        entries_[next[cell_of(p)]++] = {p.min_zoom, static_cast<std::uint32_t>(i)};
    }
    for (size_t c = 0; c + 1 < starts_.size(); ++c)
        std::stable_sort(entries_.begin() + starts_[c], entries_.begin() + starts_[c + 1],
                         [](const Entry& a, const Entry& b) { return a.min_zoom < b.min_zoom; });
}

std::vector<size_t> PlaceNameIndex::shown_in(double zoom, double west, double south, double east,
                                             double north) const {
    std::vector<size_t> found;
    // Names keep their one longitude: a view past the antimeridian shows none beyond it.
    int first_column = clamped_floor(west + 180, 0, kColumns - 1), last_column = clamped_floor(east + 180, 0, kColumns - 1);
    int first_row = clamped_floor(south + 90, 0, kRows - 1), last_row = clamped_floor(north + 90, 0, kRows - 1);
    for (int row = first_row; row <= last_row; ++row)
        for (int column = first_column; column <= last_column; ++column) {
            size_t c = static_cast<size_t>(row) * kColumns + static_cast<size_t>(column);
            for (std::uint32_t k = starts_[c]; k < starts_[c + 1] && entries_[k].min_zoom <= zoom; ++k)
                found.push_back(entries_[k].index);
        }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace chronomap
