#version 330 core
// Basemap fill: world coordinates (normalised Web Mercator) to clip space.
layout(location = 0) in vec2 a_world;
uniform vec2 u_center;       // world point at the middle of the viewport
uniform float u_world_size;  // device pixels per world unit
uniform vec2 u_viewport;     // device pixels

void main() {
    vec2 pixel = (a_world - u_center) * u_world_size;
    gl_Position = vec4(pixel.x * 2.0 / u_viewport.x, -pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
}
