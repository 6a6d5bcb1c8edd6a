#version 330 core
// A disc with an outline; a ring (hollow) for spans and coarse dates; a halo for selection.
in vec4 v_color;
flat in float v_radius;
flat in float v_ring;
flat in float v_area;
flat in float v_size;
uniform vec4 u_outline;
uniform vec4 u_highlight_color;
uniform float u_highlight;
uniform float u_pixel_scale;
out vec4 o_color;

void main() {
    float d = length(gl_PointCoord - 0.5) * v_size;  // device pixels from the center
    float edge = clamp(v_radius - d + 0.5, 0.0, 1.0);  // 1 inside the disc, antialiased
    if (edge <= 0.0) discard;
    if (u_highlight > 0.0) {
        float ring = clamp(d - (v_radius - 3.0 * u_pixel_scale) + 0.5, 0.0, 1.0);
        o_color = vec4(u_highlight_color.rgb, u_highlight_color.a * edge * ring);
        return;
    }
    float outline_width = 1.2 * u_pixel_scale;
    float in_outline = clamp(d - (v_radius - outline_width) + 0.5, 0.0, 1.0);
    vec4 fill = v_color;
    if (v_ring > 0.5) {
        // Hollow: a thick coloured ring inside the outline, a faint tint in the middle.
        float ring_width = max(2.5 * u_pixel_scale, v_radius * 0.28);
        float in_ring = clamp(d - (v_radius - outline_width - ring_width) + 0.5, 0.0, 1.0);
        fill = mix(vec4(v_color.rgb, 0.18), vec4(v_color.rgb, 0.95), in_ring);
    } else {
        fill.a = 0.82;
    }
    vec4 outline = u_outline;
    if (v_area > 0.5) {
        // An approximate place (a region, "near" a town): lighter fill, dashed outline.
        fill.a *= 0.45;
        vec2 p = gl_PointCoord - 0.5;
        float dash = step(0.5, fract(atan(p.y, p.x) / 6.2831853 * 10.0));
        outline = mix(vec4(v_color.rgb, 0.0), vec4(v_color.rgb, 0.95), dash);
    }
    vec4 color = mix(fill, outline, in_outline);
    // v_color.a is below 1 for faded events (cumulative mode) only.
    o_color = vec4(color.rgb, color.a * edge * v_color.a);
}
