#include "render/render_target.h"

#include <epoxy/gl.h>

namespace chronomap {

std::string current_gl_description() {
    auto text = [](GLenum name) {
        const GLubyte* value = glGetString(name);
        return value ? std::string(reinterpret_cast<const char*>(value)) : std::string("?");
    };
    return "OpenGL " + text(GL_VERSION) + ", " + text(GL_RENDERER);
}

}  // namespace chronomap
