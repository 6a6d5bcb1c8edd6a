#include "render/vector_export.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <ostream>

#include "core/io/atomic_file.h"
#include "render/image_io.h"

namespace chronomap {
namespace {

// [SECTION] layers and groups, shared by both formats

// Items by map layer then group, each in first-drawn order. Layers never overlap in
// drawing order (MapRenderer draws them one after the other); groups inside a layer may
// interleave (a panel's boxes are flushed before every panel's words) but do not overlap
// on the picture, so gathering them keeps the picture.
struct Group {
    std::string name;
    std::vector<const VectorItem*> items;
};
struct LayerGroups {
    std::string name;
    std::vector<Group> groups;
};
std::vector<LayerGroups> gather(const VectorRecord& record) {
    std::vector<LayerGroups> layers;
    for (const VectorItem& item : record.items()) {
        if (layers.empty() || layers.back().name != item.layer) layers.push_back({item.layer, {}});
        auto& groups = layers.back().groups;
        auto at = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.name == item.group; });
        if (at == groups.end()) at = groups.insert(groups.end(), Group{item.group, {}});
        at->items.push_back(&item);
    }
    return layers;
}

// [SECTION] SVG

std::string xml_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                // Control characters are not allowed in XML 1.0.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
        }
    }
    return out;
}

// An id from a layer name: letters, digits and '-' ("place_names" -> "place-names").
std::string svg_id(std::string_view name) {
    std::string id;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id.empty() ? "group" : id;
}

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string hex(const Color& c) {
    char buffer[8];
    auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.f, 1.f) * 255)); };
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return buffer;
}

std::string paint(const char* what, const Color& c) {
    if (c.a <= 0) return std::string(" ") + what + "=\"none\"";
    std::string s = std::string(" ") + what + "=\"" + hex(c) + "\"";
    if (c.a < 0.999f) s += std::string(" ") + what + "-opacity=\"" + number(c.a) + "\"";
    return s;
}

bool same(const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }
bool same(const VectorHatch& a, const VectorHatch& b) {
    return same(a.dark, b.dark) && a.period == b.period && a.dark_width == b.dark_width && a.offset == b.offset;
}

// The hatched fills' <pattern>s, numbered in first-drawn order (write_svg_stream fills it).
struct Hatches {
    std::vector<std::pair<VectorHatch, Color>> list;  // hatch, light colour
    size_t index_of(const VectorStyle& style) const {
        for (size_t k = 0; k < list.size(); ++k)
            if (same(list[k].first, style.hatch) && same(list[k].second, style.fill)) return k;
        return list.size();
    }
};

std::string style_attributes(const VectorStyle& style, const Hatches& hatches) {
    std::string s = paint("fill", style.fill);
    if (style.hatch.period > 0) s = " fill=\"url(#hatch-" + std::to_string(hatches.index_of(style)) + ")\"";
    if (style.even_odd && style.fill.a > 0) s += " fill-rule=\"evenodd\"";
    if (style.stroke.a > 0 && style.stroke_width > 0) {
        s += paint("stroke", style.stroke) + " stroke-width=\"" + number(style.stroke_width) +
             "\" stroke-linejoin=\"round\" stroke-linecap=\"" + (style.dash > 0 ? "butt" : "round") + "\"";
        if (style.dash > 0) s += " stroke-dasharray=\"" + number(style.dash) + " " + number(style.gap) + "\"";
    }
    return s;
}

std::string path_data(const VectorItem& item) {
    std::string d;
    for (const auto& subpath : item.subpaths) {
        // Absolute first point, then relative moves: shorter, and Illustrator reads both.
        d += 'M' + number(subpath[0].x) + ' ' + number(subpath[0].y);
        double x = std::round(subpath[0].x * 100) / 100, y = std::round(subpath[0].y * 100) / 100;
        d += 'l';
        for (size_t k = 1; k < subpath.size(); ++k) {
            double nx = std::round(subpath[k].x * 100) / 100, ny = std::round(subpath[k].y * 100) / 100;
            std::string dx = number(nx - x), dy = number(ny - y);
            if (dx[0] != '-' && k > 1) d += ' ';
            d += dx;
            if (dy[0] != '-') d += ' ';
            d += dy;
            x = nx, y = ny;
        }
        if (item.closed) d += 'z';
    }
    return d;
}

