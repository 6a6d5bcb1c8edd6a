// Drives the explorer headless (EGL) with synthetic Dear ImGui input, as a user would with
// a mouse and keyboard: the UI tests assert on the ViewState, the pixels and the files.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>

#include "app/explorer.h"
#include "app/explorer_frame.h"
#include "platform/headless_egl_target.h"

namespace chronomap::test {

class UiDriver {
public:
    // `language`: as `view --lang` ("fr", "en"; empty: the file's).
    // `server_limits`: for a server-backed source, the explorer's marker limit and grid.
    UiDriver(const std::string& event_file, int width = 1280, int height = 800, const std::string& language = "",
             const WindowLimits& server_limits = {});
    ~UiDriver();

    Explorer& explorer() { return *explorer_; }
    ExplorerState& state() { return explorer_->state(); }
    RenderTarget& target() { return *target_; }

    void frame(double seconds = 1.0 / 60);
    void frames(int count) {
        for (int k = 0; k < count; ++k) frame();
    }
    void move_to(double x, double y);
    void click(double x, double y);
    // Press at (x0, y0), move in steps to (x1, y1), release; with Shift held if asked.
    void drag(double x0, double y0, double x1, double y1, bool shift = false, int steps = 6);
    void wheel(double x, double y, double notches);
    void press_key(int key, bool ctrl = false, bool shift = false);

private:
    int width_, height_;
    std::unique_ptr<RenderTarget> target_;
    std::unique_ptr<ImGuiSession> imgui_;
    std::unique_ptr<Explorer> explorer_;
};

}  // namespace chronomap::test
