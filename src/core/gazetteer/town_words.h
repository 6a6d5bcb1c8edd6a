// The press often names a town with a word for "the town" around it: "Erbil city", "Hajin
// town", "Alep-ville", "Raqqa-ville", "la ville de Homs", "camp de Yarmouk", "Zaatari camp",
// its air base, airport, port or refinery beside it ("aéroport de Tabqa", "al-Watiya air base",
// "base T4", "Baiji refinery"), its
// east or west ("Mossoul-Est") and the upper or lower village beside it ("Baghouz Fawqani").
// GeoNames has none of these as names, so the geocoder looks up the town inside when the
// name as written finds nothing (a name that has the word as its own, "Kuwait City", "Sauk
// City", is found as written first).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// The town named inside `name` ("Erbil" for "Erbil city"), or nullopt when no such word
// surrounds it.
std::optional<std::string> without_town_word(std::string_view name);

}  // namespace chronomap
