// The Dear ImGui context with its OpenGL3 renderer backend, and the one frame sequence the
// window and the headless UI tests share: begin the target's frame, ImGui's frame, the
// explorer's panels, the map, ImGui on top, end the frame.
#pragma once

#include "app/explorer.h"
#include "render/render_target.h"

namespace chronomap {

class ImGuiSession {
public:
    // Needs the GL context current. `content_scale`: device pixels per logical pixel.
    explicit ImGuiSession(double content_scale = 1.0);
    ~ImGuiSession();
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;
};

// One frame. The platform backend (GLFW) has already started its frame, or the caller has
// set io.DisplaySize and the input itself (tests).
void explorer_frame(Explorer& explorer, RenderTarget& target, double seconds_since_last_frame);

}  // namespace chronomap
