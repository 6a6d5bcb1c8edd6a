#version 330 core
uniform sampler2D u_image;
uniform float u_opacity;
in vec2 v_uv;
out vec4 o_color;

void main() {
    // The image is premultiplied (filtered without bleeding); the map blends straight colour.
    vec4 texel = texture(u_image, v_uv);
    vec3 colour = texel.a > 0.0 ? texel.rgb / texel.a : vec3(0.0);
    o_color = vec4(colour, texel.a * u_opacity);
}
