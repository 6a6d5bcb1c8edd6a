#include "render/offscreen_framebuffer.h"

#include <algorithm>
#include <string>

#include "render/gl_check.h"

namespace chronomap {
namespace {
void make_color_target(const GlFramebuffer& fbo, const GlRenderbuffer& renderbuffer, int width, int height,
                       int samples) {
    glBindRenderbuffer(GL_RENDERBUFFER, renderbuffer);
    if (samples > 1)
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    else
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, renderbuffer);
    GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw GlError("offscreen framebuffer of " + std::to_string(width) + "x" + std::to_string(height) + " with " +
                      std::to_string(samples) + " samples is incomplete (status 0x" + std::to_string(status) +
                      "); try a smaller --size");
}
}  // namespace

OffscreenFramebuffer::OffscreenFramebuffer(int width, int height, int samples)
    : width_(width), height_(height), samples_(samples) {
    GLint max_size = 0, max_samples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    if (width > max_size || height > max_size)
        throw GlError("image of " + std::to_string(width) + "x" + std::to_string(height) +
                      " device pixels exceeds this GL's limit of " + std::to_string(max_size) +
                      "; lower --size or --scale");
    samples_ = std::min(samples_, static_cast<int>(max_samples));
    if (samples_ > 1) {
        draw_fbo_.emplace(), draw_color_.emplace();
        make_color_target(*draw_fbo_, *draw_color_, width, height, samples_);
    }
    make_color_target(read_fbo_, read_color_, width, height, 1);
    CHRONOMAP_GL_CHECK("offscreen framebuffer creation");
}

void OffscreenFramebuffer::bind_for_drawing() const {
    glBindFramebuffer(GL_FRAMEBUFFER, samples_ > 1 ? *draw_fbo_ : read_fbo_.get());
    glViewport(0, 0, width_, height_);
}

void OffscreenFramebuffer::resolve() const {
    if (samples_ <= 1) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, *draw_fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, read_fbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    CHRONOMAP_GL_CHECK("multisample resolve");
}

Image OffscreenFramebuffer::read() const {
    Image image;
    read_into(image);
    return image;
}

void OffscreenFramebuffer::read_into(Image& image, RowOrder order) const {
    image.width = width_, image.height = height_;
    image.rgba.resize(static_cast<size_t>(width_) * height_ * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, read_fbo_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    CHRONOMAP_GL_CHECK("reading pixels back");
    if (order == RowOrder::bottom_up) return;
    // GL's rows run bottom to top; images run top to bottom.
    size_t row = static_cast<size_t>(width_) * 4;
    std::vector<std::uint8_t> swap(row);
    for (int y = 0; y < height_ / 2; ++y) {
        std::uint8_t* a = &image.rgba[static_cast<size_t>(y) * row];
        std::uint8_t* b = &image.rgba[static_cast<size_t>(height_ - 1 - y) * row];
        std::copy(a, a + row, swap.data());
        std::copy(b, b + row, a);
        std::copy(swap.begin(), swap.end(), b);
    }
}

}  // namespace chronomap
