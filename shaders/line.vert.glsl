#version 330 core
// Lines of any width as triangles: each vertex is pushed along its (miter) normal by half
// the width, in pixels, so one mesh serves every zoom and width.
layout(location = 0) in vec2 a_world;
layout(location = 1) in vec2 a_normal;
uniform vec2 u_center;
uniform float u_world_size;
uniform vec2 u_viewport;
uniform float u_half_width;  // device pixels

void main() {
    vec2 pixel = (a_world - u_center) * u_world_size + a_normal * u_half_width;
    gl_Position = vec4(pixel.x * 2.0 / u_viewport.x, -pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
}
