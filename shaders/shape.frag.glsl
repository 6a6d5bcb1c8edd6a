#version 330 core
in vec2 v_local;
in vec4 v_color;
flat in vec4 v_shape;
out vec4 o_color;

void main() {
    float alpha = 1.0;
    if (v_shape.x > 0.5) {
        float d = length(v_local) * v_shape.y;  // pixels from the center
        alpha = clamp(v_shape.y - d + 0.5, 0.0, 1.0);
        if (v_shape.x > 1.5) alpha *= clamp(d - (v_shape.y - v_shape.z) + 0.5, 0.0, 1.0);
    }
    if (alpha <= 0.0) discard;
    o_color = vec4(v_color.rgb, v_color.a * alpha);
}
