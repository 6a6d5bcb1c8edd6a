#include "core/story/story_video_plan.h"

#include <cmath>

namespace chronomap {

StoryVideoPlan::StoryVideoPlan(const std::vector<Slide>& slides, int fps,
                               const std::function<MapView(const ViewState&)>& resolve)
    : slides_(slides), paths_(slides.size()) {
    for (size_t i = 0; i < slides.size(); ++i) {
        if (i > 0 && slides[i].transition == Transition::fly) {
            paths_[i].emplace(resolve(slides[i - 1].view), resolve(slides[i].view));
            auto frames = static_cast<size_t>(std::lround(paths_[i]->duration() * fps));
            if (frames > 0) segments_.push_back({i, true, total_, frames}), total_ += frames;
        }
        auto hold = static_cast<size_t>(std::max(1L, std::lround(slides[i].duration * fps)));
        segments_.push_back({i, false, total_, hold});
        total_ += hold;
    }
}

StoryFrame StoryVideoPlan::frame(size_t k) const {
    for (const Segment& s : segments_) {
        if (k >= s.first + s.frames) continue;
        const Slide& slide = slides_[s.slide];
        if (!s.transition) return {slide.view, s.slide, false};
        double t = static_cast<double>(k - s.first) / static_cast<double>(s.frames);
        return {camera::interpolate(slides_[s.slide - 1].view, slide.view, *paths_[s.slide], t),
                s.slide, true};
    }
    return {slides_.back().view, slides_.size() - 1, false};
}

size_t StoryVideoPlan::first_hold_frame(size_t slide) const {
    for (const Segment& s : segments_)
        if (s.slide == slide && !s.transition) return s.first;
    return 0;
}

ViewState transition_state(const ViewState& from, const ViewState& to, const camera::FlyPath& path,
                           double seconds) {
    double duration = path.duration();
    return camera::interpolate(from, to, path, duration > 0 ? seconds / duration : 1.0);
}

}  // namespace chronomap
