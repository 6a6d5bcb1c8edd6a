// Text laid out in device pixels and drawn in one call per flush.
#pragma once

#include <string>
#include <vector>

#include "render/font_atlas.h"
#include "render/gl_handles.h"
#include "render/palette.h"
#include "render/shader_program.h"
#include "render/vector_record.h"

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
    // Letter-spaced words (region and country names): each character `tracking` pixels after
    // the previous one's advance; recorded as one text.
    void add_spaced(const std::vector<std::string>& characters, float x, float baseline, float tracking,
                    const TextStyle& style);
    // Draws what was added; with `record`, also records it there as text (SVG, PDF export).
    void draw(int viewport_width, int viewport_height, VectorRecord* record = nullptr);
    // The vector group the next words belong to ("legend", "title").
    void set_group(std::string group) { group_ = std::move(group); }

private:
    void add_glyphs(const std::string& utf8, float x, float baseline, const TextStyle& style);
    VectorItem vector_text(std::string utf8, float x, float baseline, const TextStyle& style) const;
    FontAtlas& atlas_;
    std::vector<VectorItem> pending_;  // the same words, for a vector record
    std::string group_;
    ShaderProgram program_;
    std::vector<float> vertices_;
    GlVertexArray vao_;
    GlBuffer vbo_;
};

}  // namespace chronomap
