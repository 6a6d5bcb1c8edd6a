// A framebuffer object to draw into without a window: multisampled colour, resolved into a
// plain one that is read back.
#pragma once

#include <epoxy/gl.h>

#include <optional>

#include "render/gl_handles.h"
#include "render/image.h"

namespace chronomap {

class OffscreenFramebuffer {
public:
    OffscreenFramebuffer(int width, int height, int samples);

    void bind_for_drawing() const;
    void resolve() const;  // multisampled -> readable
    Image read() const;    // top row first
    // The same, reusing image's memory; bottom_up leaves GL's row order (no flip).
    void read_into(Image& image, RowOrder order = RowOrder::top_down) const;

    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_, samples_;
    std::optional<GlFramebuffer> draw_fbo_;  // multisampled, when samples > 1
    std::optional<GlRenderbuffer> draw_color_;
    GlFramebuffer read_fbo_;
    GlRenderbuffer read_color_;
};

}  // namespace chronomap
