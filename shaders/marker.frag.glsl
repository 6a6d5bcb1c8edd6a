#version 330 core
// A disc with an outline; a ring (hollow) for spans and coarse dates; a halo for selection.
// Variants (defines after #version, event_layer.cpp): CHRONOMAP_HIGHLIGHT for the selection
// pass, CHRONOMAP_NO_AREA_MARKERS when no drawn marker is an area. llvmpipe runs both sides of
// a branch on every fragment, so what is per marker is in flat varyings and the rest has no
// branch (docs/PERFORMANCE.md, "Video export").
in vec4 v_color;
flat in float v_radius;
flat in float v_ring;
flat in float v_area;
flat in float v_size;
flat in float v_outline_at;  // device pixels from the center where the outline begins
flat in float v_ring_at;     // where a ring's thick band begins (a disc: its alphas are equal)
flat in vec2 v_fill_alpha;   // the fill's alpha inside the band, and in it
uniform vec4 u_outline;
uniform vec4 u_highlight_color;
uniform float u_pixel_scale;
out vec4 o_color;

void main() {
    float d = length(gl_PointCoord - 0.5) * v_size;  // device pixels from the center
    float edge = clamp(v_radius - d + 0.5, 0.0, 1.0);  // 1 inside the disc, antialiased
    if (edge <= 0.0) discard;
#ifdef CHRONOMAP_HIGHLIGHT
    float ring = clamp(d - (v_radius - 3.0 * u_pixel_scale) + 0.5, 0.0, 1.0);
    o_color = vec4(u_highlight_color.rgb, u_highlight_color.a * edge * ring);
#else
    float in_outline = clamp(d - v_outline_at + 0.5, 0.0, 1.0);
    // Hollow: a thick coloured ring inside the outline, a faint tint in the middle.
    float in_ring = clamp(d - v_ring_at + 0.5, 0.0, 1.0);
    vec4 fill = vec4(v_color.rgb, mix(v_fill_alpha.x, v_fill_alpha.y, in_ring));
    vec4 outline = u_outline;
#ifndef CHRONOMAP_NO_AREA_MARKERS
    if (v_area > 0.5) {
        // An approximate place (a region, "near" a town): lighter fill, dashed outline.
        fill.a *= 0.45;
        vec2 p = gl_PointCoord - 0.5;
        float dash = step(0.5, fract(atan(p.y, p.x) / 6.2831853 * 10.0));
        outline = mix(vec4(v_color.rgb, 0.0), vec4(v_color.rgb, 0.95), dash);
    }
#endif
    vec4 color = mix(fill, outline, in_outline);
    // v_color.a is below 1 for faded events (cumulative mode) only.
    o_color = vec4(color.rgb, color.a * edge * v_color.a);
#endif
}
