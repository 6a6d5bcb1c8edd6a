#include "render/label_layer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

#include "core/gazetteer/near_phrase.h"
#include "core/place_names/name_language.h"
#include "core/place_names/event_place_name.h"
#include "core/events/window_summary.h"
#include "render/event_layer.h"

namespace chronomap {

LabelLayer::LabelLayer(const EventStore& store, const std::filesystem::path& geodata, FontAtlas& atlas)
    : store_(store), exonyms_(load_exonyms(geodata)), language_(name_language(store)), text_(atlas) {}

namespace {
// A title as a label: its first words, at most about 30 characters (UTF-8 kept whole).
std::string short_title(std::string_view title) {
    constexpr size_t kMax = 30;
    if (title.size() <= kMax) return std::string(title);
    size_t cut = title.rfind(' ', kMax);
    if (cut == std::string_view::npos || cut < kMax / 2) {
        cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    }
    return std::string(title.substr(0, cut)) + "\u2026";
}
struct Place {
    double x = 0, y = 0;  // device pixels
    double radius = 0;    // largest marker there, device pixels
    double weight = 0;
    std::map<std::string, int> names;  // spellings used, with how often
};
}  // namespace

const std::string& LabelLayer::label_of(StringId place_name) {
    auto [at, added] = labels_.try_emplace(place_name);
    if (added) at->second = place_label(store_.strings().get(place_name));
    return at->second;
}

void LabelLayer::draw(const FrameContext& frame, FrameShared& shared) {
    const ViewState& view = frame.view;
    if (!view.layers.labels || !view.layers.events || shared.dense) return;
    size_t shown = 0;
    for (size_t count : shared.shown_counts) shown += count;
    if (shown > kMaxLabelledEvents) return;
    placed_texts_.clear();
    shared.labels_placed = place(frame, shared.keep_clear, shared.taken);
    shared.label_texts = placed_texts_;
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

size_t LabelLayer::place(const FrameContext& frame, const std::vector<ScreenBox>& obstacles,
                         std::vector<ScreenBox>& taken) {
    TextBatch& text = text_;
    std::map<std::pair<long long, long long>, Place> places;
    // Each place's name in the map's language, once per (name, country, region) per frame.
    std::unordered_map<EventStore::PlaceKey, std::string, EventStore::PlaceKeyHash> name_of;
    size_t shown = 0;
    for_each_shown_event(store_, frame.view, [&](size_t i) {
        // An event placed by its coordinates alone (a Google Earth placemark) is named by its title.
        if (++shown > kMaxLabelledEvents || (store_.place_name(i).empty() && store_.title(i).empty())) return;
        if (store_.is_area_or_line(i)) return;  // titled inside the area by the areas layer
        WorldPoint p = frame.map.lonlat_to_pixel({store_.lon()[i], store_.lat()[i]});
        double x = p.x * frame.scale, y = p.y * frame.scale;
        if (x < 0 || y < 0 || x > frame.device_width || y > frame.device_height) return;
        // Events within a pixel of each other share one label.
        Place& place = places[{std::llround(x), std::llround(y)}];
        place.x = x, place.y = y;
        std::int32_t fatalities = store_.fatalities()[i];
        double radius = event_marker_radius(store_, i);
        const auto& selection = frame.view.selection;
        if (!selection.empty() && std::find(selection.begin(), selection.end(), store_.id(i)) != selection.end())
            radius += 4;  // the selection halo (marker.vert)
        place.radius = std::max(place.radius, radius * frame.scale);
        place.weight += 1 + std::sqrt(std::max(fatalities, 0));
        // The place, not the press phrase around it ("Homs" for "près de Homs"); a geocoded place
        // by the map's name for it ("Palmyre" for "Tadmor").
        if (store_.place_name(i).empty()) {
            place.names[short_title(store_.title(i))]++;
        } else {
            auto [named, added] = name_of.try_emplace(store_.place_key(i));
            if (added) {
                // A phrase ("à 240 km au sud-est de Syrte") keeps its short form: the event is
                // not at the town the geocoder found.
                const std::string& label = label_of(store_.place_name_id(i));
                bool phrase = label != store_.place_name(i);
                named->second = store_.known_place(i) && !phrase ? event_place_name(store_, i, *exonyms_, language_) : label;
            }
            place.names[named->second]++;
        }
    }, frame.filter_mask);
    if (shown > kMaxLabelledEvents) return 0;

    TextStyle style{FontFace::regular, static_cast<int>(std::lround(12.5 * frame.scale)), frame.palette.text,
                    frame.palette.halo, static_cast<int>(std::lround(2 * frame.scale))};
    std::vector<LabelCandidate> candidates;
    std::vector<std::string> names;
    float ascender = text.ascender(style);
    for (const auto& [key, place] : places) {
        // The spelling used most often at this spot ("Al-Qaryatayn" over "Qaryatayn").
        auto best = std::max_element(place.names.begin(), place.names.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        int events_here = 0;
        for (const auto& [name, n] : place.names) events_here += n;
        // "Al-Qaryatayn (5)": several events at one spot share one marker position.
        names.emplace_back(events_here > 1 ? std::string(best->first) + " (" + std::to_string(events_here) + ")"
                                           : std::string(best->first));
        candidates.push_back({place.x, place.y, place.radius, text.measure(names.back(), style),
                              static_cast<double>(style.size) * 1.2, place.weight});
    }
    // Labels keep clear of every marker, not only their own.
    std::vector<ScreenBox> blocked = obstacles;
    for (const auto& [key, place] : places)
        blocked.push_back({place.x - place.radius, place.y - place.radius, place.x + place.radius, place.y + place.radius});
    taken.insert(taken.end(), blocked.begin() + static_cast<std::ptrdiff_t>(obstacles.size()), blocked.end());
    ScreenBox bounds{2, 2, static_cast<double>(frame.device_width) - 2, static_cast<double>(frame.device_height) - 2};
    size_t placed = 0;
    for (const PlacedLabel& label : place_labels(candidates, blocked, bounds)) {
        const LabelCandidate& c = candidates[label.candidate];
        float baseline = static_cast<float>(label.box.y0 + (c.height - style.size) / 2) + ascender * 0.92f;
        text.add(names[label.candidate], static_cast<float>(label.box.x0), baseline, style);
        placed_texts_.push_back(names[label.candidate]);
        taken.push_back(label.box);
        ++placed;
    }
    return placed;
}

}  // namespace chronomap
