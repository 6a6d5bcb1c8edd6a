#include "core/events/category.h"

#include <array>
#include <cstdio>

namespace chronomap {
namespace {

std::optional<int> hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return std::nullopt;
}

}  // namespace

std::optional<Rgba> parse_color(std::string_view text) {
    if (text.empty() || text[0] != '#') return std::nullopt;
    text.remove_prefix(1);
    std::array<int, 8> nibbles{};
    for (size_t i = 0; i < text.size() && i < nibbles.size(); ++i) {
        auto v = hex_value(text[i]);
        if (!v) return std::nullopt;
        nibbles[i] = *v;
    }
    auto byte = [&](size_t i) { return static_cast<std::uint8_t>(nibbles[i] * 16 + nibbles[i + 1]); };
    auto doubled = [&](size_t i) { return static_cast<std::uint8_t>(nibbles[i] * 17); };
    switch (text.size()) {
        case 3: return Rgba{doubled(0), doubled(1), doubled(2), 255};
        case 6: return Rgba{byte(0), byte(2), byte(4), 255};
        case 8: return Rgba{byte(0), byte(2), byte(4), byte(6)};
        default: return std::nullopt;
    }
}

std::string format_color(Rgba color) {
    char buffer[10];
    if (color.a == 255)
        std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", color.r, color.g, color.b);
    else
        std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x%02x", color.r, color.g, color.b, color.a);
    return buffer;
}

Rgba default_category_color(size_t index) {
    // Okabe-Ito first (tells categories apart for colour-blind readers too), then colours
    // chosen to stay apart from them and from each other on light and dark maps: 14 in all,
    // none of them the basemap's grey.
    static constexpr std::array<Rgba, kDistinctCategoryColors> kPalette{{{213, 94, 0, 255},
                                                   {0, 114, 178, 255},
                                                   {0, 158, 115, 255},
                                                   {204, 121, 167, 255},
                                                   {230, 159, 0, 255},
                                                   {86, 180, 233, 255},
                                                   {117, 112, 179, 255},
                                                   {102, 166, 30, 255},
                                                   {166, 118, 29, 255},
                                                   {231, 41, 138, 255},
                                                   {0, 90, 50, 255},
                                                   {128, 0, 38, 255},
                                                   {240, 228, 66, 255},
                                                   {40, 40, 120, 255}}};
    return kPalette[index % kPalette.size()];
}

Rgba drawn_category_color(const Category& category) {
    if (category.key.empty() && category.color == Rgba{130, 130, 130, 255}) return kUncategorisedColor;
    return category.color;
}

}  // namespace chronomap
