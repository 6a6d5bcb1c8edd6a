#version 330 core
// The atlas holds glyph coverage in red and a dilated copy (the halo) in green.
in vec2 v_uv;
in vec4 v_color;
in vec4 v_halo;
uniform sampler2D u_atlas;
out vec4 o_color;

void main() {
    vec2 coverage = texture(u_atlas, v_uv).rg;
    vec4 halo = vec4(v_halo.rgb, v_halo.a * coverage.g);
    o_color = mix(halo, vec4(v_color.rgb, 1.0), coverage.r);
    o_color.a = max(halo.a, coverage.r * v_color.a);
    if (o_color.a <= 0.0) discard;
}
