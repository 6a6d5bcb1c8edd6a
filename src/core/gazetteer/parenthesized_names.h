// Datasets and NGO reports qualify a name in parentheses: the country or region of a common
// name ("Homs (Libya)", "Tripoli (Liban)", "Sinjar (Idleb)") or another name of the place
// ("Hatay (Antakya)", "Sur (Tyre)"). No gazetteer holds the whole as a name: the geocoder
// reads the part in parentheses as a hint, or as a second name of the same place.
#pragma once

#include <optional>
#include <string>

namespace chronomap {

struct ParenthesizedName {
    std::string name;       // "Homs"
    std::string qualifier;  // "Libya"
};

// The name and what its parentheses hold, or nullopt when the name has no such part (or
// nothing outside it).
std::optional<ParenthesizedName> split_parenthesized(std::string_view text);

}  // namespace chronomap
