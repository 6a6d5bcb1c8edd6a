#include "app/explorer_frame.h"

#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cmath>
#include <filesystem>

namespace chronomap {
namespace {

void apply_style(Theme theme) {
    if (theme == Theme::dark)
        ImGui::StyleColorsDark();
    else
        ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.GrabRounding = 3;
    style.TabRounding = 3;
    style.WindowBorderSize = 1;
    style.FramePadding = {6, 4};
    style.ItemSpacing = {8, 5};
}

void load_fonts(double content_scale) {
    ImGuiIO& io = ImGui::GetIO();
    // Latin with accents, Latin Extended-A and B (Turkish, transliterations), the modifier
    // letters and Latin Extended Additional of GeoNames' Arabic transliterations ("Al Ḩāḑir",
    // "Ra’s al ʿAyn") and punctuation ("–", "·").
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0180, 0x024F, 0x02B0, 0x02FF,
                                     0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};
    const char* regular = CHRONOMAP_FONT_DIR "/NotoSans-Regular.ttf";
    const char* bold = CHRONOMAP_FONT_DIR "/NotoSans-Bold.ttf";
    auto size = static_cast<float>(15.0 * content_scale);
    if (std::filesystem::exists(regular) && io.Fonts->AddFontFromFileTTF(regular, size, nullptr, ranges)) {
        if (std::filesystem::exists(bold)) io.Fonts->AddFontFromFileTTF(bold, size * 1.15f, nullptr, ranges);
        // Fonts rasterised at device resolution, drawn at logical size: crisp on HiDPI screens.
        io.FontGlobalScale = static_cast<float>(1.0 / content_scale);
    } else {
        io.Fonts->AddFontDefault();  // the font package is missing: readable, if plain
    }
}

// The panels' opaque rectangles, as scissored clears (see BackgroundFill).
void paint_backgrounds(const ExplorerState& state, int framebuffer_height) {
    double scale = state.view.pixel_scale;
    glEnable(GL_SCISSOR_TEST);
    for (const BackgroundFill& fill : state.backgrounds) {
        auto x0 = static_cast<int>(std::lround(fill.rect.x * scale)), x1 = static_cast<int>(std::lround((fill.rect.x + fill.rect.width) * scale));
        auto y0 = static_cast<int>(std::lround(fill.rect.y * scale)), y1 = static_cast<int>(std::lround((fill.rect.y + fill.rect.height) * scale));
        glScissor(x0, framebuffer_height - y1, x1 - x0, y1 - y0);  // GL counts rows from the bottom
        glClearColor(fill.r, fill.g, fill.b, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace

ImGuiSession::ImGuiSession(double content_scale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is computed, not saved
    load_fonts(content_scale);
    apply_style(Theme::light);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiSession::~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
}

void explorer_frame(Explorer& explorer, RenderTarget& target, double seconds_since_last_frame) {
    auto started = std::chrono::steady_clock::now();
    target.begin_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ExplorerState& state = explorer.state();
    if (state.theme_applied != state.view.theme) {
        apply_style(state.view.theme);
        state.theme_applied = state.view.theme;
    }
    ImGui::NewFrame();
    explorer.update(seconds_since_last_frame);
    ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glDisable(GL_SCISSOR_TEST);
    glClearColor(background.x, background.y, background.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    paint_backgrounds(explorer.state(), target.height());
    explorer.draw_map(target.width(), target.height());
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    target.end_frame();
    // Shown in the status bar next frame: the whole frame's CPU time, map and panels.
    explorer.state().frame_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace chronomap
