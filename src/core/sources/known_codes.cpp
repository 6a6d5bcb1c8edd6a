#include "core/sources/known_codes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace chronomap {

std::string_view position_level_name(PositionLevel level) {
    switch (level) {
        case PositionLevel::place:
            return "place";
        case PositionLevel::near:
            return "near";
        case PositionLevel::district:
            return "district";
        case PositionLevel::region:
            return "region";
        case PositionLevel::country:
            return "country";
        case PositionLevel::unknown:
            return "unknown";
    }
    return "unknown";
}

PositionLevel position_level(Schema schema, std::string_view code) {
    if (code.empty()) return PositionLevel::unknown;
    char c = code[0];
    switch (schema) {
        case Schema::acled:  // 1 the town itself, 2 near it or a part of a region, 3 a province
            return c == '1'   ? PositionLevel::place
                   : c == '2' ? PositionLevel::near
                   : c == '3' ? PositionLevel::region
                              : PositionLevel::unknown;
        case Schema::ucdp_ged:  // 1 exact, 2 within 25 km, 3 adm2, 4 adm1, 5 larger, 6 country, 7
                                // sea/air
            switch (c) {
                case '1':
                    return PositionLevel::place;
                case '2':
                    return PositionLevel::near;
                case '3':
                    return PositionLevel::district;
                case '4':
                case '5':
                    return PositionLevel::region;
                case '6':
                case '7':
                    return PositionLevel::country;
                default:
                    return PositionLevel::unknown;
            }
        case Schema::gdelt:  // 1 country, 2 US state, 3 US city, 4 world city, 5 world state
            switch (c) {
                case '1':
                    return PositionLevel::country;
                case '2':
                case '5':
                    return PositionLevel::region;
                case '3':
                case '4':
                    return PositionLevel::place;
                default:
                    return PositionLevel::unknown;
            }
        case Schema::generic:
            return PositionLevel::unknown;
    }
    return PositionLevel::unknown;
}

std::string category_label(Schema schema, std::string_view value) {
    if (schema == Schema::ucdp_ged) {
        if (value == "1") return "State-based conflict";
        if (value == "2") return "Non-state conflict";
        if (value == "3") return "One-sided violence";
    }
    if (schema == Schema::gdelt) {
        static constexpr std::array<std::string_view, 20> kCameoRoots{
            "Make public statement",
            "Appeal",
            "Express intent to cooperate",
            "Consult",
            "Engage in diplomatic cooperation",
            "Engage in material cooperation",
            "Provide aid",
            "Yield",
            "Investigate",
            "Demand",
            "Disapprove",
            "Reject",
            "Threaten",
            "Protest",
            "Exhibit force posture",
            "Reduce relations",
            "Coerce",
            "Assault",
            "Fight",
            "Use unconventional mass violence"};
        // Capped, and stopped at a non-digit: a long run of digits in the column (a date,
        // found by fuzzing) overflowed the int.
        int code = 0;
        for (char c : value) {
            if (c < '0' || c > '9') {
                code = -1;
                break;
            }
            code = std::min(code * 10 + (c - '0'), 1000);
        }
        if (code >= 1 && code <= 20) return std::string(kCameoRoots[static_cast<size_t>(code - 1)]);
    }
    return std::string(value);
}

std::string category_key(std::string_view label) {
    std::string key;
    for (char c : label) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80)
            key += static_cast<char>(std::tolower(u));
        else if (!key.empty() && key.back() != '-')
            key += '-';
    }
    while (!key.empty() && key.back() == '-') key.pop_back();
    return key.empty() ? "other" : key;
}

Rgba stable_category_color(std::string_view label) {
    // Chosen for the conflict schemas: violence in reds, unrest in oranges, the rest calm.
    static const std::array<std::pair<std::string_view, Rgba>, 9> kKnown{{
        {"Battles", {215, 48, 31, 255}},
        {"Explosions/Remote violence", {153, 52, 4, 255}},
        {"Violence against civilians", {122, 1, 119, 255}},
        {"Protests", {0, 114, 178, 255}},
        {"Riots", {230, 159, 0, 255}},
        {"Strategic developments", {90, 90, 90, 255}},
        {"State-based conflict", {215, 48, 31, 255}},
        {"Non-state conflict", {230, 159, 0, 255}},
        {"One-sided violence", {122, 1, 119, 255}},
    }};
    for (const auto& [name, color] : kKnown)
        if (name == label) return color;
    // FNV-1a of the label picks a palette entry: the same label, the same colour.
    std::uint32_t hash = 2166136261u;
    for (char c : label) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return default_category_color(hash);
}

}  // namespace chronomap
