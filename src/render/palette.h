// The map's colours for a theme: calm, low-contrast ground so the event markers lead.
#pragma once

#include "core/view_state.h"

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

}  // namespace chronomap
