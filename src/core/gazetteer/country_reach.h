// How far a place lies from a country: the distance to the nearest of the country's places
// in a gazetteer. A review candidate abroad is offered only when it lies near the country
// the user named (docs/geocoding.md, rule 10): "Kidal, Niger" offers Kidal (ML), 416 km from
// Ayorou (NE), not Kidal (ID); "Solhan, Burkina" offers nothing (Solhan, TR, 4,818 km).
//
// cities500 has towns wherever people live, so its places stand for a country's extent
// without its borders (which no file here carries with their country codes).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/gazetteer/gazetteer.h"

namespace chronomap {

// Within this distance of a country's nearest place, a place abroad is "near" it: the towns
// across a border, even in the Sahel, where Niger's nearest place to Kidal (ML) is 416 km
// away, and not the namesakes of other continents (Mosul is 1,735 km from Libya's places).
inline constexpr double kNearCountryKm = 500;

class CountryReach {
  public:
    explicit CountryReach(const Gazetteer& gazetteer);  // one pass over its places

    // Great-circle km from (lat, lon) to the country's nearest place; infinity when the
    // country has none, or none within `within_km` (the search stops there).
    double km_to(const CountryCode& country, double lat, double lon, double within_km) const;
    // The gazetteer indexes of the country's places within `within_km` of (lat, lon), in no
    // particular order: what lies around a place GeoNames lacks (its region, for a region hint).
    std::vector<std::uint32_t> places_within(const CountryCode& country, double lat, double lon,
                                             double within_km) const;

  private:
    // A place, and where it lies on the unit sphere: the straight line between two such
    // points gives a lower bound of their distance with no trigonometry, so the places that
    // cannot be nearer than the nearest found are skipped before distance_km.
    struct Point {
        float lat, lon;
        float x, y, z;
        std::uint32_t index;  // in the gazetteer
    };
    static size_t slot(const CountryCode& country);
    std::vector<std::uint32_t> first_;  // per country slot, into points_; one more at the end
    std::vector<Point> points_;          // grouped by country, each group sorted by latitude
};

// A CountryReach built on first use, shared by a geocoder and its user gazetteers' ones (a
// lookup that never needs it never pays its pass over the index).
class LazyCountryReach {
  public:
    const CountryReach& get(const Gazetteer& gazetteer) {
        std::call_once(once_, [&] { reach_ = std::make_unique<CountryReach>(gazetteer); });
        return *reach_;
    }

  private:
    std::once_flag once_;
    std::unique_ptr<CountryReach> reach_;
};

}  // namespace chronomap
