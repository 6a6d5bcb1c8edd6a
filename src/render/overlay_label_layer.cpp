#include "render/overlay_label_layer.h"

#include <cmath>

#include "core/place_names/place_name_layout.h"
#include "render/user_layer_paint.h"
#include "render/user_layer_set.h"

namespace chronomap {

OverlayLabelLayer::OverlayLabelLayer(UserLayerSet& user_layers, FontAtlas& atlas)
    : user_layers_(user_layers), text_(atlas) {}

void OverlayLabelLayer::draw(const FrameContext& frame, FrameShared& shared) {
    if (!frame.view.layers.labels || frame.view.overlays.empty()) return;
    const Palette& p = frame.palette;
    TextStyle style{FontFace::regular, static_cast<int>(std::lround(11 * frame.scale)), p.text, p.halo,
                    static_cast<int>(std::lround(1.5 * frame.scale))};
    std::vector<NameCandidate> candidates;
    std::vector<std::pair<const std::string*, std::string>> texts;  // the text, its overlay's part
    auto right = static_cast<double>(frame.device_width), bottom = static_cast<double>(frame.device_height);
    user_layers_.for_each_shown(frame, [&](const UserLayerSpec& spec, const UserLayerData& data) {
        std::string part = user_layer_part_name(spec);
        for (const UserFeatureGroup& group : data.vector.groups) {
            if (group.labels.empty()) continue;
            UserClassPaint paint = user_class_paint(group, spec.style, frame);
            if (!paint.shown) continue;
            bool point = group.geometry == UserGeometry::point;
            for (const UserLabel& label : group.labels) {
                if (candidates.size() >= kMaxOverlayLabels) return;
                WorldPoint at = frame.map.world_to_pixel({label.x, label.y});
                double x = at.x * frame.scale, y = at.y * frame.scale;
                if (x < 0 || y < 0 || x > right || y > bottom) continue;
                // A point's name beside its dot (the dot's edge included); others centred.
                candidates.push_back({x, y, text_.measure(label.text, style), 13.0 * frame.scale,
                                      point ? paint.point_edge_radius : 0.0, -1});
                texts.emplace_back(&label.text, part);
            }
        }
    });
    if (candidates.empty()) return;
    std::vector<ScreenBox> obstacles = shared.keep_clear;
    obstacles.insert(obstacles.end(), shared.taken.begin(), shared.taken.end());
    ScreenBox bounds{2, 2, right - 2, bottom - 2};
    for (const PlacedName& placed : place_names(candidates, obstacles, bounds, 4 * frame.scale)) {
        const NameCandidate& c = candidates[placed.candidate];
        const auto& [text, part] = texts[placed.candidate];
        float baseline = static_cast<float>(placed.text.y0 + c.height / 2) + text_.ascender(style) * 0.42f;
        text_.set_group(part);
        text_.add(*text, static_cast<float>(placed.text.x0), baseline, style);
        shared.taken.push_back(placed.text);  // the basemap's names give way to the user's
        shared.place_name_texts.push_back(*text);
    }
    text_.draw(frame.device_width, frame.device_height, frame.vector);
}

}  // namespace chronomap
