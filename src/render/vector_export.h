// A VectorRecord (what one frame drew) as an SVG or a PDF file, written atomically.
//
// SVG: one Inkscape layer per map layer ("basemap", "events", "labels", "overlays" ...), a
// sub-layer per group inside it ("land", "rivers", "legend" ...), every word a <text> in
// Noto Sans (the font the PNG uses), markers as <circle>. PDF (Cairo): the same drawing
// with the words as text in embedded Noto Sans subsets; Cairo writes no PDF layers, so the
// groups are flat there (docs/export.md).
#pragma once

#include <filesystem>
#include <string>

#include "render/vector_record.h"

namespace chronomap {

struct VectorDocument {
    std::string title;  // the map's title: <title>, PDF metadata
};

// Throw WriteError (core/io/atomic_file.h) naming the file when it cannot be written.
void write_svg(const std::filesystem::path& path, const VectorRecord& record, const VectorDocument& document);
void write_pdf(const std::filesystem::path& path, const VectorRecord& record, const VectorDocument& document);

// The font family the SVG and PDF name (the PNG's glyphs come from its files).
inline constexpr const char* kVectorFontFamily = "Noto Sans";

}  // namespace chronomap
