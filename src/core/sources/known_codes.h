// What the codes of known schemas mean: category labels and colours, and how precise a
// position or a date is (ACLED geo_precision / time_precision, UCDP where_prec, GDELT
// ActionGeo_Type, CAMEO root codes, UCDP type_of_violence).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/events/category.h"
#include "core/sources/field_mapping.h"

namespace chronomap {

// How wide the place a position stands for is: a town is not a province.
enum class PositionLevel { place, near, district, region, country, unknown };
std::string_view position_level_name(PositionLevel level);  // "place", "near", ...

// The level a schema's precision code names; unknown for codes the schema does not define.
PositionLevel position_level(Schema schema, std::string_view code);

// The readable label of a category value: UCDP "1" -> "State-based conflict", GDELT "19"
// -> "Fight"; values of other schemas are their own label.
std::string category_label(Schema schema, std::string_view value);

// The key used in the event file: "Explosions/Remote violence" -> "explosions-remote-violence".
std::string category_key(std::string_view label);

// A colour that depends only on the category (not on the file's other categories), so the
// same type has the same colour in every file; known types get a chosen one.
Rgba stable_category_color(std::string_view label);
// The chosen colour of a known type (ACLED, UCDP) or ACLED sub-event type (a shade of its
// event type's colour); nullopt for any other label.
std::optional<Rgba> known_category_color(std::string_view label);

}  // namespace chronomap
