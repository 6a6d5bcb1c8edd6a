#include "render/gl_check.h"

#include <epoxy/gl.h>

namespace chronomap {
namespace {
const char* gl_error_name(GLenum error) {
    switch (error) {
        case GL_INVALID_ENUM: return "GL_INVALID_ENUM";
        case GL_INVALID_VALUE: return "GL_INVALID_VALUE";
        case GL_INVALID_OPERATION: return "GL_INVALID_OPERATION";
        case GL_INVALID_FRAMEBUFFER_OPERATION: return "GL_INVALID_FRAMEBUFFER_OPERATION";
        case GL_OUT_OF_MEMORY: return "GL_OUT_OF_MEMORY";
        default: return "unknown GL error";
    }
}
}  // namespace

void throw_on_gl_error(const char* step) {
    GLenum error = glGetError();
    if (error == GL_NO_ERROR) return;
    std::string message = std::string("OpenGL error during ") + step + ": " + gl_error_name(error);
    while ((error = glGetError()) != GL_NO_ERROR) message += std::string(", then ") + gl_error_name(error);
    throw GlError(message);
}

}  // namespace chronomap
