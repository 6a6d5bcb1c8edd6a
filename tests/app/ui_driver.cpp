#include "app/ui_driver.h"

#include "core/io/geodata_paths.h"

namespace chronomap::test {

UiDriver::UiDriver(const std::string& event_file, int width, int height, const std::string& language,
                   const WindowLimits& server_limits)
    : width_(width), height_(height) {
    target_ = create_headless_target(width, height);
    imgui_ = std::make_unique<ImGuiSession>(1.0);
    ExplorerOptions options;
    options.geodata = CHRONOMAP_GEODATA_DIR;
    options.language = language;
    options.server_limits = server_limits;
    explorer_ = std::make_unique<Explorer>(options);
    explorer_->open(event_file);
    frames(3);  // ImGui lays windows out over the first frames
}

UiDriver::~UiDriver() {
    explorer_.reset();
    imgui_.reset();
}

void UiDriver::frame(double seconds) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {static_cast<float>(width_), static_cast<float>(height_)};
    io.DisplayFramebufferScale = {1, 1};
    io.DeltaTime = static_cast<float>(seconds);
    explorer_frame(*explorer_, *target_, seconds);
    io.MouseWheel = 0;
}

void UiDriver::move_to(double x, double y) {
    ImGui::GetIO().MousePos = {static_cast<float>(x), static_cast<float>(y)};
    frame();
}

void UiDriver::click(double x, double y) {
    move_to(x, y);
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    frame();
}

void UiDriver::drag(double x0, double y0, double x1, double y1, bool shift, int steps) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = shift;
    move_to(x0, y0);
    io.MouseDown[0] = true;
    frame();
    for (int k = 1; k <= steps; ++k) move_to(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps);
    io.MouseDown[0] = false;
    frame();
    io.KeyShift = false;
    frame();
}

void UiDriver::wheel(double x, double y, double notches) {
    move_to(x, y);
    ImGui::GetIO().MouseWheel = static_cast<float>(notches);
    frame();
}

void UiDriver::press_key(int key, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl, io.KeyShift = shift;
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    io.KeyCtrl = io.KeyShift = false;
    frame();
}

}  // namespace chronomap::test
