// Saves the GL state the map changes and puts it back when it goes out of scope, so the
// map and whatever the caller draws around it (Dear ImGui panels) never disturb each other
// (the same list Dear ImGui's OpenGL3 backend saves).
#pragma once

#include <epoxy/gl.h>

namespace chronomap {

class GlStateGuard {
public:
    GlStateGuard();
    ~GlStateGuard();
    GlStateGuard(const GlStateGuard&) = delete;
    GlStateGuard& operator=(const GlStateGuard&) = delete;

private:
    GLint program_ = 0, vertex_array_ = 0, array_buffer_ = 0, texture_ = 0, active_texture_ = 0;
    GLint draw_framebuffer_ = 0, read_framebuffer_ = 0;
    GLint viewport_[4] = {}, scissor_box_[4] = {};
    GLint blend_src_rgb_ = 0, blend_dst_rgb_ = 0, blend_src_alpha_ = 0, blend_dst_alpha_ = 0;
    GLint blend_equation_rgb_ = 0, blend_equation_alpha_ = 0;
    GLfloat clear_color_[4] = {};
    GLboolean blend_ = 0, cull_face_ = 0, depth_test_ = 0, scissor_test_ = 0, program_point_size_ = 0,
              multisample_ = 0;
};

}  // namespace chronomap
