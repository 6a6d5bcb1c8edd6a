#version 330 core
// One point sprite per event. The time window and the category filter are uniforms: an
// event outside them is moved out of the clip volume, so scrubbing uploads nothing.
// What is shown is core/events/shown_rule.h's rule, its fields passed as u_window (from, until),
// u_fade_before and u_category_mask; the test below is ShownRuleOf::shows and ::fades.
layout(location = 0) in vec2 a_world;
layout(location = 1) in ivec2 a_time;   // [start, end) in seconds from the store's epoch
layout(location = 2) in float a_radius; // logical pixels
layout(location = 3) in uint a_category;
layout(location = 4) in uint a_flags;   // 1: span or coarse date (drawn as a ring); 2: approximate place;
                                        // bits 8-15: slot, 16-23: events at this spot (colocated_slots)
layout(location = 5) in uint a_passes;  // 1: passes the content filter (text, actors, ...)

uniform vec2 u_center;
uniform float u_world_size;
uniform vec2 u_viewport;
uniform float u_pixel_scale;
uniform ivec2 u_window;       // [start, end) like a_time
uniform int u_fade_before;    // cumulative mode: events over by then are drawn faded
uniform uvec2 u_category_mask; // bits 0-31, 32-63
uniform vec4 u_colors[64];
uniform float u_highlight;    // > 0: selection pass, drawn as a wide halo

out vec4 v_color;
flat out float v_radius;      // device pixels
flat out float v_ring;
flat out float v_area;
flat out float v_size;
flat out float v_outline_at;  // marker.frag.glsl says what these are
flat out float v_ring_at;
flat out vec2 v_fill_alpha;

void main() {
    uint bit = min(a_category, 63u);
    bool shown = bit < 32u ? ((u_category_mask.x >> bit) & 1u) != 0u : ((u_category_mask.y >> (bit - 32u)) & 1u) != 0u;
    shown = shown && a_passes != 0u && a_time.x < u_window.y && a_time.y > u_window.x;
    vec2 pixel = (a_world - u_center) * u_world_size;
    // Events at one spot are spread on small rings around it, so that each one's colour shows
    // (offset_of_slot in core/events/colocated_slots.h says the same).
    uint slot = (a_flags >> 8) & 255u, at_spot = (a_flags >> 16) & 255u;
    if (at_spot > 1u) {
        uint ring = slot / 12u;
        uint on_ring = min(at_spot - ring * 12u, 12u);
        float angle = 6.2831853 * float(slot % 12u) / float(on_ring) + float(ring) * 0.5 - 1.5707963;
        pixel += vec2(cos(angle), sin(angle)) * (5.0 + 5.0 * float(ring)) * u_pixel_scale;
    }
    gl_Position = shown ? vec4(pixel.x * 2.0 / u_viewport.x, -pixel.y * 2.0 / u_viewport.y, 0.0, 1.0)
                        : vec4(2.0, 2.0, 2.0, 1.0);
    v_color = u_colors[bit];
    if (a_time.y <= u_fade_before) v_color.a *= 0.3;
    v_radius = a_radius * u_pixel_scale + u_highlight * 4.0 * u_pixel_scale;
    v_ring = float(a_flags & 1u);
    v_area = float((a_flags >> 1) & 1u);
    // Room for the outline and antialiasing around the disc.
    v_size = 2.0 * v_radius + 3.0 * u_pixel_scale;
    float outline_width = 1.2 * u_pixel_scale;
    v_outline_at = v_radius - outline_width;
    float ring_width = max(2.5 * u_pixel_scale, v_radius * 0.28);
    v_ring_at = v_outline_at - ring_width;
    v_fill_alpha = v_ring > 0.5 ? vec2(0.18, 0.95) : vec2(0.82);
    gl_PointSize = shown ? v_size : 0.0;
}
