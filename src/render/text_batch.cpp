#include "render/text_batch.h"

#include <cmath>

#include "render/gl_check.h"
#include "shaders/text_frag.h"
#include "shaders/text_vert.h"

namespace chronomap {

TextBatch::TextBatch(FontAtlas& atlas) : atlas_(atlas), program_("text", shaders::k_text_vert, shaders::k_text_frag) {
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    constexpr GLsizei stride = 12 * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(2 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(4 * sizeof(float)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(8 * sizeof(float)));
    glBindVertexArray(0);
}

float TextBatch::measure(const std::string& utf8, const TextStyle& style) {
    std::u32string text = decode_utf8(utf8);
    float width = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        width += atlas_.glyph(style.face, text[i], style.size, style.halo_radius).advance;
        if (i + 1 < text.size()) width += atlas_.kerning(style.face, text[i], text[i + 1], style.size);
    }
    return width;
}

VectorItem TextBatch::vector_text(std::string utf8, float x, float baseline, const TextStyle& style) const {
    VectorItem item;
    item.kind = VectorItem::Kind::text;
    item.group = group_, item.style.fill = style.color;
    item.x = std::round(x), item.y = std::round(baseline);
    item.text = std::move(utf8);
    item.size = static_cast<float>(style.size);
    item.bold = style.face == FontFace::bold || style.face == FontFace::bold_italic;
    item.italic = style.face == FontFace::italic || style.face == FontFace::bold_italic;
    if (style.halo_radius > 0) item.halo = style.halo, item.halo_width = 2.f * static_cast<float>(style.halo_radius);
    return item;
}

void TextBatch::add(const std::string& utf8, float x, float baseline, const TextStyle& style) {
    VectorItem item = vector_text(utf8, x, baseline, style);
    // The pen positions add_glyphs() uses, one per character.
    std::u32string text = decode_utf8(utf8);
    float pen = std::round(x);
    for (size_t i = 0; i < text.size(); ++i) {
        item.char_x.push_back(std::round(pen));
        pen += atlas_.glyph(style.face, text[i], style.size, style.halo_radius).advance;
        if (i + 1 < text.size()) pen += atlas_.kerning(style.face, text[i], text[i + 1], style.size);
    }
    pending_.push_back(std::move(item));
    add_glyphs(utf8, x, baseline, style);
}

void TextBatch::add_spaced(const std::vector<std::string>& characters, float x, float baseline, float tracking,
                           const TextStyle& style) {
    VectorItem item = vector_text("", x, baseline, style);
    item.spaced = true;
    for (const std::string& ch : characters) {
        item.text += ch;
        item.char_x.push_back(std::round(x));
        add_glyphs(ch, x, baseline, style);
        x += measure(ch, style) + tracking;
    }
    pending_.push_back(std::move(item));
}

void TextBatch::add_glyphs(const std::string& utf8, float x, float baseline, const TextStyle& style) {
    std::u32string text = decode_utf8(utf8);
    float pen = std::round(x);
    baseline = std::round(baseline);  // whole pixels keep small text crisp
    for (size_t i = 0; i < text.size(); ++i) {
        const Glyph& g = atlas_.glyph(style.face, text[i], style.size, style.halo_radius);
        if (g.width > 0 && g.height > 0) {
            float x0 = std::round(pen) + static_cast<float>(g.left), y0 = baseline - static_cast<float>(g.top);
            float x1 = x0 + static_cast<float>(g.width), y1 = y0 + static_cast<float>(g.height);
            const Color& c = style.color;
            const Color& h = style.halo;
            auto vertex = [&](float px, float py, float u, float v) {
                vertices_.insert(vertices_.end(), {px, py, u, v, c.r, c.g, c.b, c.a, h.r, h.g, h.b, h.a});
            };
            vertex(x0, y0, g.u0, g.v0), vertex(x1, y0, g.u1, g.v0), vertex(x1, y1, g.u1, g.v1);
            vertex(x0, y0, g.u0, g.v0), vertex(x1, y1, g.u1, g.v1), vertex(x0, y1, g.u0, g.v1);
        }
        pen += g.advance;
        if (i + 1 < text.size()) pen += atlas_.kerning(style.face, text[i], text[i + 1], style.size);
    }
}

void TextBatch::draw(int viewport_width, int viewport_height, VectorRecord* record) {
    if (record)
        for (VectorItem& item : pending_) record->add(std::move(item));
    pending_.clear();
    if (vertices_.empty()) return;
    program_.use();
    atlas_.bind();
    glUniform1i(program_.uniform("u_atlas"), 0);
    glUniform2f(program_.uniform("u_viewport"), static_cast<float>(viewport_width), static_cast<float>(viewport_height));
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size() * sizeof(float)), vertices_.data(),
                 GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices_.size() / 12));
    glBindVertexArray(0);
    vertices_.clear();
    CHRONOMAP_GL_CHECK("drawing text");
}

}  // namespace chronomap
