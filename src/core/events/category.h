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

// Colours for categories that name none: distinct, readable on light and dark maps; the
// first kDistinctCategoryColors differ from each other.
inline constexpr size_t kDistinctCategoryColors = 14;
Rgba default_category_color(size_t index);


struct Category {
    std::string key;    // as used in events' "category"
    std::string label;  // shown in legends; the key when the file gives none
    Rgba color;
};

// Events that name no category ("Other"): a colour of their own, not the basemap towns' grey.
inline constexpr Rgba kUncategorisedColor{80, 50, 175, 255};
// The colour a category is drawn in: its own, except the reader's grey for events without
// a category, which would vanish among the basemap's towns.
Rgba drawn_category_color(const Category& category);

}  // namespace chronomap
