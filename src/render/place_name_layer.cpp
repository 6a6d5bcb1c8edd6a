#include "render/place_name_layer.h"

#include <cmath>
#include <iostream>
#include <string_view>
#include <unordered_map>

#include "core/place_names/name_language.h"
#include "core/place_names/region_seat_names.h"
#include "render/font_atlas.h"

namespace chronomap {
namespace {

Color with_alpha(Color c, float a) {
    return {c.r, c.g, c.b, a};
}

TextStyle country_style(const FrameContext& frame) {
    const Palette& p = frame.palette;
    return {FontFace::regular, frame.device_px(11), with_alpha(p.text_muted, 0.8f),
            with_alpha(p.land, 0.9f), frame.device_px(1.5)};
}
TextStyle city_style(const FrameContext& frame, bool capital) {
    const Palette& p = frame.palette;
    return {capital ? FontFace::bold : FontFace::regular, frame.device_px(11), p.text_muted, p.halo,
            frame.device_px(1.5)};
}
float tracking(const FrameContext& frame) {
    return static_cast<float>(2 * frame.scale);
}
// Region names: spaced capitals like the countries', smaller and fainter, so a governorate
// never reads as a country.
TextStyle region_style(const FrameContext& frame) {
    const Palette& p = frame.palette;
    return {FontFace::regular, frame.device_px(9.5), with_alpha(p.text_muted, 0.75f), with_alpha(p.land, 0.9f),
            frame.device_px(1.5)};
}
float region_tracking(const FrameContext& frame) {
    return static_cast<float>(1.2 * frame.scale);
}

// One UTF-8 string per code point, to draw spaced capitals letter by letter.
std::vector<std::string> letters(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        size_t n = 1;
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0xf0)
            n = 4;
        else if (byte >= 0xe0)
            n = 3;
        else if (byte >= 0xc0)
            n = 2;
        out.push_back(text.substr(i, n));
        i += n;
    }
    return out;
}
}  // namespace

PlaceNameLayer::PlaceNameLayer(const EventStore& store, const std::filesystem::path& geodata,
                               FontAtlas& atlas)
    : french_(name_language(store) == NameLanguage::fr), text_(atlas) {
    try {
        names_ = read_place_names(geodata / kPlaceNamesFile);
    } catch (const std::exception& e) {
        std::cerr << "chronomap: no place names on the map: " << e.what() << "\n";
    }
    index_.emplace(names_);
    try {
        regions_ = read_region_names(geodata / kRegionNamesFile);
        name_regions_like_their_seats(regions_, names_);
    } catch (const std::exception& e) {
        std::cerr << "chronomap: no region names on the map: " << e.what() << "\n";
    }
}

void PlaceNameLayer::gather_regions(const FrameContext& frame) {
    TextStyle style = region_style(frame);
    for (size_t i = 0; i < regions_.size(); ++i) {
        const RegionName& r = regions_[i];
        if (r.min_zoom > frame.map.zoom) continue;
        WorldPoint at = frame.map.lonlat_to_pixel({r.lon, r.lat});
        if (at.x < 0 || at.y < 0 || at.x > frame.map.width || at.y > frame.map.height) continue;
        shown_.push_back(names_.size() + i);
        texts_.push_back(uppercase_utf8(region_name_in(r, french_)));
        NameCandidate c{at.x * frame.scale, at.y * frame.scale, 0, frame.scale * 11.0, 0};
        std::vector<std::string> chars = letters(texts_.back());
        for (const std::string& ch : chars) c.width += text_.measure(ch, style);
        c.width += region_tracking(frame) * static_cast<float>(chars.size() - 1);
        candidates_.push_back(c);
    }
}

