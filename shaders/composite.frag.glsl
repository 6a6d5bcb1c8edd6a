#version 330 core
// Copies a cached layer pixel for pixel (same size as the map's viewport: no filtering).
uniform sampler2D u_layer;
uniform ivec2 u_origin;  // the viewport's bottom-left corner in the framebuffer
out vec4 o_color;

void main() { o_color = texelFetch(u_layer, ivec2(gl_FragCoord.xy) - u_origin, 0); }
