// Names of first-level regions (governorates, provinces) as users write them.
//
// "Idlib Governorate", "Gouvernorat d'Idleb", "Idleb", "muhafazat Idlib" all name one region:
// the generic words are dropped before folding, so the index and a query make the same keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronomap {

// The basic keys (fold_basic) a region name is known by: the name without its generic
// words ("governorate", "province", "gouvernorat de" ...) and, if that differs, as written.
// Empty for invalid UTF-8 or a name of generic words only.
std::vector<std::string> region_name_keys(std::string_view name);

}  // namespace chronomap
