// Overlay shapes in device pixels: rectangles, discs and rings, drawn in one call per flush.
#pragma once

#include <vector>

#include "render/gl_handles.h"
#include "render/palette.h"
#include "render/shader_program.h"

namespace chronomap {

class ShapeBatch {
public:
    ShapeBatch();

    void rect(float x0, float y0, float x1, float y1, const Color& color);
    void disc(float cx, float cy, float radius, const Color& color);
    void ring(float cx, float cy, float radius, float width, const Color& color);
    void draw(int viewport_width, int viewport_height);

private:
    void quad(float x0, float y0, float x1, float y1, const Color& color, float kind, float radius, float width);
    ShaderProgram program_;
    std::vector<float> vertices_;
    GlVertexArray vao_;
    GlBuffer vbo_;
};

}  // namespace chronomap
