// GL failures are loud: in debug builds (or with -DCHRONOMAP_GL_CHECKS=ON) every drawing
// step is followed by a check that throws GlError naming the step and the GL error.
#pragma once

#include <stdexcept>
#include <string>

namespace chronomap {

struct GlError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Throws GlError if glGetError reports anything, naming `step`.
void throw_on_gl_error(const char* step);

#if defined(CHRONOMAP_GL_CHECKS)
#define CHRONOMAP_GL_CHECK(step) ::chronomap::throw_on_gl_error(step)
#else
#define CHRONOMAP_GL_CHECK(step) ((void)0)
#endif

}  // namespace chronomap
