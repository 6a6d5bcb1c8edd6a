// A layer drawn once into a texture and copied onto later frames while what it depends on
// (camera, size, theme) is unchanged. The basemap uses it: scrubbing the timeline then
// costs one full-screen copy (a blit) instead of redrawing hundreds of thousands of triangles.
#pragma once

#include <epoxy/gl.h>

#include <functional>
#include <optional>

#include "render/frame_context.h"
#include "render/gl_handles.h"

namespace chronomap {

class LayerCache {
public:
    // Redraws the cache with `draw_layer` if `key_changed` (or the frame's size or sample
    // count changed), then copies it into the frame's viewport of the bound framebuffer.
    void draw(bool key_changed, const FrameContext& frame, const std::function<void()>& draw_layer);

private:
    void allocate(int width, int height, int samples);

    std::optional<GlFramebuffer> multisample_fbo_;
    std::optional<GlRenderbuffer> multisample_rb_;
    std::optional<GlFramebuffer> resolved_fbo_;
    std::optional<GlTexture> texture_;
    int width_ = 0, height_ = 0, samples_ = -1;
};

}  // namespace chronomap
