// The candidates an ambiguous name offers for review (the Review tab, `geocode --review`,
// `lookup`): only those a reader could mean. Placement is not changed by it.
#pragma once

#include <vector>

#include "core/gazetteer/geocoder.h"

namespace chronomap {

// Keeps the order of the list (best first) but:
// - a candidate of known size under 1 % of the largest one bearing the name is not offered
//   unless it lies near the file's places ("Tripoli" offers the cities of Libya and Lebanon,
//   not Tripoli, Iowa, 1,342 people);
// - when some candidate lies within kContextFarKm of the file's places, a look-alike far from
//   all of them is not offered, and the near ones come first ("Trypillia", Ukraine, for
//   "Tripoli" in a file about Syria).
void keep_plausible_review_candidates(std::vector<GeocodeCandidate>& candidates, const PlaceContext* context);

}  // namespace chronomap
