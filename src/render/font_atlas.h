// Glyphs rasterised by FreeType (Noto Sans) into one GL texture, on first use. Red holds the
// glyph's coverage, green a dilated copy used as a halo so labels stay readable on the map.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "render/gl_handles.h"

namespace chronomap {

enum class FontFace : std::uint8_t { regular, bold, italic, bold_italic };  // story captions use italics

struct Glyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // atlas texture coordinates
    int width = 0, height = 0;             // quad size in pixels, halo padding included
    int left = 0, top = 0;                 // quad offset from the pen position (top: above baseline)
    float advance = 0;                     // pixels
};

class FontAtlas {
public:
    // Throws std::runtime_error naming the missing font file and the package to install.
    FontAtlas();
    ~FontAtlas();
    FontAtlas(const FontAtlas&) = delete;
    FontAtlas& operator=(const FontAtlas&) = delete;

    const Glyph& glyph(FontFace face, char32_t codepoint, int pixel_size, int halo);
    float kerning(FontFace face, char32_t left, char32_t right, int pixel_size);
    float ascender(FontFace face, int pixel_size);
    // Binds the texture to unit 0, uploading glyphs added since the last call.
    void bind();

private:
    struct Fonts;
    std::unique_ptr<Fonts> fonts_;
    std::map<std::tuple<FontFace, char32_t, int, int>, Glyph> glyphs_;
    std::vector<std::uint8_t> pixels_;  // RG8, kSize x kSize
    int shelf_x_ = 1, shelf_y_ = 1, shelf_height_ = 0;
    bool dirty_ = true;
    std::optional<GlTexture> texture_;  // created on first bind()
};

// Decodes UTF-8; invalid bytes become U+FFFD.
std::u32string decode_utf8(const std::string& text);

}  // namespace chronomap
