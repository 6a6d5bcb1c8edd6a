// Docked panels and the backgrounds the frame paints for them (see BackgroundFill).
#include <imgui.h>

#include "app/panels.h"

namespace chronomap {

void begin_docked_panel(const char* name, const UiRect& rect, int extra_flags) {
    ImGui::SetNextWindowPos({static_cast<float>(rect.x), static_cast<float>(rect.y)});
    ImGui::SetNextWindowSize({static_cast<float>(rect.width), static_cast<float>(rect.height)});
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoBringToFrontOnFocus | extra_flags;
    // Transparent: the frame was cleared to the window background colour before ImGui draws,
    // so the panel looks the same and its pixels are not filled a second time.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin(name, nullptr, flags);
    ImGui::PopStyleColor();
    start_window_text_log();
}

void add_background(ExplorerState& state, const UiRect& rect, unsigned color) {
    ImVec4 top = ImGui::ColorConvertU32ToFloat4(color);
    ImVec4 under = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    auto over = [&](float a, float b) { return a * top.w + b * (1 - top.w); };
    state.backgrounds.push_back({rect, over(top.x, under.x), over(top.y, under.y), over(top.z, under.z)});
}

}  // namespace chronomap
