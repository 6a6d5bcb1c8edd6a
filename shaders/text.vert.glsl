#version 330 core
// Glyph quads in device pixels (origin top-left).
layout(location = 0) in vec2 a_pixel;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_halo;
uniform vec2 u_viewport;
out vec2 v_uv;
out vec4 v_color;
out vec4 v_halo;

void main() {
    gl_Position = vec4(a_pixel.x * 2.0 / u_viewport.x - 1.0, 1.0 - a_pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
    v_uv = a_uv;
    v_color = a_color;
    v_halo = a_halo;
}
