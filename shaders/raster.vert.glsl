#version 330 core
// A user's raster (GeoTIFF, MBTiles, shaded relief): one quad over its Web Mercator box.
layout(location = 0) in vec2 a_world;
layout(location = 1) in vec2 a_uv;
uniform vec2 u_center;
uniform float u_world_size;
uniform vec2 u_viewport;
out vec2 v_uv;

void main() {
    vec2 pixel = (a_world - u_center) * u_world_size;
    gl_Position = vec4(pixel.x * 2.0 / u_viewport.x, -pixel.y * 2.0 / u_viewport.y, 0.0, 1.0);
    v_uv = a_uv;
}