std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t k = 0; k < bytes.size(); k += 3) {
        std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])) << 16;
        if (k + 1 < bytes.size()) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k + 1])) << 8;
        if (k + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[k + 2]);
        out += kDigits[(v >> 18) & 63];
        out += kDigits[(v >> 12) & 63];
        out += k + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
        out += k + 2 < bytes.size() ? kDigits[v & 63] : '=';
    }
    return out;
}

void write_svg_item(std::ostream& out, const VectorItem& item, const Hatches& hatches) {
    switch (item.kind) {
        case VectorItem::Kind::image:
            // Both href spellings: SVG 2 readers and Illustrator/older ones.
            out << "<image x=\"" << number(item.x) << "\" y=\"" << number(item.y) << "\" width=\"" << number(item.w)
                << "\" height=\"" << number(item.h) << "\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,"
                << base64(encode_png(item.image)) << "\"/>\n";
            return;
        case VectorItem::Kind::path:
            // An open path is never filled (style_attributes says fill="none" for it).
            out << "<path d=\"" << path_data(item) << "\"" << style_attributes(item.style, hatches) << "/>\n";
            return;
        case VectorItem::Kind::circle:
            out << "<circle cx=\"" << number(item.x) << "\" cy=\"" << number(item.y) << "\" r=\""
                << number(item.radius) << "\"" << style_attributes(item.style, hatches) << "/>\n";
            return;
        case VectorItem::Kind::text: {
            // One <tspan> per letter at the pen position the PNG drew it (librsvg reads no list
            // of x; its unhinted advances would drift a long label by pixels). Editors keep
            // the <text> one object.
            out << "<text x=\"" << number(item.x) << "\" y=\"" << number(item.y) << "\" font-size=\""
                << number(item.size) << "\"";
            if (item.bold) out << " font-weight=\"bold\"";
            if (item.italic) out << " font-style=\"italic\"";
            out << paint("fill", item.style.fill);
            // The halo under the glyphs, as the PNG's: a stroke painted first.
            if (item.halo.a > 0 && item.halo_width > 0)
                out << paint("stroke", item.halo) << " stroke-width=\"" << number(item.halo_width)
                    << "\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
            out << ">";
            if (item.char_x.empty()) {
                out << xml_escape(item.text);
            } else {
                size_t byte = 0;
                for (float x : item.char_x) {
                    size_t end = byte + 1;
                    while (end < item.text.size() && (static_cast<unsigned char>(item.text[end]) & 0xC0) == 0x80) ++end;
                    out << "<tspan x=\"" << number(x) << "\">" << xml_escape(item.text.substr(byte, end - byte)) << "</tspan>";
                    byte = end;
                }
            }
            out << "</text>\n";
            return;
        }
    }
}

void write_svg_stream(std::ostream& out, const VectorRecord& record, const VectorDocument& document) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\""
        << record.width() << "\" height=\"" << record.height() << "\" viewBox=\"0 0 " << record.width() << " "
        << record.height() << "\" font-family=\"" << kVectorFontFamily << ", sans-serif\">\n";
    if (!document.title.empty()) out << "<title>" << xml_escape(document.title) << "</title>\n";
    out << "<desc>Made with chronomap. Layers: one per map layer, sub-layers per group.</desc>\n";
    Hatches hatches;
    for (const VectorItem& item : record.items())
        if (item.style.hatch.period > 0 && hatches.index_of(item.style) == hatches.list.size())
            hatches.list.emplace_back(item.style.hatch, item.style.fill);
    if (!hatches.list.empty()) {
        // Vertical stripes in the pattern's space, skewed so that they run along x - y.
        out << "<defs>\n";
        for (size_t k = 0; k < hatches.list.size(); ++k) {
            const auto& [hatch, light] = hatches.list[k];
            std::string p = number(hatch.period), d = number(hatch.dark_width);
            out << "<pattern id=\"hatch-" << k << "\" patternUnits=\"userSpaceOnUse\" x=\"" << number(hatch.offset)
                << "\" y=\"0\" width=\"" << p << "\" height=\"" << p << "\" patternTransform=\"skewX(45)\">"
                << "<rect width=\"" << d << "\" height=\"" << p << "\"" << paint("fill", hatch.dark) << "/>"
                << "<rect x=\"" << d << "\" width=\"" << number(hatch.period - hatch.dark_width) << "\" height=\"" << p
                << "\"" << paint("fill", light) << "/></pattern>\n";
        }
        out << "</defs>\n";
    }
    // Ids stay unique when names repeat (two overlays of one file, a layer drawn twice).
    std::set<std::string> ids;
    auto unique_id = [&](const std::string& base) {
        std::string id = base;
        for (int n = 2; !ids.insert(id).second; ++n) id = base + "-" + std::to_string(n);
        return id;
    };
    auto open_layer = [&](const std::string& id, const std::string& label) {
        out << "<g id=\"" << id << "\" inkscape:groupmode=\"layer\" inkscape:label=\"" << xml_escape(label) << "\">\n";
    };
    for (const LayerGroups& layer : gather(record)) {
        std::string layer_id = unique_id(svg_id(layer.name));
        open_layer(layer_id, layer.name);
        for (const Group& group : layer.groups) {
            bool named = !group.name.empty();
            std::string group_id = named ? unique_id(layer_id + "-" + svg_id(group.name)) : layer_id;
            if (named) open_layer(group_id, group.name);
            // Parts (one per user overlay) as sub-layers of the group, in drawing order.
            const std::string* part = nullptr;
            for (const VectorItem* item : group.items) {
                if (!part || *part != item->part) {
                    if (part && !part->empty()) out << "</g>\n";
                    part = &item->part;
                    if (!part->empty()) open_layer(unique_id(group_id + "-" + svg_id(*part)), *part);
                }
                write_svg_item(out, *item, hatches);
            }
            if (part && !part->empty()) out << "</g>\n";
            if (named) out << "</g>\n";
        }
        out << "</g>\n";
    }
    out << "</svg>\n";
}

