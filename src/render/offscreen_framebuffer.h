// A framebuffer object to draw into without a window: multisampled colour, resolved into a
// plain one that is read back.
#pragma once

#include <epoxy/gl.h>

#include "render/image.h"

namespace chronomap {

class OffscreenFramebuffer {
public:
    OffscreenFramebuffer(int width, int height, int samples);
    ~OffscreenFramebuffer();
    OffscreenFramebuffer(const OffscreenFramebuffer&) = delete;
    OffscreenFramebuffer& operator=(const OffscreenFramebuffer&) = delete;

    void bind_for_drawing() const;
    void resolve() const;  // multisampled -> readable
    Image read() const;    // top row first

    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_, samples_;
    GLuint draw_fbo_ = 0, draw_color_ = 0;
    GLuint read_fbo_ = 0, read_color_ = 0;
};

}  // namespace chronomap
