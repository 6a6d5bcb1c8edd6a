// The basemap's names by cell of one degree, each cell's names in the order of the zoom they
// appear at, so that a camera finds the names it can show without touching the 200,000 others
// (towns are named down to 500 people from zoom 11): projecting every name at each camera
// move cost 8-13 ms; the cells in view cost a fraction of a millisecond.
#pragma once

#include <cstdint>
#include <vector>

#include "core/map/web_mercator.h"
#include "core/place_names/place_name_file.h"

namespace chronomap {

class PlaceNameIndex {
public:
    // Keeps a reference to `names`, which must outlive the index and not change.
    explicit PlaceNameIndex(const std::vector<PlaceName>& names);

    const std::vector<PlaceName>& names() const { return names_; }
    // The names shown from `zoom` on whose point may lie in the box (west <= lon <= east,
    // south <= lat <= north; cells are whole degrees, so some lie a little outside), in
    // ascending index order.
    std::vector<size_t> shown_in(double zoom, double west, double south, double east, double north) const;
    // Every country's main point, whatever its zoom.
    const std::vector<size_t>& countries() const { return countries_; }

private:
    struct Entry {
        float min_zoom;
        std::uint32_t index;
    };
    static constexpr int kColumns = 360, kRows = 180;
    const std::vector<PlaceName>& names_;
    static size_t cell_of(const PlaceName& p);
    // Cell c (kRows x kColumns, by latitude then longitude) holds entries_[starts_[c], starts_[c + 1]).
    std::vector<std::uint32_t> starts_;
    std::vector<Entry> entries_;
    std::vector<size_t> countries_;
};

}  // namespace chronomap