void PlaceNameLayer::gather(const FrameContext& frame) {
    shown_ = visible_place_names(*index_, frame.map);
    candidates_.clear();
    texts_.clear();
    TextStyle country = country_style(frame);
    double line = frame.scale * 13;
    std::unordered_map<std::string_view, long> country_group;  // a country's points share one name
    for (size_t i : shown_) {
        const PlaceName& p = names_[i];
        WorldPoint at = frame.map.lonlat_to_pixel({p.lon, p.lat});
        NameCandidate c{at.x * frame.scale, at.y * frame.scale, 0, line, 0};
        if (names_a_country(p.kind)) {
            c.alternative_group = country_group.try_emplace(p.name, static_cast<long>(country_group.size())).first->second;
            texts_.push_back(uppercase_utf8(place_name_in(p, french_)));
            std::vector<std::string> chars = letters(texts_.back());
            for (const std::string& ch : chars) c.width += text_.measure(ch, country);
            c.width += tracking(frame) * static_cast<float>(chars.size() - 1);
        } else {
            texts_.push_back(place_name_in(p, french_));
            c.width =
                text_.measure(texts_.back(), city_style(frame, p.kind == PlaceNameKind::capital));
            c.dot_radius = frame.scale * (p.kind == PlaceNameKind::capital ? 3 : 2.2);
        }
        candidates_.push_back(c);
    }
    gather_regions(frame);
}

void PlaceNameLayer::draw(const FrameContext& frame, FrameShared& shared) {
    if (!frame.view.layers.place_names || (names_.empty() && regions_.empty())) return;
    Camera camera{frame.map.center.x, frame.map.center.y, frame.map.zoom,
                  frame.scale,        frame.device_width, frame.device_height};
    if (!(camera == camera_)) {
        gather(frame);
        camera_ = camera;
    }
    std::vector<ScreenBox> obstacles = shared.keep_clear;
    obstacles.insert(obstacles.end(), shared.taken.begin(), shared.taken.end());
    ScreenBox bounds{2, 2, static_cast<double>(frame.device_width) - 2,
                     static_cast<double>(frame.device_height) - 2};
    const Palette& p = frame.palette;
    TextStyle country = country_style(frame);
    shapes_.set_group("towns");
    for (const PlacedName& placed : place_names(candidates_, obstacles, bounds, 6 * frame.scale)) {
        const NameCandidate& c = candidates_[placed.candidate];
        const std::string& text = texts_[placed.candidate];
        shared.place_name_texts.push_back(text);
        if (is_region(shown_[placed.candidate])) {
            TextStyle style = region_style(frame);
            float x = static_cast<float>(placed.text.x0);
            float baseline = static_cast<float>(placed.text.y0 + c.height / 2) + text_.ascender(style) * 0.42f;
            text_.set_group("regions");
            text_.add_spaced(letters(text), x, baseline, region_tracking(frame), style);
            continue;
        }
        const PlaceName& place = names_[shown_[placed.candidate]];
        if (names_a_country(place.kind)) {
            float x = static_cast<float>(placed.text.x0);
            float baseline =
                static_cast<float>(placed.text.y0 + c.height / 2) + text_.ascender(country) * 0.42f;
            text_.set_group("countries");
            text_.add_spaced(letters(text), x, baseline, tracking(frame), country);
            continue;
        }
        bool capital = place.kind == PlaceNameKind::capital;
        TextStyle style = city_style(frame, capital);
        auto x = static_cast<float>(c.x), y = static_cast<float>(c.y),
             r = static_cast<float>(c.dot_radius);
        shapes_.disc(x, y, r + static_cast<float>(frame.scale), p.halo);
        shapes_.disc(x, y, r, p.text_muted);
        if (capital) shapes_.disc(x, y, r * 0.45f, p.land);  // a capital: a ringed dot
        float baseline =
            static_cast<float>(placed.text.y0 + c.height / 2) + text_.ascender(style) * 0.42f;
        text_.set_group("towns");
        text_.add(text, static_cast<float>(placed.text.x0), baseline, style);
    }
    shapes_.draw(frame.device_width, frame.device_height, frame.vector);
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

}  // namespace chronomap
