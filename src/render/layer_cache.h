// A layer drawn once into a texture and copied onto later frames while what it depends on
// (camera, size, theme) is unchanged. The basemap uses it: scrubbing the timeline then
// costs one full-screen copy instead of redrawing hundreds of thousands of triangles.
#pragma once

#include <epoxy/gl.h>

#include <functional>

#include "render/shader_program.h"

namespace chronomap {

class LayerCache {
public:
    LayerCache();
    ~LayerCache();
    LayerCache(const LayerCache&) = delete;
    LayerCache& operator=(const LayerCache&) = delete;

    // Redraws the cache with `draw_layer` if `key_changed` (or the target's size or sample
    // count changed), then copies it into the framebuffer bound for drawing.
    void draw(bool key_changed, int width, int height, const std::function<void()>& draw_layer);

private:
    void allocate(int width, int height, int samples);
    void release();

    ShaderProgram program_;
    GLuint empty_vao_ = 0;
    GLuint multisample_fbo_ = 0, multisample_rb_ = 0;
    GLuint resolved_fbo_ = 0, texture_ = 0;
    int width_ = 0, height_ = 0, samples_ = -1;
};

}  // namespace chronomap
