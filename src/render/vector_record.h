// What a frame drew, as vectors: the same layout pass that draws with GL also records its
// shapes and words here when FrameContext::vector is set, so an SVG or PDF export
// (render/vector_export.h) shows the PNG's map, not a second drawing of it.
//
// Coordinates are device pixels from the top-left, as the batches use. Every item belongs
// to the map layer that drew it (set by MapRenderer: "basemap", "events", "labels" ...) and
// to a group inside it ("land", "rivers", "legend" ...), which become the file's layers.
#pragma once

#include <string>
#include <vector>

#include "core/map/basemap_mesh.h"  // Point2
#include "render/image.h"
#include "render/palette.h"

namespace chronomap {

// Diagonal stripes filling a shape (approximate zones, area.frag.glsl): along x - y, a dark
// stripe `dark_width` wide every `period` pixels, the rest in the style's fill colour. Dark
// where (x - y - offset) mod period < dark_width, in device pixels.
struct VectorHatch {
    Color dark{0, 0, 0, 0};
    float period = 0, dark_width = 0, offset = 0;  // period 0: no hatching
};

struct VectorStyle {
    Color fill{0, 0, 0, 0};    // alpha 0: not filled
    Color stroke{0, 0, 0, 0};  // alpha 0: not stroked
    float stroke_width = 0;
    float dash = 0, gap = 0;  // dashed stroke when dash > 0
    bool even_odd = false;    // fill rule: rings of any winding make holes (else non-zero)
    VectorHatch hatch{};      // the fill hatched with it when hatch.period > 0
};

struct VectorItem {
    enum class Kind : std::uint8_t { path, circle, text, image };
    Kind kind = Kind::path;
    std::string layer, group;
    std::string part;  // a sub-layer inside the group: one per user overlay ("roads.gpkg")
    VectorStyle style;
    // path: subpaths filled together (even holes, with the non-zero rule); closed or open.
    std::vector<std::vector<Point2>> subpaths;
    bool closed = true;
    // circle: centre and radius; text: the pen's start and the baseline.
    float x = 0, y = 0, radius = 0;
    // image: `image` (straight alpha) stretched, smoothly, over [x, x + w) x [y, y + h).
    Image image;
    float w = 0, h = 0;
    // text
    std::string text;
    // One pen start per character, as the PNG placed its hinted glyphs (letter-spaced names
    // are written letter by letter at these positions).
    std::vector<float> char_x;
    bool spaced = false;  // letter-spaced (region and country names)
    float size = 0;             // font size, device pixels
    bool bold = false, italic = false;
    Color halo{0, 0, 0, 0};
    float halo_width = 0;  // the halo's full width around each glyph's outline
};

// Items made field by field (aggregate initialisation would name every member).
VectorItem vector_path(std::string group, std::vector<std::vector<Point2>> subpaths, bool closed, const VectorStyle& style);
VectorItem vector_circle(std::string group, float cx, float cy, float radius, const VectorStyle& style);

class VectorRecord {
public:
    VectorRecord(int width, int height) : width_(width), height_(height) {}
    int width() const { return width_; }
    int height() const { return height_; }
    // The map layer now drawing (MapRenderer sets it around each Layer::draw).
    void set_layer(std::string layer) { layer_ = std::move(layer); }
    // The sub-layer the next items belong to ("" for none; UserLayerSet names each overlay).
    void set_part(std::string part) { part_ = std::move(part); }
    void add(VectorItem item) {
        item.layer = layer_;
        item.part = part_;
        items_.push_back(std::move(item));
    }
    void rect(const std::string& group, float x0, float y0, float x1, float y1, const Color& color);
    void circle(const std::string& group, float cx, float cy, float radius, const VectorStyle& style);
    void path(const std::string& group, std::vector<std::vector<Point2>> subpaths, bool closed,
              const VectorStyle& style);
    void image(const std::string& group, Image image, float x, float y, float w, float h);
    const std::vector<VectorItem>& items() const { return items_; }
    // The words drawn, in drawing order (tests, the report).
    std::vector<std::string> texts() const;

private:
    int width_, height_;
    std::string layer_, part_;
    std::vector<VectorItem> items_;
};

}  // namespace chronomap
