#include "render/user_layer_set.h"

#include <iostream>

#include "render/user_layer_gpu.h"

namespace chronomap {

struct UserLayerSet::Entry {
    std::unique_ptr<UserLayerGpu> gpu;
    UserLayerStatus status;
};

UserLayerSet::UserLayerSet()
    : report_([](const std::string& message) { std::cerr << "chronomap: warning: " << message << "\n"; }) {}
UserLayerSet::~UserLayerSet() = default;

namespace {
// What changes what is read (the rest of the style only changes how it is drawn).
std::string reading_key(const UserLayerSpec& spec) {
    const UserLayerStyle& s = spec.style;
    std::string key = spec.path + '\n' + s.where + '\n' + s.layer + '\n' + s.label + '\n' +
                      (s.dem ? (*s.dem ? "dem" : "image") : "auto");
    for (const std::string& name : s.classes) key += '\n' + name;
    return key;
}

std::string summary_of(const UserLayerData& data) {
    if (data.is_raster)
        return data.driver + (data.raster.hillshade ? " heights, shaded relief " : " image ") +
               std::to_string(data.raster.width) + "x" + std::to_string(data.raster.height);
    size_t features = 0;
    for (const UserFeatureGroup& group : data.vector.groups) features += group.features;
    return data.driver + ", " + std::to_string(features) + " features in " + std::to_string(data.vector.groups.size()) +
           (data.vector.groups.size() == 1 ? " class" : " classes");
}
}  // namespace

UserLayerSet::Entry& UserLayerSet::entry_for(const UserLayerSpec& spec) {
    auto& slot = entries_[reading_key(spec)];
    if (slot) return *slot;
    slot = std::make_unique<Entry>();
    slot->status.path = spec.path;
    try {
        UserLayerData data = load_user_layer(spec.path, spec.style);
        slot->status.summary = summary_of(data);
        slot->status.warnings = data.warnings;
        slot->gpu = std::make_unique<UserLayerGpu>(std::move(data));
        slot->status.loaded = true;
        for (const std::string& warning : slot->status.warnings) report_("overlay " + spec.path + ": " + warning);
    } catch (const std::exception& e) {
        slot->status.error = e.what();
        report_(std::string(e.what()) + " (the map is drawn without this overlay)");
    }
    return *slot;
}

const std::vector<UserLayerStatus>& UserLayerSet::load(const ViewState& view) {
    status_.clear();
    for (const UserLayerSpec& spec : view.overlays) status_.push_back(entry_for(spec).status);
    return status_;
}

void UserLayerSet::draw(const FrameContext& frame) {
    if (frame.view.overlays.empty()) return;
    if (!programs_) programs_ = std::make_unique<UserLayerPrograms>();
    bool changed = status_.size() != frame.view.overlays.size();
    for (size_t i = 0; i < frame.view.overlays.size() && !changed; ++i)
        changed = status_[i].path != frame.view.overlays[i].path;
    if (changed) load(frame.view);
    for (const UserLayerSpec& spec : frame.view.overlays) {
        if (!spec.visible || spec.style.opacity <= 0) continue;
        Entry& entry = entry_for(spec);
        if (entry.gpu) entry.gpu->draw(frame, spec.style, *programs_);
    }
}

std::uint64_t UserLayerSet::key(const ViewState& view) const {
    std::uint64_t hash = 1469598103934665603ULL;
    auto mix = [&](std::string_view text) {
        for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
        hash = (hash ^ 0xff) * 1099511628211ULL;
    };
    for (const UserLayerSpec& spec : view.overlays) mix(to_json(spec).dump());
    return hash;
}

}  // namespace chronomap
