// Press phrasing around a place name: "près de Deir ez-Zor", "au sud-est de Homs",
// "à 20 km de Raqqa", "near Mayadin", "outskirts of Sirte". The event is near that place,
// not at it: the geocoder places it there with precision "near".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// The place name inside such a phrase, or nullopt when `text` is not one.
std::optional<std::string> strip_near_phrase(std::string_view text);

}  // namespace chronomap
