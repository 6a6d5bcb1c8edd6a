// Names that are not points: roads, regions, deserts, rivers, fronts. Placing "autostrade
// Palmyre-Deir ez-Zhor" or "province de Deir ez-Zhor" on the town of that name would look
// right and be wrong, so the geocoder leaves them unresolved and says why.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// What kind of non-point a basic-folded name is ("a road", "a region" ...), if any.
std::optional<std::string> non_point_kind(std::string_view basic_key);

}  // namespace chronomap