// [SECTION] PDF (Cairo)

// CSS pixels, as SVG's: 96 per inch, 72 points per inch.
constexpr double kPointsPerPixel = 0.75;

void cairo_color(cairo_t* cr, const Color& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

// The SVG's hatch <pattern> for Cairo: one tile of stripes, repeated, sheared along x - y.
cairo_pattern_t* hatch_pattern(const VectorHatch& hatch, const Color& light) {
    cairo_rectangle_t extents{0, 0, hatch.period, hatch.period};
    cairo_surface_t* tile = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t* tc = cairo_create(tile);
    cairo_rectangle(tc, 0, 0, hatch.dark_width, hatch.period);
    cairo_color(tc, hatch.dark);
    cairo_fill(tc);
    cairo_rectangle(tc, hatch.dark_width, 0, hatch.period - hatch.dark_width, hatch.period);
    cairo_color(tc, light);
    cairo_fill(tc);
    cairo_destroy(tc);
    cairo_pattern_t* pattern = cairo_pattern_create_for_surface(tile);
    cairo_surface_destroy(tile);
    cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT);
    // User space to the tile's: x' = x - y - offset, y' = y.
    cairo_matrix_t matrix;
    cairo_matrix_init(&matrix, 1, 0, -1, 1, -hatch.offset, 0);
    cairo_pattern_set_matrix(pattern, &matrix);
    return pattern;
}

