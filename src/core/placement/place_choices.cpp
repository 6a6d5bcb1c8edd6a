#include "core/placement/place_choices.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"
#include "core/io/json_splice.h"

namespace chronomap {
namespace {

nlohmann::ordered_json choice_entry(const PlaceChoice& choice) {
    nlohmann::ordered_json entry = nlohmann::ordered_json::object();
    if (choice.coordinates) {
        entry["coordinates"] = {std::round(choice.coordinates->lon * 1e5) / 1e5,
                                std::round(choice.coordinates->lat * 1e5) / 1e5};
    } else if (choice.geonameid) {
        entry["geonameid"] = *choice.geonameid;
    }
    if (!choice.country.empty()) entry["country"] = choice.country;
    entry["note"] = "chosen in the explorer's review";
    return entry;
}

// The table as JSON text: one entry a line, indented one step below the root's members
// (`indent`), or all on one line when the file's root is written on one line.
std::string places_text(const nlohmann::ordered_json& places, const std::optional<std::string>& indent) {
    if (!indent || places.empty()) return one_line_json(places);
    std::string out = "{";
    bool first = true;
    for (const auto& [name, entry] : places.items()) {
        out += (first ? "\n" : ",\n") + *indent + *indent + nlohmann::ordered_json(name).dump() + ": " +
               one_line_json(entry);
        first = false;
    }
    return out + "\n" + *indent + "}";
}

}  // namespace

std::string place_choice_entry(const PlaceChoice& choice) { return one_line_json(choice_entry(choice)); }

std::string add_place_choices(std::string_view original_text, const std::vector<PlaceChoice>& choices) {
    // A byte-order mark stays where it is; the root object follows it.
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    std::string_view bom = original_text.starts_with(kBom) ? kBom : std::string_view{};
    std::string_view root = original_text.substr(bom.size());
    // Only the "places" member is parsed, not the whole file (which may hold a million events).
    nlohmann::ordered_json places = nlohmann::ordered_json::object();
    if (auto existing = member_value(root, "places")) {
        places = nlohmann::ordered_json::parse(*existing);
        if (!places.is_object()) places = nlohmann::ordered_json::object();
    }
    for (const PlaceChoice& choice : choices) places[choice.name] = choice_entry(choice);
    return std::string(bom) + splice_member(root, "places", places_text(places, member_indent(root)));
}

void write_place_choices(const std::filesystem::path& target, std::string_view original_text,
                         const std::vector<PlaceChoice>& choices) {
    std::string text = add_place_choices(original_text, choices);
    write_file_atomically(target, text);
}

}  // namespace chronomap
