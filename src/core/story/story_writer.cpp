#include "core/story/story_writer.h"

#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"
#include "core/story/deck_view.h"

namespace chronomap {

namespace {
// The view's fields that differ from a default view in the story's theme (key order kept),
// tidied (deck_view.h): short numbers and dates a person reads and edits.
nlohmann::ordered_json compact_view(const ViewState& untidy, const Story& story) {
    ViewState view = tidy_view(untidy);
    ViewState defaults;
    defaults.theme = story.theme;
    defaults.overlays = story.overlays;
    nlohmann::ordered_json full = to_json(view), base = to_json(defaults),
                           out = nlohmann::ordered_json::object();
    if (!view.time.all)
        full["time"] = {{"start", short_time_stamp(view.time.start)}, {"end", short_time_stamp(view.time.end)}};
    for (auto& [key, value] : full.items())
        if (!base.contains(key) || base[key] != value) out[key] = value;
    if (base.contains("overlays") && !full.contains("overlays")) out["overlays"] = nlohmann::ordered_json::array();
    // A fit_events camera ignores its center, zoom and box: do not write them.
    if (out.contains("camera") && view.camera.mode == CameraMode::fit_events) out.erase("camera");
    if (out.contains("camera") && view.camera.mode == CameraMode::center)
        out["camera"].erase("bbox");
    if (out.contains("camera") && view.camera.mode == CameraMode::fit_bbox) {
        out["camera"].erase("center");
        out["camera"].erase("zoom");
    }
    return out;
}
}  // namespace

nlohmann::ordered_json story_to_json(const Story& story) {
    nlohmann::ordered_json out;
    out["chronomap_story"] = kStoryFormatVersion;
    out["title"] = story.title;
    out["events"] = story.events;
    out["theme"] = theme_name(story.theme);
    if (!story.overlays.empty()) {
        out["overlays"] = nlohmann::ordered_json::array();
        for (const UserLayerSpec& overlay : story.overlays) out["overlays"].push_back(to_json(overlay));
    }
    out["slides"] = nlohmann::ordered_json::array();
    for (const Slide& slide : story.slides) {
        nlohmann::ordered_json s;
        s["title"] = slide.title;
        s["caption"] = slide.caption;
        s["duration"] = slide.duration;
        s["transition"] = slide.transition == Transition::cut ? "cut" : "fly";
        s["view"] = compact_view(slide.view, story);
        out["slides"].push_back(std::move(s));
    }
    return out;
}

std::string story_to_text(const Story& story) {
    return story_to_json(story).dump(2) + "\n";
}

void write_story_file(const std::filesystem::path& path, const Story& story) {
    write_file_atomically(path, story_to_text(story));
}

}  // namespace chronomap