void cairo_fill_and_stroke(cairo_t* cr, const VectorStyle& style) {
    if (style.fill.a > 0) {
        cairo_set_fill_rule(cr, style.even_odd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
        cairo_pattern_t* hatch = style.hatch.period > 0 ? hatch_pattern(style.hatch, style.fill) : nullptr;
        if (hatch) cairo_set_source(cr, hatch);
        else cairo_color(cr, style.fill);
        cairo_fill_preserve(cr);
        if (hatch) cairo_pattern_destroy(hatch);
    }
    if (style.stroke.a > 0 && style.stroke_width > 0) {
        cairo_color(cr, style.stroke);
        cairo_set_line_width(cr, style.stroke_width);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(cr, style.dash > 0 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
        double dashes[2] = {style.dash, style.gap};
        cairo_set_dash(cr, dashes, style.dash > 0 ? 2 : 0, 0);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
}

void cairo_text(cairo_t* cr, const VectorItem& item) {
    cairo_select_font_face(cr, kVectorFontFamily, item.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                           item.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, item.size);
    // One run, or one per character for letter-spaced names, at the positions drawn.
    std::vector<std::pair<float, std::string>> runs;
    if (!item.spaced) {  // the reader's advances: close enough on paper, one searchable run
        runs.emplace_back(item.x, item.text);
    } else {
        size_t byte = 0;
        for (float x : item.char_x) {
            size_t end = byte + 1;
            while (end < item.text.size() && (static_cast<unsigned char>(item.text[end]) & 0xC0) == 0x80) ++end;
            runs.emplace_back(x, item.text.substr(byte, end - byte));
            byte = end;
        }
    }
    if (item.halo.a > 0 && item.halo_width > 0) {  // the halo as an outline under the words
        for (const auto& [x, text] : runs) {
            cairo_move_to(cr, x, item.y);
            cairo_text_path(cr, text.c_str());
        }
        cairo_fill_and_stroke(cr, {.stroke = item.halo, .stroke_width = item.halo_width});
    }
    cairo_color(cr, item.style.fill);
    for (const auto& [x, text] : runs) {
        cairo_move_to(cr, x, item.y);
        cairo_show_text(cr, text.c_str());
    }
    cairo_new_path(cr);
}

// Stretched with bilinear filtering (the PDF's /Interpolate), as the SVG's and GL's.
void cairo_image(cairo_t* cr, const VectorItem& item) {
    const Image& image = item.image;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height);
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            auto pre = [&](int c) { return static_cast<std::uint32_t>(p[c] * p[3] / 255); };
            std::uint32_t argb = static_cast<std::uint32_t>(p[3]) << 24 | pre(0) << 16 | pre(1) << 8 | pre(2);
            std::memcpy(data + static_cast<ptrdiff_t>(y) * stride + x * 4, &argb, 4);  // native-endian, as Cairo's
        }
    cairo_surface_mark_dirty(surface);
    cairo_save(cr);
    cairo_translate(cr, item.x, item.y);
    cairo_scale(cr, double{item.w} / image.width, double{item.h} / image.height);
    cairo_set_source_surface(cr, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_BILINEAR);
    cairo_rectangle(cr, 0, 0, image.width, image.height);
    cairo_fill(cr);
    cairo_restore(cr);
    cairo_surface_destroy(surface);
}

void draw_cairo_item(cairo_t* cr, const VectorItem& item) {
    switch (item.kind) {
        case VectorItem::Kind::path:
            for (const auto& subpath : item.subpaths) {
                cairo_move_to(cr, subpath[0].x, subpath[0].y);
                for (size_t k = 1; k < subpath.size(); ++k) cairo_line_to(cr, subpath[k].x, subpath[k].y);
                if (item.closed) cairo_close_path(cr);
            }
            if (item.closed) {
                cairo_fill_and_stroke(cr, item.style);
            } else {
                VectorStyle line = item.style;
                line.fill.a = 0;
                cairo_fill_and_stroke(cr, line);
            }
            return;
        case VectorItem::Kind::circle:
            cairo_new_sub_path(cr);
            cairo_arc(cr, item.x, item.y, item.radius, 0, 2 * M_PI);
            cairo_close_path(cr);
            cairo_fill_and_stroke(cr, item.style);
            return;
        case VectorItem::Kind::text: cairo_text(cr, item); return;
        case VectorItem::Kind::image: cairo_image(cr, item); return;
    }
}

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
    auto& out = *static_cast<std::ostream*>(closure);
    out.write(reinterpret_cast<const char*>(data), length);
    return out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

}  // namespace

void write_svg(const std::filesystem::path& path, const VectorRecord& record, const VectorDocument& document) {
    write_file_atomically(path, [&](std::ostream& out) { write_svg_stream(out, record, document); });
}

void write_pdf(const std::filesystem::path& path, const VectorRecord& record, const VectorDocument& document) {
    write_file_atomically(path, [&](std::ostream& out) {
        cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
            write_to_stream, &out, record.width() * kPointsPerPixel, record.height() * kPointsPerPixel);
        if (!document.title.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "chronomap");
        cairo_t* cr = cairo_create(surface);
        cairo_scale(cr, kPointsPerPixel, kPointsPerPixel);
        for (const LayerGroups& layer : gather(record))
            for (const Group& group : layer.groups)
                for (const VectorItem* item : group.items) draw_cairo_item(cr, *item);
        cairo_show_page(cr);
        cairo_status_t status = cairo_status(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
        cairo_surface_destroy(surface);
        if (status != CAIRO_STATUS_SUCCESS)
            throw WriteError("cannot write " + path.string() + ": " + cairo_status_to_string(status));
    });
}

}  // namespace chronomap
