// Headless rendering through EGL (Mesa's surfaceless platform here, a GPU's EGL device
// elsewhere): export, tests and video frames need no display.
#pragma once

#include <memory>

#include "render/render_target.h"

namespace chronomap {

// Headless rendering of width x height device pixels with `samples`-times multisampling
// (1 is enough: the basemap multisamples in its own cache, markers and text antialias in
// their shaders).
// Throws NoGraphicsError when no EGL display or GL 3.3 core context can be created.
std::unique_ptr<RenderTarget> create_headless_target(int width, int height, int samples = 1);

}  // namespace chronomap
