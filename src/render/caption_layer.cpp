#include "render/caption_layer.h"

#include <algorithm>
#include <cmath>

#include "core/i18n/language.h"
#include "core/i18n/ui_words.h"
#include "core/story/caption_text.h"
#include "core/story/slide_sources.h"

namespace chronomap {
namespace {

struct Word {
    std::string text;
    FontFace face;
    float width = 0;
    bool space_before = false;
};

struct PlacedWord {
    std::string text;
    FontFace face;
    float x = 0;
};

FontFace face_of(const CaptionRun& run) {
    if (run.bold && run.italic) return FontFace::bold_italic;
    if (run.bold) return FontFace::bold;
    return run.italic ? FontFace::italic : FontFace::regular;
}

// Greedy line breaking of styled words into lines no wider than `max_width`. Words joined
// without a space ("d'" + "*Al-Qaryatayn*") stay on one line.
std::vector<std::vector<PlacedWord>> wrap(const std::vector<Word>& words, float space,
                                          float max_width) {
    std::vector<std::vector<PlacedWord>> lines(1);
    float x = 0;
    for (size_t i = 0; i < words.size();) {
        size_t end = i + 1;
        float chunk = words[i].width;
        while (end < words.size() && !words[end].space_before) chunk += words[end++].width;
        float gap = (words[i].space_before && !lines.back().empty()) ? space : 0;
        if (!lines.back().empty() && x + gap + chunk > max_width) {
            lines.emplace_back();
            x = 0, gap = 0;
        }
        x += gap;
        for (; i < end; ++i) {
            lines.back().push_back({words[i].text, words[i].face, x});
            x += words[i].width;
        }
    }
    if (lines.back().empty()) lines.pop_back();
    return lines;
}

std::vector<Word> split_words(const std::string& caption, TextBatch& text, const TextStyle& base) {
    std::vector<Word> words;
    bool pending_space = false;
    for (const CaptionRun& run : parse_caption(caption)) {
        TextStyle style = base;
        style.face = face_of(run);
        size_t i = 0;
        while (i < run.text.size()) {
            if (run.text[i] == ' ' || run.text[i] == '\n') {
                pending_space = true;
                ++i;
                continue;
            }
            size_t end = run.text.find_first_of(" \n", i);
            if (end == std::string::npos) end = run.text.size();
            Word word{run.text.substr(i, end - i), style.face, 0, pending_space};
            word.width = text.measure(word.text, style);
            words.push_back(std::move(word));
            pending_space = false;
            i = end;
        }
    }
    return words;
}

}  // namespace

CaptionContent caption_for_slide(const Story& story, size_t index) {
    const Slide& slide = story.slides.at(index);
    return {slide.title, slide.caption, static_cast<int>(index + 1),
            static_cast<int>(story.slides.size()), true};
}

void CaptionLayer::prepare(const FrameContext& frame, FrameShared& shared) {
    box_ = {};
    if (!visible_ || (content_.title.empty() && content_.caption.empty())) return;
    DateLanguage language = display_language(*store_);  // of the sources' words and dates
    const Palette& p = frame.palette;
    float w = static_cast<float>(frame.device_width), h = static_cast<float>(frame.device_height);
    // Sizes follow the image (a projector at 1080p and an export at 3840 read the same),
    // never below what a laptop screen reads comfortably.
    float unit = std::max(std::min(w / 1.6f, h) / 1000.f, 0.6f * frame.scale);
    auto px = [&](float logical) { return std::round(logical * unit); };
    bool stamp = content_.caption.empty() && content_.number == 0;
    TextStyle title_style{FontFace::bold, static_cast<int>(px(stamp ? 34 : 38)), p.text};
    TextStyle caption_style{FontFace::regular, static_cast<int>(px(29)), p.text};
    TextStyle small_style{FontFace::regular, static_cast<int>(px(15)), p.text_muted};
    float pad = px(22), margin = px(16);
    float max_text = std::min(w * 0.40f, px(680));
    if (stamp) max_text = w * 0.5f;

    std::string number = content_.number > 0 ? std::to_string(content_.number) + " / " +
                                                   std::to_string(content_.count)
                                             : "";
    float number_width = number.empty() ? 0 : text_.measure(number, small_style) + px(20);
    std::vector<std::vector<PlacedWord>> title_lines =
        wrap(split_words(content_.title, text_, title_style), text_.measure(" ", title_style),
             max_text - number_width);
    std::vector<std::vector<PlacedWord>> caption_lines =
        wrap(split_words(content_.caption, text_, caption_style), text_.measure(" ", caption_style),
             max_text);
    std::vector<std::string> sources;
    if (content_.sources && !stamp)
        sources = event_sources(*store_, events_of_interest(*store_, frame.view, 40, &frame.map, frame.filter_mask), language);
    std::string sources_line;
    for (size_t i = 0; i < sources.size() && i < 3; ++i)
        sources_line += (i ? " · " : "") + sources[i];
    if (sources.size() > 3)
        sources_line +=
            "\xC2\xA0(+" + std::to_string(sources.size() - 3) + ")";  // kept with the last one
    if (!sources_line.empty())
        sources_line = word(sources.size() == 1 ? UiWord::caption_source : UiWord::caption_sources, language) + sources_line;
    std::vector<std::vector<PlacedWord>> source_lines;
    if (!sources_line.empty()) {
        std::vector<Word> words;
        for (const Word& word : split_words(sources_line, text_, small_style))
            words.push_back(word);
        source_lines = wrap(words, text_.measure(" ", small_style), max_text);
    }
    float content_width = 0;
    auto widest = [&](const std::vector<std::vector<PlacedWord>>& lines, const TextStyle& style) {
        for (const auto& line : lines)
            if (!line.empty()) {
                TextStyle s = style;
                s.face = line.back().face;
                content_width =
                    std::max(content_width, line.back().x + text_.measure(line.back().text, s));
            }
    };
    widest(title_lines, title_style);
    float title_width = content_width;
    widest(caption_lines, caption_style);
    widest(source_lines, small_style);
    content_width = std::max(content_width, title_width + number_width);

    float title_line = px(stamp ? 42 : 48), caption_line = px(40), small_line = px(22);
    float height =
        pad * 2 + title_line * static_cast<float>(title_lines.size()) +
        (caption_lines.empty() ? 0
                               : px(10) + caption_line * static_cast<float>(caption_lines.size())) +
        (source_lines.empty() ? 0 : px(14) + small_line * static_cast<float>(source_lines.size()));
    float accent = stamp ? 0 : px(7);
    float width = content_width + 2 * pad + accent;

    // Candidate corners; the one covering the fewest events of interest wins, then the one
    // farthest from them, then the first (top right: where nothing else sits).
    std::vector<ScreenBox> panels_so_far = shared.keep_clear;
    auto below = [&](float x0, float x1, bool top) {  // first free y under (top) or above panels
        float y = top ? margin : h - margin;
        for (const ScreenBox& b : panels_so_far)
            if (b.x0 < x1 && x0 < b.x1) {
                if (top && b.y0 < h / 2) y = std::max(y, static_cast<float>(b.y1) + margin);
                if (!top && b.y1 > h / 2) y = std::min(y, static_cast<float>(b.y0) - margin);
            }
        return y;
    };
    std::vector<ScreenBox> candidates;
    {
        float x1 = w - margin, x0 = x1 - width;
        float y0 = below(x0, x1, true);
        candidates.push_back({x0, y0, x1, y0 + height});  // top right
        float yb = below(x0, x1, false);
        candidates.push_back({x0, yb - height, x1, yb});  // bottom right, above the scale bar
        float lx0 = margin, lx1 = margin + width;
        float ly0 = below(lx0, lx1, true);
        candidates.push_back({lx0, ly0, lx1, ly0 + height});  // top left, under the title
        float lyb = below(lx0, lx1, false);
        candidates.push_back({lx0, lyb - height, lx1, lyb});  // bottom left, above the legend
    }
    // The events the slide talks about weigh most; the other events shown should stay
    // visible too.
    struct Point {
        float x, y;
        double weight;
    };
    std::vector<Point> points;
    auto add_points = [&](const std::vector<size_t>& events, double weight) {
        for (size_t i : events) {
            WorldPoint q = frame.map.lonlat_to_pixel({store_->lon()[i], store_->lat()[i]});
            points.push_back({static_cast<float>(q.x) * frame.scale,
                              static_cast<float>(q.y) * frame.scale, weight});
        }
    };
    if (!stamp) {
        add_points(events_of_interest(*store_, frame.view, 400, &frame.map, frame.filter_mask), 1000);
        if (!frame.view.selection.empty()) {
            ViewState shown = frame.view;
            shown.selection.clear();
            add_points(events_of_interest(*store_, shown, 400, &frame.map, frame.filter_mask), 1);
        }
    }
    float halo = px(36);  // markers (up to ~20 px for many fatalities) and labels need room
    ScreenBox best = candidates.front();
    double best_score = -1e300;
    for (const ScreenBox& c : candidates) {
        if (c.y0 < 0 || c.y1 > h || c.x0 < 0) continue;
        double covered = 0;
        double nearest = 1e30;
        for (const Point& q : points) {
            if (q.x > c.x0 - halo && q.x < c.x1 + halo && q.y > c.y0 - halo && q.y < c.y1 + halo)
                covered += q.weight;
            if (q.weight < 1000) continue;  // distance: from the events the slide talks about
            double dx = std::max({c.x0 - q.x, 0.0, q.x - c.x1});
            double dy = std::max({c.y0 - q.y, 0.0, q.y - c.y1});
            nearest = std::min(nearest, std::hypot(dx, dy));
        }
        double score = -covered * 1e6 + std::min(nearest, 1e5);
        if (score > best_score + 1e-9) best_score = score, best = c;
    }
    box_ = best;
    shared.keep_clear.push_back(box_);

    // Draw lists, top to bottom.
    float x0 = static_cast<float>(best.x0), y0 = static_cast<float>(best.y0);
    shapes_.rect(x0, y0, static_cast<float>(best.x1), static_cast<float>(best.y1), p.panel);
    if (accent > 0) shapes_.rect(x0, y0, x0 + accent, static_cast<float>(best.y1), p.selection);
    float left = x0 + accent + pad;
    float y = y0 + pad;
    auto emit = [&](const std::vector<std::vector<PlacedWord>>& lines, const TextStyle& style,
                    float line) {
        float ascent = text_.ascender(style);
        for (const auto& words : lines) {
            for (const PlacedWord& word : words) {
                TextStyle s = style;
                s.face = word.face;
                text_.add(word.text, left + word.x, y + ascent, s);
            }
            y += line;
        }
    };
    if (!number.empty())
        text_.add(number, static_cast<float>(best.x1) - pad - text_.measure(number, small_style),
                  y0 + pad + text_.ascender(small_style), small_style);
    emit(title_lines, title_style, title_line);
    if (!caption_lines.empty()) {
        y += px(10);
        emit(caption_lines, caption_style, caption_line);
    }
    if (!source_lines.empty()) {
        y += px(14);
        shapes_.rect(left, y - px(8), static_cast<float>(best.x1) - pad, y - px(7), p.panel_edge);
        emit(source_lines, small_style, small_line);
    }
}

void CaptionLayer::draw(const FrameContext& frame, FrameShared&) {
    shapes_.draw(frame.device_width, frame.device_height, frame.vector);
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

}  // namespace chronomap
