// Text laid out in device pixels and drawn in one call per flush.
#pragma once

#include <string>
#include <vector>

#include "render/font_atlas.h"
#include "render/gl_handles.h"
#include "render/palette.h"
#include "render/shader_program.h"

namespace chronomap {

struct TextStyle {
    FontFace face = FontFace::regular;
    int size = 13;      // device pixels
    Color color;
    Color halo{0, 0, 0, 0};
    int halo_radius = 0;  // device pixels; 0: no halo
};

class TextBatch {
public:
    explicit TextBatch(FontAtlas& atlas);

    float measure(const std::string& utf8, const TextStyle& style);
    float ascender(const TextStyle& style) { return atlas_.ascender(style.face, style.size); }
    // `x` is the pen start, `baseline` the baseline, both device pixels from the top-left.
    void add(const std::string& utf8, float x, float baseline, const TextStyle& style);
    void draw(int viewport_width, int viewport_height);

private:
    FontAtlas& atlas_;
    ShaderProgram program_;
    std::vector<float> vertices_;
    GlVertexArray vao_;
    GlBuffer vbo_;
};

}  // namespace chronomap
