#include "render/overlay_layer.h"

#include <array>
#include <cmath>
#include <utility>

#include "core/map/scale_bar.h"
#include "core/events/window_summary.h"
#include "render/map_words.h"

namespace chronomap {
namespace {

// As the markers draw it (lightened on the dark theme), so the legend matches the map.
Color category_color(const EventStore& store, size_t c, const Palette& palette) {
    Rgba rgba = drawn_category_color(store.categories()[c]);
    return category_color_on(palette, {rgba.r / 255.f, rgba.g / 255.f, rgba.b / 255.f, 1});
}
}  // namespace

void OverlayLayer::prepare(const FrameContext& frame, FrameShared& shared) {
    std::vector<ScreenBox>& boxes = shared.keep_clear;
    const LayerToggles& layers = frame.view.layers;
    // Each panel its own group in an SVG or PDF export (render/vector_record.h).
    auto group = [&](const char* name) { shapes_.set_group(name), text_.set_group(name); };
    group("title");
    if (layers.title) boxes.push_back(title_panel(frame, shapes_, text_));
    group("legend");
    if (layers.legend && layers.events)
        boxes.push_back(legend_panel(frame, shapes_, text_, shared));
    group("scale bar");
    if (layers.scale_bar || layers.attribution) boxes.push_back(scale_and_attribution(frame, shapes_, text_));
    group("note");
    size_t shown = 0;
    for (size_t count : shared.shown_counts) shown += count;
    // An empty window says so on the map itself, not only in the legend (which may be off).
    bool has_events = !store_.empty() || window_of_source_;
    if (shown == 0 && shared.aggregated_events == 0 && !frame.view.time.all && layers.events &&
        (layers.title || layers.legend) && has_events)
        boxes.push_back(empty_window_note(frame, shapes_, text_));
}

ScreenBox OverlayLayer::empty_window_note(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text) {
    const Palette& p = frame.palette;
    TextStyle style{FontFace::regular, frame.device_px(14), p.text};
    std::string note = map_words(language_).no_events_in_window;
    float pad = static_cast<float>(frame.device_px(10));
    float width = text.measure(note, style) + 2 * pad, height = static_cast<float>(frame.device_px(18)) + 2 * pad;
    float x0 = (static_cast<float>(frame.device_width) - width) / 2;
    float y0 = (static_cast<float>(frame.device_height) - height) / 2;
    shapes.rect(x0, y0, x0 + width, y0 + height, p.panel);
    text.add(note, x0 + pad, y0 + pad + text.ascender(style) + static_cast<float>(frame.device_px(1)), style);
    return {x0, y0, x0 + width, y0 + height};
}

void OverlayLayer::draw(const FrameContext& frame, FrameShared&) {
    shapes_.draw(frame.device_width, frame.device_height, frame.vector);
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

ScreenBox OverlayLayer::title_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text) {
    const Palette& p = frame.palette;
    std::string title = frame.view.title.empty() ? store_.title_of_file() : frame.view.title;
    if (title.empty()) title = "chronomap";
    TextStyle title_style{FontFace::bold, frame.device_px(19), p.text};
    TextStyle time_style{FontFace::regular, frame.device_px(13), p.text_muted};
    const MapWords& words = map_words(language_);
    std::string when = frame.view.time.all ? words.all_dates : format_window(frame.view.time, language_);
    if (frame.view.time.all && !store_.empty()) {
        // All dates: say which ones, as the events' own extent.
        auto [first, last] = time_extent_;
        when = format_window({false, first, last}, language_) + " " + words.all_dates_suffix;
    }
    float pad = static_cast<float>(frame.device_px(12)), margin = static_cast<float>(frame.device_px(12));
    float width = std::max(text.measure(title, title_style), text.measure(when, time_style)) + 2 * pad;
    float title_baseline = margin + pad + text.ascender(title_style);
    float time_baseline = title_baseline + static_cast<float>(frame.device_px(21));
    float bottom = time_baseline + static_cast<float>(frame.device_px(5)) + pad;
    shapes.rect(margin, margin, margin + width, bottom, p.panel);
    text.add(title, margin + pad, title_baseline, title_style);
    text.add(when, margin + pad, time_baseline, time_style);
    return {margin, margin, margin + width, bottom};
}

// The corner where the legend hides the fewest shown events: bottom-left unless events are
// there, then bottom-right (above the scale bar) or top-right. The title keeps the top-left.
std::pair<float, float> OverlayLayer::legend_corner(const FrameContext& frame, float width, float height,
                                                    const FrameShared& shared) {
    float margin = static_cast<float>(frame.device_px(12)), w = static_cast<float>(frame.device_width),
          h = static_cast<float>(frame.device_height);
    float above_scale = static_cast<float>(frame.device_px(44));
    std::array<std::pair<float, float>, 3> corners{{{margin, h - margin - height},
                                                    {w - margin - width, h - margin - above_scale - height},
                                                    {w - margin - width, margin}}};
    size_t shown = 0;
    for (size_t n : shared.in_view_counts) shown += n;
    if (shared.dense || shown == 0 || shown > 20000) return corners[0];
    std::array<size_t, 3> hidden{};
    float halo = static_cast<float>(frame.device_px(6));
    for_each_shown_event(
        store_, frame.view,
        [&](size_t i) {
            WorldPoint q = frame.map.lonlat_to_pixel({store_.lon()[i], store_.lat()[i]});
            float x = static_cast<float>(q.x) * frame.scale, y = static_cast<float>(q.y) * frame.scale;
            for (size_t c = 0; c < corners.size(); ++c)
                if (x > corners[c].first - halo && x < corners[c].first + width + halo && y > corners[c].second - halo &&
                    y < corners[c].second + height + halo)
                    hidden[c]++;
        },
        frame.filter_mask);
    size_t best = 0;
    for (size_t c = 1; c < corners.size(); ++c)
        if (hidden[c] < hidden[best] && corners[c].second >= margin) best = c;
    return corners[best];
}

ScreenBox OverlayLayer::legend_panel(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text,
                                     const FrameShared& shared) {
    // What the map shows: in its extent and its window. What that leaves out is said below.
    const std::vector<size_t>& counts = shared.in_view_counts;
    bool dense = shared.dense;
    const Palette& p = frame.palette;
    TextStyle row_style{FontFace::regular, frame.device_px(12), p.text};
    TextStyle count_style{FontFace::bold, frame.device_px(12), p.text};
    TextStyle note_style{FontFace::regular, frame.device_px(11), p.text_muted};
    float pad = static_cast<float>(frame.device_px(10));
    float row = static_cast<float>(frame.device_px(19)), swatch = static_cast<float>(frame.device_px(5.5));

    struct Row {
        std::string label, count;
        size_t category;
    };
    std::vector<Row> rows;
    size_t total = 0;
    for (size_t c = 0; c < counts.size(); ++c) {
        total += counts[c];
        if (counts[c] > 0) rows.push_back({category_label_in(store_.categories()[c].label, language_), format_count(counts[c], map_words(language_)), c});
    }
    const MapWords& words = map_words(language_);
    std::string heading = event_count(total, words);
    size_t in_window = 0;
    for (size_t n : shared.shown_counts) in_window += n;
    if (total == 0 && in_window == 0) heading = frame.view.time.all ? words.no_placed_events : words.no_events_in_window;
    if (total == 0 && shared.aggregated_events > 0) heading = event_count(shared.aggregated_events, words);  // a server's grid
    std::vector<std::string> elsewhere;  // "+ 3 more in the window, outside the map"
    if (in_window > total) elsewhere.push_back("+\u00a0" + format_count(in_window - total, words) + " " + words.outside_view_suffix);
    if (shared.earlier_in_view > 0)
        elsewhere.push_back("+\u00a0" + format_count(shared.earlier_in_view, words) + " " + words.earlier_suffix);
    const char* const* notes = dense ? words.density_notes : words.marker_notes;

    float label_width = text.measure(heading, count_style), count_width = 0;
    for (const Row& r : rows) {
        label_width = std::max(label_width, text.measure(r.label, row_style) + 2 * swatch + static_cast<float>(frame.device_px(8)));
        count_width = std::max(count_width, text.measure(r.count, count_style));
    }
    for (int k = 0; k < 3; ++k) label_width = std::max(label_width, text.measure(notes[k], note_style) + 2 * swatch + static_cast<float>(frame.device_px(8)));
    for (const std::string& line : elsewhere) label_width = std::max(label_width, text.measure(line, note_style));
    float width = label_width + count_width + static_cast<float>(frame.device_px(16)) + 2 * pad;
    size_t note_rows = total > 0 ? 3 : 0;
    float height = pad * 2 + row * static_cast<float>(1 + rows.size()) + (note_rows ? static_cast<float>(frame.device_px(6)) : 0) +
                   row * 0.9f * static_cast<float>(note_rows + elsewhere.size());
    auto [x0, y0] = legend_corner(frame, width, height, shared);
    float y1 = y0 + height;
    shapes.rect(x0, y0, x0 + width, y1, p.panel);

    float ascent = text.ascender(row_style);
    float y = y0 + pad;
    text.add(heading, x0 + pad, y + ascent, count_style);
    y += row;
    for (const std::string& line : elsewhere) {
        text.add(line, x0 + pad, y + ascent * 0.95f, note_style);
        y += row * 0.9f;
    }
    for (const Row& r : rows) {
        float cy = y + row / 2 - static_cast<float>(frame.device_px(2));
        shapes.disc(x0 + pad + swatch, cy, swatch + static_cast<float>(frame.device_px(1)), p.marker_outline);
        shapes.disc(x0 + pad + swatch, cy, swatch, category_color(store_, r.category, p));
        text.add(r.label, x0 + pad + 2 * swatch + static_cast<float>(frame.device_px(8)), y + ascent, row_style);
        text.add(r.count, x0 + width - pad - text.measure(r.count, count_style), y + ascent, count_style);
        y += row;
    }
    if (note_rows) {
        y += static_cast<float>(frame.device_px(6));
        shapes.rect(x0 + pad, y - static_cast<float>(frame.device_px(4)), x0 + width - pad, y - static_cast<float>(frame.device_px(3)), p.panel_edge);
        float note_row = row * 0.9f;
        float cx = x0 + pad + swatch;
        for (int k = 0; k < 3; ++k) {
            float cy = y + note_row / 2 - static_cast<float>(frame.device_px(2));
            if (dense) {
                if (k == 1)  // the ramp, low to high
                    for (int r = 0; r < 4; ++r) shapes.disc(cx - swatch + static_cast<float>(r) * swatch * 0.7f, cy + static_cast<float>(frame.device_px(4)), swatch * 0.75f, p.density[r]);
            } else if (k == 0) {
                shapes.disc(cx, cy, swatch, p.text_muted);
            } else if (k == 1) {
                shapes.ring(cx, cy, swatch, static_cast<float>(frame.device_px(2)), p.text_muted);
            } else {
                shapes.disc(cx - swatch * 0.4f, cy + swatch * 0.3f, swatch * 0.45f, p.text_muted);
                shapes.disc(cx + swatch * 0.35f, cy - swatch * 0.1f, swatch * 0.85f, p.text_muted);
            }
            text.add(notes[k], x0 + pad + 2 * swatch + static_cast<float>(frame.device_px(8)), y + ascent * 0.95f, note_style);
            y += note_row;
        }
    }
    return {x0, y0, x0 + width, y1};
}

ScreenBox OverlayLayer::scale_and_attribution(const FrameContext& frame, ShapeBatch& shapes, TextBatch& text) {
    const Palette& p = frame.palette;
    float margin = static_cast<float>(frame.device_px(12));
    float right = static_cast<float>(frame.device_width) - margin, bottom = static_cast<float>(frame.device_height) - margin;
    TextStyle attribution_style{FontFace::regular, frame.device_px(10.5), p.text_muted, p.halo, frame.device_px(1.5)};
    TextStyle scale_style{FontFace::regular, frame.device_px(11), p.text, p.halo, frame.device_px(1.5)};
    float top = bottom;
    float left = right;
    if (frame.view.layers.attribution) {
        float width = text.measure(kAttribution, attribution_style);
        text.add(kAttribution, right - width, bottom - static_cast<float>(frame.device_px(3)), attribution_style);
        top = bottom - static_cast<float>(frame.device_px(15));
        left = right - width;
    }
    if (frame.view.layers.scale_bar) {
        ScaleBar bar = choose_scale_bar(frame.map.meters_per_pixel_at_center(), 120);
        float length = static_cast<float>(bar.pixels * frame.scale);
        float thickness = static_cast<float>(std::max(1, frame.device_px(2)));
        float y = top - static_cast<float>(frame.device_px(6));
        float x0 = right - length;
        float tick = static_cast<float>(frame.device_px(6));
        // A halo under the bar keeps it visible on land and on water.
        shapes.rect(x0 - 1, y - tick - 1, right + 1, y + thickness + 1, p.halo);
        shapes.rect(x0, y, right, y + thickness, p.text);
        shapes.rect(x0, y - tick, x0 + thickness, y, p.text);
        shapes.rect(right - thickness, y - tick, right, y, p.text);
        float label_width = text.measure(bar.label, scale_style);
        text.add(bar.label, x0 - label_width - static_cast<float>(frame.device_px(6)), y + thickness, scale_style);
        left = std::min(left, x0 - label_width - static_cast<float>(frame.device_px(6)));
        top = y - tick - static_cast<float>(frame.device_px(4));
    }
    return {left, top, right, bottom};
}

}  // namespace chronomap
