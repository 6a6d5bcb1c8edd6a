#version 330 core
// Areas and lines (render/area_layer.h): fills as triangles in world coordinates, outlines
// and lines as triangles pushed along their normals by half the width in device pixels.
// Colour comes from the category, looked up in a uniform table so a theme change needs no
// new buffer.
layout(location = 0) in vec2 a_world;
layout(location = 1) in vec2 a_normal;  // zero for fills
layout(location = 2) in float a_along;  // world distance along the line, for dashes
layout(location = 3) in uint a_category;
layout(location = 4) in uint a_flags;   // 1: approximate
uniform vec2 u_center;
uniform float u_world_size;  // device pixels per world unit
uniform vec2 u_viewport;
uniform float u_half_width;  // device pixels
uniform vec4 u_colors[64];
uniform vec4 u_override;     // used instead of the category colour when its alpha > 0
out vec4 v_color;
out float v_along;           // device pixels
flat out uint v_flags;

void main() {
    vec2 pixel = (a_world - u_center) * u_world_size + a_normal * u_half_width;
    gl_Position = vec4(pixel.x * 2.0 / u_viewport.x, -pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
    v_color = u_override.a > 0.0 ? u_override : u_colors[min(a_category, 63u)];
    v_along = a_along * u_world_size;
    v_flags = a_flags;
}
