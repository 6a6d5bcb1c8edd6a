#include "render/font_atlas.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

#include "render/gl_check.h"

namespace chronomap {
namespace {
constexpr int kAtlasSize = 2048;
}

struct FontAtlas::Fonts {
    FT_Library library = nullptr;
    FT_Face faces[4] = {nullptr, nullptr, nullptr, nullptr};
    ~Fonts() {
        for (FT_Face face : faces)
            if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    FT_Face at(FontFace face, int pixel_size) {
        FT_Face f = faces[static_cast<int>(face)];
        FT_Set_Pixel_Sizes(f, 0, static_cast<FT_UInt>(pixel_size));
        return f;
    }
};

FontAtlas::FontAtlas() : fonts_(std::make_unique<Fonts>()), pixels_(static_cast<size_t>(kAtlasSize) * kAtlasSize * 2) {
    if (FT_Init_FreeType(&fonts_->library)) throw std::runtime_error("cannot initialise FreeType");
    const char* files[] = {CHRONOMAP_FONT_DIR "/NotoSans-Regular.ttf", CHRONOMAP_FONT_DIR "/NotoSans-Bold.ttf",
                           CHRONOMAP_FONT_DIR "/NotoSans-Italic.ttf", CHRONOMAP_FONT_DIR "/NotoSans-BoldItalic.ttf"};
    for (int i = 0; i < 4; ++i) {
        if (!std::filesystem::exists(files[i]) || FT_New_Face(fonts_->library, files[i], 0, &fonts_->faces[i]))
            throw std::runtime_error(std::string("cannot load the font ") + files[i] +
                                     "; install it with: sudo apt-get install fonts-noto-core");
    }
}

FontAtlas::~FontAtlas() = default;

const Glyph& FontAtlas::glyph(FontFace face, char32_t codepoint, int pixel_size, int halo) {
    auto key = std::tuple{face, codepoint, pixel_size, halo};
    auto found = glyphs_.find(key);
    if (found != glyphs_.end()) return found->second;

    FT_Face f = fonts_->at(face, pixel_size);
    FT_UInt index = FT_Get_Char_Index(f, codepoint);
    if (index == 0 && codepoint != U'?') return glyph(face, U'?', pixel_size, halo);  // not in Noto Sans
    FT_Load_Glyph(f, index, FT_LOAD_TARGET_LIGHT);
    FT_Render_Glyph(f->glyph, FT_RENDER_MODE_NORMAL);
    const FT_Bitmap& bitmap = f->glyph->bitmap;
    int w = static_cast<int>(bitmap.width) + 2 * halo, h = static_cast<int>(bitmap.rows) + 2 * halo;

    if (shelf_x_ + w + 1 > kAtlasSize) shelf_x_ = 1, shelf_y_ += shelf_height_ + 1, shelf_height_ = 0;
    if (shelf_y_ + h + 1 > kAtlasSize) {
        // Full (thousands of glyph sizes): start over; glyphs in use are re-added on demand.
        glyphs_.clear();
        std::fill(pixels_.begin(), pixels_.end(), std::uint8_t{0});
        shelf_x_ = shelf_y_ = 1, shelf_height_ = 0;
    }
    int x0 = shelf_x_, y0 = shelf_y_;
    shelf_x_ += w + 1;
    shelf_height_ = std::max(shelf_height_, h);

    auto coverage = [&](int x, int y) -> float {  // x, y in padded glyph space
        int bx = x - halo, by = y - halo;
        if (bx < 0 || by < 0 || bx >= static_cast<int>(bitmap.width) || by >= static_cast<int>(bitmap.rows)) return 0;
        return bitmap.buffer[by * bitmap.pitch + bx] / 255.f;
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float dilated = 0;
            for (int dy = -halo; dy <= halo; ++dy)
                for (int dx = -halo; dx <= halo; ++dx) {
                    float reach = std::clamp(static_cast<float>(halo) + 0.5f - std::hypot(static_cast<float>(dx), static_cast<float>(dy)), 0.f, 1.f);
                    if (reach > 0) dilated = std::max(dilated, coverage(x + dx, y + dy) * reach);
                }
            size_t at = (static_cast<size_t>(y0 + y) * kAtlasSize + (x0 + x)) * 2;
            pixels_[at] = static_cast<std::uint8_t>(std::lround(coverage(x, y) * 255));
            pixels_[at + 1] = static_cast<std::uint8_t>(std::lround(dilated * 255));
        }
    dirty_ = true;

    Glyph g;
    g.u0 = static_cast<float>(x0) / kAtlasSize, g.v0 = static_cast<float>(y0) / kAtlasSize;
    g.u1 = static_cast<float>(x0 + w) / kAtlasSize, g.v1 = static_cast<float>(y0 + h) / kAtlasSize;
    g.width = w, g.height = h;
    g.left = f->glyph->bitmap_left - halo;
    g.top = f->glyph->bitmap_top + halo;
    g.advance = static_cast<float>(f->glyph->advance.x) / 64.f;
    return glyphs_.emplace(key, g).first->second;
}

float FontAtlas::kerning(FontFace face, char32_t left, char32_t right, int pixel_size) {
    FT_Face f = fonts_->at(face, pixel_size);
    if (!FT_HAS_KERNING(f)) return 0;
    FT_Vector delta{};
    FT_Get_Kerning(f, FT_Get_Char_Index(f, left), FT_Get_Char_Index(f, right), FT_KERNING_DEFAULT, &delta);
    return static_cast<float>(delta.x) / 64.f;
}

float FontAtlas::ascender(FontFace face, int pixel_size) {
    FT_Face f = fonts_->at(face, pixel_size);
    return static_cast<float>(f->size->metrics.ascender) / 64.f;
}

void FontAtlas::bind() {
    glActiveTexture(GL_TEXTURE0);
    if (!texture_) {
        texture_.emplace();
        glBindTexture(GL_TEXTURE_2D, *texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, kAtlasSize, kAtlasSize, 0, GL_RG, GL_UNSIGNED_BYTE, nullptr);
    }
    glBindTexture(GL_TEXTURE_2D, *texture_);
    if (dirty_) {
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, kAtlasSize, kAtlasSize, GL_RG, GL_UNSIGNED_BYTE, pixels_.data());
        dirty_ = false;
        CHRONOMAP_GL_CHECK("glyph atlas upload");
    }
}

std::u32string decode_utf8(const std::string& text) {
    std::u32string out;
    for (size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        int length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + static_cast<size_t>(length) > text.size()) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        char32_t cp = length == 1 ? byte : byte & (0x7f >> length);
        bool ok = true;
        for (int k = 1; k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
            ok = ok && (next >> 6) == 2;
            cp = (cp << 6) | (next & 0x3f);
        }
        out.push_back(ok ? cp : U'\uFFFD');
        i += ok ? static_cast<size_t>(length) : 1;
    }
    return out;
}

}  // namespace chronomap
