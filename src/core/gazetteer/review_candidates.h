// The candidates an ambiguous name offers for review (the Review tab, `geocode --review`,
// `lookup`): only those a reader could mean. Placement is not changed by it.
#pragma once

#include <cstdint>
#include <vector>

#include "core/gazetteer/geocoder.h"

namespace chronomap {

// What the choice reads of a candidate.
struct ReviewFacts {
    double lat = 0, lon = 0;
    std::uint32_t population = 0;  // 0: unknown
    bool bears_the_name = false;   // as written (its own name, another of its names, an alias)
};

struct ReviewOrder {
    std::vector<size_t> positions;  // of the ranked list, in the order offered
    std::uint32_t largest = 0;      // the largest population bearing the name, of all given
};

// Of every candidate ranked (best first; the caller cuts the result to the length it lists,
// so that the answer does not depend on how many were asked for), keeps the order but:
// - a candidate of known size under 1 % of the largest one bearing the name is not offered
//   unless it lies near the file's places ("Tripoli" offers the cities of Libya and Lebanon,
//   not Tripoli, Iowa, 1,342 people);
// - when some candidate lies within kContextFarKm of the file's places, a look-alike far from
//   all of them is not offered, and the near ones come first ("Trypillia", Ukraine, for
//   "Tripoli" in a file about Syria).
ReviewOrder plausible_review_order(const std::vector<ReviewFacts>& ranked, const PlaceContext* context);

// Whether a place of `population` is left out as dwarfed by `largest` (the rule above).
bool dwarfed_for_review(std::uint32_t population, std::uint32_t largest);

}  // namespace chronomap
