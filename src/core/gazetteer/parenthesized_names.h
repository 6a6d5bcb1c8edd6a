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

// The German press joins a place's two names with a hyphen ("Tadmur-Palmyra") and names a town
// by the city it lies by ("Duma bei Damaskus"): the two names, when the text is two words of four
// letters or more, each starting upper-case, around one hyphen, or two names around " bei ";
// nullopt otherwise ("Deir-ez-Zor"). "Idlib-Stadt" splits too: the geocoder takes a split only
// when both names are placed within 30 km of each other.
std::optional<ParenthesizedName> split_double_name(std::string_view text);

}  // namespace chronomap
