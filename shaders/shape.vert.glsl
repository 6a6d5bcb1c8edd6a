#version 330 core
// Overlay shapes (panels, legend swatches, scale bar) in device pixels.
layout(location = 0) in vec2 a_pixel;
layout(location = 1) in vec2 a_local;  // -1..1 across the shape
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_shape;  // x: 0 rect, 1 disc, 2 ring; y: radius in pixels; z: ring width
uniform vec2 u_viewport;
out vec2 v_local;
out vec4 v_color;
flat out vec4 v_shape;

void main() {
    gl_Position = vec4(a_pixel.x * 2.0 / u_viewport.x - 1.0, 1.0 - a_pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
    v_local = a_local;
    v_color = a_color;
    v_shape = a_shape;
}
