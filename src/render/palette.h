// The map's colours for a theme: calm, low-contrast ground so the event markers lead.
#pragma once

#include "core/map/view_state.h"

namespace chronomap {

struct Color {
    float r = 0, g = 0, b = 0, a = 1;
};

struct Palette {
    Color water, land, coastline, border;
    Color text, text_muted, halo;  // halo: the outline that keeps text readable on the map
    Color panel, panel_edge;       // overlay backgrounds
    Color marker_outline, selection;
    Color density[4];  // low to high, for the aggregated view of very many events
};

const Palette& palette_for(Theme theme);
Color rgb(unsigned hex, float alpha = 1);

// WCAG relative luminance (0 black, 1 white) and contrast ratio (1 to 21).
double relative_luminance(const Color& c);
double contrast_ratio(const Color& a, const Color& b);
// A category's colour as markers and the legend draw it on this palette: on a dark ground,
// a colour too dark to stand out (dark red, brown, deep purple) is lightened towards white
// until it reaches a 3:1 contrast with the land; other colours are kept as they are.
Color category_color_on(const Palette& palette, const Color& color);

}  // namespace chronomap
