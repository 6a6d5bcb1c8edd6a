#version 330 core
// Copies a cached layer pixel for pixel (same size as the target: no filtering).
uniform sampler2D u_layer;
out vec4 o_color;

void main() { o_color = texelFetch(u_layer, ivec2(gl_FragCoord.xy), 0); }
