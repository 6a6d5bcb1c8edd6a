// What the presentation window shows, as a function of the keys pressed and the clock: the
// current slide, the flight to it, blanking, "a number then Enter", auto-advance. Pure (no
// GLFW): the window turns keys into these calls and draws view_at(now).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/camera/camera_controller.h"
#include "core/story/story.h"

namespace chronomap {

class Presenter {
  public:
    using Resolve = std::function<MapView(const ViewState&)>;
    // `resolve`: MapRenderer::map_view (fit modes need the events' extent).
    Presenter(std::vector<Slide> slides, Resolve resolve, size_t start = 0);

    // The window's size: every slide is shown at it (logical pixels, device scale).
    void set_viewport(int width, int height, double pixel_scale);

    void next(double now);
    void previous(double now);
    void first(double now) { go_to(0, now); }
    void last(double now) { go_to(slides_.size() - 1, now); }
    // Flies (or cuts, as the target slide says) from what is on screen now.
    void go_to(size_t slide, double now);
    // Digits typed, then Enter: jump to that slide (1-based). Returns false for no such slide.
    void type_digit(int digit) { typed_ += static_cast<char>('0' + digit); }
    bool enter(double now);
    const std::string& typed() const { return typed_; }
    void toggle_blank() { blank_ = !blank_; }
    bool blank() const { return blank_; }
    // With auto-advance: the next slide once this one has been shown for its duration.
    void tick(double now, bool auto_advance);

    size_t slide() const { return current_; }
    size_t count() const { return slides_.size(); }
    bool in_transition(double now) const {
        return flight_ && now < flight_->start + flight_->seconds;
    }
    ViewState view_at(double now) const;

  private:
    struct Flight {
        ViewState from;
        camera::FlyPath path;
        double start = 0, seconds = 0;
    };
    std::vector<Slide> slides_;
    Resolve resolve_;
    size_t current_ = 0;
    std::optional<Flight> flight_;
    double arrived_ = 0;  // when the current slide's hold began
    bool blank_ = false;
    std::string typed_;
};

}  // namespace chronomap
