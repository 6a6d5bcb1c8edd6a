// A desktop window (GLFW) as a RenderTarget: the explorer and `chronomap view` draw into it.
#pragma once

#include <memory>
#include <string>

#include "render/render_target.h"

struct GLFWwindow;

namespace chronomap {

class GlfwWindowTarget final : public RenderTarget {
public:
    // Throws NoGraphicsError when there is no display or no GL 3.3 core context.
    GlfwWindowTarget(int width, int height, const std::string& title);
    ~GlfwWindowTarget() override;

    int width() const override;  // framebuffer, device pixels
    int height() const override;
    void begin_frame() override;
    void end_frame() override;  // swaps buffers (after capturing the frame, if requested)
    // The last frame captured by end_frame(): call request_capture() before drawing it
    // (the front buffer cannot be read back reliably once swapped).
    Image read_pixels() override;
    void request_capture() { capture_requested_ = true; }
    std::string description() const override;

    GLFWwindow* window() const { return window_; }
    // Device pixels per window coordinate (2 on a HiDPI screen).
    double content_scale() const;

private:
    Image read_back_buffer();
    GLFWwindow* window_ = nullptr;
    bool capture_requested_ = false;
    Image captured_;
};

// True when a window can probably be opened (DISPLAY or WAYLAND_DISPLAY is set).
bool display_available();

}  // namespace chronomap
