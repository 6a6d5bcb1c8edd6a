#include "render/palette.h"

#include <algorithm>
#include <cmath>

namespace chronomap {

double relative_luminance(const Color& c) {
    auto linear = [](float v) { return v <= 0.04045f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(const Color& a, const Color& b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color category_color_on(const Palette& palette, const Color& color) {
    constexpr double kMinContrast = 3.0;
    if (relative_luminance(palette.land) > 0.2) return color;  // a light ground: dark colours stand out
    Color out = color;
    for (int step = 0; step < 20 && contrast_ratio(out, palette.land) < kMinContrast; ++step) {
        // Towards white in small steps, so the hue stays recognisable.
        out.r += (1 - out.r) * 0.08f, out.g += (1 - out.g) * 0.08f, out.b += (1 - out.b) * 0.08f;
    }
    return out;
}

Color rgb(unsigned hex, float alpha) {
    return {static_cast<float>((hex >> 16) & 0xff) / 255.f, static_cast<float>((hex >> 8) & 0xff) / 255.f,
            static_cast<float>(hex & 0xff) / 255.f, alpha};
}

const Palette& palette_for(Theme theme) {
    static const Palette light{
        .water = rgb(0xd4e1ea),
        .land = rgb(0xf5f2ea),
        .coastline = rgb(0x9db2c2),
        .border = rgb(0xa89e8f),
        .text = rgb(0x24272b),
        .text_muted = rgb(0x5b6168),
        .halo = rgb(0xffffff, 0.85f),
        .panel = rgb(0xffffff, 0.88f),
        .panel_edge = rgb(0xc9ccd0),
        .marker_outline = rgb(0xffffff, 0.95f),
        .selection = rgb(0x111111, 0.9f),
        .density = {rgb(0xfdbb63, 0.8f), rgb(0xf4793e, 0.88f), rgb(0xe0452b, 0.9f), rgb(0x7f0a1e, 0.95f)},
    };
    static const Palette dark{
        .water = rgb(0x16202b),
        .land = rgb(0x2a313b),
        .coastline = rgb(0x4a6072),
        .border = rgb(0x56606d),
        .text = rgb(0xeceff2),
        .text_muted = rgb(0xa9b1ba),
        .halo = rgb(0x0e141b, 0.85f),
        .panel = rgb(0x151b22, 0.88f),
        .panel_edge = rgb(0x3a434e),
        .marker_outline = rgb(0xdfe4ea, 0.9f),  // light: a dark marker still shows its edge
        .selection = rgb(0xffffff, 0.95f),
        .density = {rgb(0x7b3fa0, 0.8f), rgb(0xb63679, 0.8f), rgb(0xf7705c, 0.9f), rgb(0xfcfdbf, 0.95f)},
    };
    return theme == Theme::dark ? dark : light;
}

}  // namespace chronomap
