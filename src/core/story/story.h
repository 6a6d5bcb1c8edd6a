// A story deck: slides, each a saved view with a caption, shown by `chronomap present`
// on screen, exported as PNG slides or recorded as a video (docs/story-format.md).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/map/view_state.h"

namespace chronomap {

inline constexpr int kStoryFormatVersion = 1;

enum class Transition : std::uint8_t { fly, cut };

struct Slide {
    std::string title;
    std::string caption;  // short text; **bold** and *italic* marks (see caption_text.h)
    ViewState view;
    double duration = 8;  // seconds shown before --auto advances (and in videos)
    Transition transition = Transition::fly;  // how this slide is reached from the previous one
    bool operator==(const Slide&) const = default;
};

struct Story {
    std::string title;
    std::string events;          // the event file, relative to the story's folder, as written
    Theme theme = Theme::light;  // slides whose view does not name a theme use this one
    std::vector<UserLayerSpec> overlays;  // slides whose view has no "overlays" use these
    std::vector<Slide> slides;
    bool operator==(const Story&) const = default;
};

inline constexpr double kMinSlideDuration = 0.5, kMaxSlideDuration = 600;

}  // namespace chronomap
