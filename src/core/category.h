// Event categories: a key used in files, a label shown to people, a colour.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

// "#rgb", "#rrggbb" or "#rrggbbaa".
std::optional<Rgba> parse_color(std::string_view text);
std::string format_color(Rgba color);

// Colours for categories that name none: distinct, readable on light and dark maps.
Rgba default_category_color(size_t index);

struct Category {
    std::string key;    // as used in events' "category"
    std::string label;  // shown in legends; the key when the file gives none
    Rgba color;
};

}  // namespace chronomap
