// Overlay shapes in device pixels: rectangles, discs and rings, drawn in one call per flush.
#pragma once

#include <vector>

#include "render/gl_handles.h"
#include "render/palette.h"
#include "render/shader_program.h"
#include "render/vector_record.h"

namespace chronomap {

class ShapeBatch {
public:
    ShapeBatch();

    void rect(float x0, float y0, float x1, float y1, const Color& color);
    void disc(float cx, float cy, float radius, const Color& color);
    void ring(float cx, float cy, float radius, float width, const Color& color);
    // Draws what was added; with `record`, also records it there as vectors (SVG, PDF export).
    void draw(int viewport_width, int viewport_height, VectorRecord* record = nullptr);
    // The vector group the next shapes belong to ("legend", "scale bar").
    void set_group(std::string group) { group_ = std::move(group); }

private:
    void quad(float x0, float y0, float x1, float y1, const Color& color, float kind, float radius, float width);
    std::vector<VectorItem> pending_;  // the same shapes, for a vector record
    std::string group_;
    ShaderProgram program_;
    std::vector<float> vertices_;
    GlVertexArray vao_;
    GlBuffer vbo_;
};

}  // namespace chronomap
