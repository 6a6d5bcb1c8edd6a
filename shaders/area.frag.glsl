#version 330 core
// Fills at low opacity, hatched when the zone is approximate; outlines dashed when approximate.
in vec4 v_color;
in float v_along;
flat in uint v_flags;
uniform float u_alpha;  // fill or outline opacity
uniform float u_scale;  // device pixels per logical pixel
uniform int u_fill;     // 1: a fill, 0: an outline or line
out vec4 o_color;

void main() {
    float alpha = u_alpha;
    bool approximate = (v_flags & 1u) != 0u;
    if (approximate) {
        if (u_fill == 1) {
            // Diagonal hatching: the zone is known roughly, its edge is not a fact.
            float stripe = mod(gl_FragCoord.x + gl_FragCoord.y, 9.0 * u_scale);
            alpha *= stripe < 2.5 * u_scale ? 2.2 : 0.45;
        } else if (mod(v_along, 11.0 * u_scale) > 6.5 * u_scale) {
            discard;
        }
    }
    o_color = vec4(v_color.rgb, v_color.a * alpha);
}
