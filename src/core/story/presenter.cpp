#include "core/story/presenter.h"

#include <algorithm>

namespace chronomap {

Presenter::Presenter(std::vector<Slide> slides, Resolve resolve, size_t start)
    : slides_(std::move(slides)),
      resolve_(std::move(resolve)),
      current_(std::min(start, slides_.size() - 1)) {}

void Presenter::set_viewport(int width, int height, double pixel_scale) {
    for (Slide& slide : slides_)
        slide.view.width = width, slide.view.height = height, slide.view.pixel_scale = pixel_scale;
    if (flight_)
        flight_->from.width = width, flight_->from.height = height,
        flight_->from.pixel_scale = pixel_scale;
}

void Presenter::go_to(size_t slide, double now) {
    slide = std::min(slide, slides_.size() - 1);
    typed_.clear();
    if (slide == current_ && !in_transition(now)) return;
    ViewState from = view_at(now);
    current_ = slide;
    flight_.reset();
    arrived_ = now;
    if (slides_[slide].transition == Transition::cut) return;
    camera::FlyPath path(resolve_(from), resolve_(slides_[slide].view));
    double seconds = path.duration();
    flight_ = Flight{std::move(from), path, now, seconds};
    arrived_ = now + seconds;
}

void Presenter::next(double now) {
    if (current_ + 1 < slides_.size()) go_to(current_ + 1, now);
}

void Presenter::previous(double now) {
    if (current_ > 0) go_to(current_ - 1, now);
}

bool Presenter::enter(double now) {
    if (typed_.empty()) return false;
    size_t number = typed_.size() > 4 ? 0 : std::stoul(typed_);
    typed_.clear();
    if (number < 1 || number > slides_.size()) return false;
    go_to(number - 1, now);
    return true;
}

void Presenter::tick(double now, bool auto_advance) {
    if (flight_ && now >= flight_->start + flight_->seconds) flight_.reset();
    if (auto_advance && !blank_ && !flight_ && now - arrived_ >= slides_[current_].duration)
        next(now);
}

ViewState Presenter::view_at(double now) const {
    const ViewState& target = slides_[current_].view;
    if (!flight_ || now >= flight_->start + flight_->seconds) return target;
    double t = flight_->seconds > 0 ? (now - flight_->start) / flight_->seconds : 1;
    return camera::interpolate(flight_->from, target, flight_->path, t);
}

}  // namespace chronomap
