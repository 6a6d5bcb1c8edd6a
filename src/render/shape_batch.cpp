#include "render/shape_batch.h"

#include "render/gl_check.h"
#include "shaders/shape_frag.h"
#include "shaders/shape_vert.h"

namespace chronomap {
namespace {
constexpr int kFloatsPerVertex = 12;
}

ShapeBatch::ShapeBatch() : program_("shape", shaders::k_shape_vert, shaders::k_shape_frag) {
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    constexpr GLsizei stride = kFloatsPerVertex * sizeof(float);
    const int sizes[] = {2, 2, 4, 4};
    size_t offset = 0;
    for (GLuint i = 0; i < 4; ++i) {
        glEnableVertexAttribArray(i);
        glVertexAttribPointer(i, sizes[i], GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offset * sizeof(float)));
        offset += static_cast<size_t>(sizes[i]);
    }
    glBindVertexArray(0);
}

void ShapeBatch::quad(float x0, float y0, float x1, float y1, const Color& c, float kind, float radius, float width) {
    auto vertex = [&](float x, float y, float lx, float ly) {
        vertices_.insert(vertices_.end(), {x, y, lx, ly, c.r, c.g, c.b, c.a, kind, radius, width, 0.f});
    };
    vertex(x0, y0, -1, -1), vertex(x1, y0, 1, -1), vertex(x1, y1, 1, 1);
    vertex(x0, y0, -1, -1), vertex(x1, y1, 1, 1), vertex(x0, y1, -1, 1);
}

void ShapeBatch::rect(float x0, float y0, float x1, float y1, const Color& color) {
    quad(x0, y0, x1, y1, color, 0, 0, 0);
    pending_.push_back(vector_path(group_, {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}, true, {.fill = color}));
}

void ShapeBatch::disc(float cx, float cy, float radius, const Color& color) {
    pending_.push_back(vector_circle(group_, cx, cy, radius, {.fill = color}));
    // The quad is half a pixel larger than the disc so its antialiased edge is not cut.
    float r = radius + 0.5f;
    quad(cx - r, cy - r, cx + r, cy + r, color, 1, r, 0);
}

void ShapeBatch::ring(float cx, float cy, float radius, float width, const Color& color) {
    // The shader covers [radius - width, radius]: a stroke along its middle.
    pending_.push_back(vector_circle(group_, cx, cy, radius - width / 2, {.stroke = color, .stroke_width = width}));
    float r = radius + 0.5f;
    quad(cx - r, cy - r, cx + r, cy + r, color, 2, r, width);
}

void ShapeBatch::draw(int viewport_width, int viewport_height, VectorRecord* record) {
    if (record)
        for (VectorItem& item : pending_) record->add(std::move(item));
    pending_.clear();
    if (vertices_.empty()) return;
    program_.use();
    glUniform2f(program_.uniform("u_viewport"), static_cast<float>(viewport_width), static_cast<float>(viewport_height));
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size() * sizeof(float)), vertices_.data(),
                 GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices_.size() / kFloatsPerVertex));
    glBindVertexArray(0);
    vertices_.clear();
    CHRONOMAP_GL_CHECK("drawing overlay shapes");
}

}  // namespace chronomap
