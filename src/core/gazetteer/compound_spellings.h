// Arabic place names begin with a word the press writes two ways or glues to the name: "Kfar
// Nabl" (Lebanese and French usage) is Kafr Nubl as GeoNames writes "Kafr", "Telkeppe" is Tel
// Keppe. The geocoder reads such a name again in the other form when the name as written finds
// nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// The name with its first word in the other common form ("Kfar X" <-> "Kafr X") or split from
// the name it is glued to ("Telkeppe" -> "Tel keppe"); nullopt when it has no such word.
std::optional<std::string> other_compound_spelling(std::string_view name);

}  // namespace chronomap
