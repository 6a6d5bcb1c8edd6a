// Where the renderer draws: one interface, two implementations in src/platform/ (headless
// EGL into an offscreen framebuffer; a GLFW window). The renderer only needs a current GL 3.3 core
// context, a framebuffer to draw into, and its size in device pixels.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "render/image.h"

namespace chronomap {

// No OpenGL context can be had; the message says what is missing and how to install it.
struct NoGraphicsError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class RenderTarget {
public:
    virtual ~RenderTarget() = default;

    virtual int width() const = 0;   // device pixels
    virtual int height() const = 0;
    // Makes the context current and binds the framebuffer to draw into.
    virtual void begin_frame() = 0;
    // Finishes the frame: resolves multisampling, or presents the window.
    virtual void end_frame() = 0;
    // The last finished frame (blocks until the GL is done).
    virtual Image read_pixels() = 0;
    // The same into `image`, reusing its memory when it has the right size (a video reads
    // 8 MB per 1080p frame: a fresh buffer each time cost page faults and a zero fill).
    virtual void read_pixels_into(Image& image) { image = read_pixels(); }
    // The same in whichever row order is cheapest, returned: a headless target leaves GL's
    // bottom-up rows unflipped, for a consumer that can read rows upwards (the video encoder).
    virtual RowOrder read_pixels_unflipped_into(Image& image) {
        read_pixels_into(image);
        return RowOrder::top_down;
    }
    // "OpenGL 4.5 (Core Profile) Mesa 22.3.6, llvmpipe ... (headless EGL, surfaceless)"
    virtual std::string description() const = 0;
};

// GL_RENDERER and GL_VERSION of the current context, for description().
std::string current_gl_description();

}  // namespace chronomap
