#include "render/user_layer_set.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "render/user_layer_gpu.h"
#include "render/user_layer_paint.h"
#include "render/user_layer_record.h"
#include "render/vector_record.h"

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
    load_if_changed(frame.view);
    for (const UserLayerSpec& spec : frame.view.overlays) {
        if (!spec.visible || spec.style.opacity <= 0) continue;
        Entry& entry = entry_for(spec);
        if (entry.gpu) entry.gpu->draw(frame, spec.style, *programs_);
    }
}

void UserLayerSet::load_if_changed(const ViewState& view) {
    bool changed = status_.size() != view.overlays.size();
    for (size_t i = 0; i < view.overlays.size() && !changed; ++i) changed = status_[i].path != view.overlays[i].path;
    if (changed) load(view);
}

std::string user_layer_part_name(const UserLayerSpec& spec) {
    std::string name = std::filesystem::path(spec.path).filename().string();
    if (name.empty()) name = spec.path;
    return spec.style.layer.empty() ? name : name + " (" + spec.style.layer + ")";
}

void UserLayerSet::record(const FrameContext& frame, VectorRecord& record) {
    if (frame.view.overlays.empty()) return;
    load_if_changed(frame.view);
    for (const UserLayerSpec& spec : frame.view.overlays) {
        if (!spec.visible || spec.style.opacity <= 0 || !user_layer_in_zoom(spec.style, frame)) continue;
        if (!entry_for(spec).gpu) continue;  // reported when it failed
        UserLayerData data;
        try {
            data = load_user_layer(spec.path, spec.style);
        } catch (const std::exception& e) {  // changed or removed since it was drawn
            report_(std::string(e.what()) + " (the SVG or PDF is written without this overlay)");
            continue;
        }
        record.set_part(user_layer_part_name(spec));
        record_user_layer(frame, data, spec.style, record);
        record.set_part("");
    }
}

void UserLayerSet::for_each_shown(const FrameContext& frame,
                                  const std::function<void(const UserLayerSpec&, const UserLayerData&)>& visit) {
    if (frame.view.overlays.empty()) return;
    load_if_changed(frame.view);
    for (const UserLayerSpec& spec : frame.view.overlays) {
        if (!spec.visible || spec.style.opacity <= 0 || !user_layer_in_zoom(spec.style, frame)) continue;
        Entry& entry = entry_for(spec);
        if (entry.gpu) visit(spec, entry.gpu->data());
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
