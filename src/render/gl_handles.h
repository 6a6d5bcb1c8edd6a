// Move-only owners of GL object names: each deletes its object when it goes, so a throw
// in a constructor half-way through creating buffers and textures leaks nothing.
// Needs the owning context current when created and destroyed (as every GL call does).
#pragma once

#include <epoxy/gl.h>

#include <utility>

namespace chronomap {

template <void (*Create)(GLuint&), void (*Destroy)(GLuint)>
class GlHandle {
public:
    GlHandle() { Create(name_); }
    ~GlHandle() { reset(); }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    GlHandle(GlHandle&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
    GlHandle& operator=(GlHandle&& other) noexcept {
        if (this != &other) reset(), name_ = std::exchange(other.name_, 0);
        return *this;
    }

    GLuint get() const { return name_; }
    operator GLuint() const { return name_; }  // NOLINT: reads like the GL name it is

private:
    void reset() {
        if (name_) Destroy(name_);
        name_ = 0;
    }
    GLuint name_ = 0;
};

namespace gl_detail {
inline void gen_buffer(GLuint& n) { glGenBuffers(1, &n); }
inline void delete_buffer(GLuint n) { glDeleteBuffers(1, &n); }
inline void gen_vertex_array(GLuint& n) { glGenVertexArrays(1, &n); }
inline void delete_vertex_array(GLuint n) { glDeleteVertexArrays(1, &n); }
inline void gen_texture(GLuint& n) { glGenTextures(1, &n); }
inline void delete_texture(GLuint n) { glDeleteTextures(1, &n); }
inline void gen_framebuffer(GLuint& n) { glGenFramebuffers(1, &n); }
inline void delete_framebuffer(GLuint n) { glDeleteFramebuffers(1, &n); }
inline void gen_renderbuffer(GLuint& n) { glGenRenderbuffers(1, &n); }
inline void delete_renderbuffer(GLuint n) { glDeleteRenderbuffers(1, &n); }
}  // namespace gl_detail

using GlBuffer = GlHandle<gl_detail::gen_buffer, gl_detail::delete_buffer>;
using GlVertexArray = GlHandle<gl_detail::gen_vertex_array, gl_detail::delete_vertex_array>;
using GlTexture = GlHandle<gl_detail::gen_texture, gl_detail::delete_texture>;
using GlFramebuffer = GlHandle<gl_detail::gen_framebuffer, gl_detail::delete_framebuffer>;
using GlRenderbuffer = GlHandle<gl_detail::gen_renderbuffer, gl_detail::delete_renderbuffer>;

}  // namespace chronomap
