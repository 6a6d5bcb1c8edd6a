// A story as a sequence of video frames: each slide held for its duration, reached from
// the previous one by a fly-to (camera::FlyPath, its own comfortable duration) or a cut.
// The window presentation uses the same transitions, timed by the clock instead of frames.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/camera/camera_controller.h"
#include "core/story/story.h"

namespace chronomap {

struct StoryFrame {
    ViewState view;
    size_t slide = 0;            // the slide shown, or flown to
    bool in_transition = false;  // captions are hidden while flying
};

class StoryVideoPlan {
  public:
    // `resolve` turns a state into the camera on screen (fit modes need the events' extent:
    // MapRenderer::map_view). Slides should already have the video's size.
    StoryVideoPlan(const std::vector<Slide>& slides, int fps,
                   const std::function<MapView(const ViewState&)>& resolve);
    size_t frame_count() const { return total_; }
    StoryFrame frame(size_t k) const;
    // The first frame of each slide's hold (the end of its transition).
    size_t first_hold_frame(size_t slide) const;

  private:
    struct Segment {
        size_t slide = 0;
        bool transition = false;
        size_t first = 0, frames = 0;
    };
    const std::vector<Slide>& slides_;
    std::vector<Segment> segments_;
    std::vector<std::optional<camera::FlyPath>> paths_;  // per slide: the path that reaches it
    size_t total_ = 0;
};

// The state at `seconds` into the transition that reaches `to` (a cut is immediate).
ViewState transition_state(const ViewState& from, const ViewState& to, const camera::FlyPath& path,
                           double seconds);

}  // namespace chronomap
