#include "core/sources/known_codes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
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

namespace {

// ACLED's six event types in six hues: violence warm (battles crimson, explosions orange,
// violence against civilians purple), unrest cool, the rest brown. UCDP's types follow them.
constexpr std::array<std::pair<std::string_view, Rgba>, 9> kKnownTypes{{
    {"Battles", {200, 30, 45, 255}},
    {"Explosions/Remote violence", {235, 120, 0, 255}},
    {"Violence against civilians", {122, 1, 119, 255}},
    {"Protests", {0, 114, 178, 255}},
    {"Riots", {0, 150, 110, 255}},
    {"Strategic developments", {140, 100, 40, 255}},
    {"State-based conflict", {200, 30, 45, 255}},
    {"Non-state conflict", {235, 120, 0, 255}},
    {"One-sided violence", {122, 1, 119, 255}},
}};

// ACLED's sub-event types under their event type: drawn as shades of its hue, so a map of
// sub-event types still reads as six families.
struct SubEventTypes {
    std::string_view type;
    std::array<std::string_view, 8> subtypes;
};
constexpr std::array<SubEventTypes, 6> kSubEventTypes{{
    {"Battles", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
    {"Explosions/Remote violence",
     {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
      "Grenade", "Chemical weapon"}},
    {"Violence against civilians", {"Attack", "Abduction/forced disappearance", "Sexual violence"}},
    {"Protests", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
    {"Riots", {"Violent demonstration", "Mob violence"}},
    {"Strategic developments",
     {"Looting/property destruction", "Arrests", "Agreement", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Non-violent transfer of territory", "Other"}},
}};

// Shade k of n: from darker to lighter around the type's hue.
Rgba shade(Rgba base, size_t k, size_t n) {
    double t = n <= 1 ? 0 : -0.35 + 0.75 * static_cast<double>(k) / static_cast<double>(n - 1);
    auto channel = [&](std::uint8_t c) {
        double v = t < 0 ? c * (1 + t) : c + (255 - c) * t;
        return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0, 255.0)));
    };
    return {channel(base.r), channel(base.g), channel(base.b), 255};
}

}  // namespace

std::optional<Rgba> known_category_color(std::string_view label) {
    for (const auto& [name, color] : kKnownTypes)
        if (name == label) return color;
    for (const SubEventTypes& family : kSubEventTypes) {
        size_t n = 0;
        while (n < family.subtypes.size() && !family.subtypes[n].empty()) ++n;
        for (size_t k = 0; k < n; ++k)
            if (family.subtypes[k] == label)
                for (const auto& [name, color] : kKnownTypes)
                    if (name == family.type) return shade(color, k, n);
    }
    return std::nullopt;
}

Rgba stable_category_color(std::string_view label) {
    if (auto known = known_category_color(label)) return *known;
    // FNV-1a of the label picks a palette entry: the same label, the same colour.
    std::uint32_t hash = 2166136261u;
    for (char c : label) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return default_category_color(hash);
}

}  // namespace chronomap
