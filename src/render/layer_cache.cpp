#include "render/layer_cache.h"

#include <algorithm>

#include "render/gl_check.h"

namespace chronomap {

void LayerCache::allocate(int width, int height, int samples) {
    multisample_fbo_.reset(), multisample_rb_.reset();
    width_ = width, height_ = height, samples_ = samples;
    texture_.emplace();
    glBindTexture(GL_TEXTURE_2D, *texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    resolved_fbo_.emplace();
    glBindFramebuffer(GL_FRAMEBUFFER, *resolved_fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, *texture_, 0);
    if (samples > 1) {
        // Drawn with the target's antialiasing, then resolved into the texture.
        multisample_rb_.emplace();
        glBindRenderbuffer(GL_RENDERBUFFER, *multisample_rb_);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
        multisample_fbo_.emplace();
        glBindFramebuffer(GL_FRAMEBUFFER, *multisample_fbo_);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, *multisample_rb_);
    }
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw GlError("the layer cache framebuffer is incomplete");
    CHRONOMAP_GL_CHECK("layer cache allocation");
}

void LayerCache::draw(bool key_changed, const FrameContext& frame, const std::function<void()>& draw_layer) {
    int width = frame.device_width, height = frame.device_height;
    GLint target_fbo = 0, max_samples = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target_fbo);
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    // Polygon edges and thin lines need multisampling; everything else antialiases in its
    // shader, so only the cached layer pays for it, once per camera change.
    // Past 16 M pixels (poster sizes) 4x multisampling would cost gigabytes: draw plain.
    bool huge = static_cast<long long>(width) * height > 16'000'000LL;
    int samples = huge ? 1 : std::min(4, static_cast<int>(max_samples));
    bool reallocated = width != width_ || height != height_ || samples != samples_;
    if (reallocated) allocate(width, height, samples);
    if (key_changed || reallocated) {
        GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
        glDisable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_FRAMEBUFFER, multisample_fbo_ ? *multisample_fbo_ : *resolved_fbo_);
        glViewport(0, 0, width, height);
        draw_layer();
        if (multisample_fbo_) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, *multisample_fbo_);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, *resolved_fbo_);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target_fbo));
        glViewport(frame.origin_x, frame.origin_y, width, height);
        if (scissor) glEnable(GL_SCISSOR_TEST);
        CHRONOMAP_GL_CHECK("drawing into the layer cache");
    }
    // A framebuffer blit, not a textured triangle: the same pixels, but software GL copies
    // the rows with memcpy instead of running a fragment shader over every pixel (a 1080p
    // video frame spent more time here than drawing its markers). The scissor (the map's
    // viewport) applies to blits as to draws.
    GLint read_fbo = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fbo);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, *resolved_fbo_);
    glBlitFramebuffer(0, 0, width, height, frame.origin_x, frame.origin_y, frame.origin_x + width,
                      frame.origin_y + height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fbo));
    CHRONOMAP_GL_CHECK("copying the layer cache");
}

}  // namespace chronomap
