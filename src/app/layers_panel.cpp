// Layers and theme: what the map draws, and how.
#include <imgui.h>

#include <filesystem>

#include "app/panels.h"
#include "render/map_renderer.h"
#include "render/user_layer_set.h"

namespace chronomap {
namespace {
// The user's overlays (--overlay, a session's "overlays"): shown, opacity, and why one is
// not drawn. Editing the view's specs redraws the basemap cache once.
void draw_user_layers(ExplorerState& state) {
    std::vector<UserLayerSpec>& overlays = state.view.overlays;
    if (overlays.empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("Your layers (--overlay)");
    const std::vector<UserLayerStatus>* status = nullptr;
    if (state.file.renderer) status = &state.file.renderer->user_layers().status();
    for (size_t i = 0; i < overlays.size(); ++i) {
        UserLayerSpec& overlay = overlays[i];
        ImGui::PushID(static_cast<int>(i));
        std::string name = std::filesystem::path(overlay.path).filename().string();
        ImGui::Checkbox(name.c_str(), &overlay.visible);
        const UserLayerStatus* s = status && i < status->size() && (*status)[i].path == overlay.path ? &(*status)[i] : nullptr;
        if (s && !s->error.empty()) {
            ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.2f, 1), "not drawn");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s->error.c_str());
        } else {
            if (s && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s->summary.c_str());
            float opacity = static_cast<float>(overlay.style.opacity);
            ImGui::SetNextItemWidth(-1);
            if (ImGui::SliderFloat("##opacity", &opacity, 0, 1, "opacity %.2f")) overlay.style.opacity = opacity;
        }
        ImGui::PopID();
    }
}
}  // namespace

void draw_layers_panel(ExplorerState& state) {
    ViewState& view = state.view;
    LayerToggles& l = view.layers;
    ImGui::Checkbox(tr(state, UiWord::layer_basemap), &l.basemap);
    ImGui::Checkbox(tr(state, UiWord::layer_events), &l.events);
    ImGui::Checkbox(tr(state, UiWord::layer_event_labels), &l.labels);
    ImGui::Checkbox(tr(state, UiWord::layer_place_names), &l.place_names);
    ImGui::Checkbox(tr(state, UiWord::layer_legend), &l.legend);
    ImGui::Checkbox(tr(state, UiWord::layer_title), &l.title);
    ImGui::Checkbox(tr(state, UiWord::layer_scale_bar), &l.scale_bar);
    ImGui::Checkbox(tr(state, UiWord::layer_attribution), &l.attribution);
    draw_user_layers(state);
    ImGui::Spacing();
    int theme = view.theme == Theme::dark ? 1 : 0;
    ImGui::TextDisabled("%s", tr(state, UiWord::theme_key));
    if (ImGui::RadioButton(tr(state, UiWord::theme_light), &theme, 0)) view.theme = Theme::light;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(state, UiWord::theme_dark), &theme, 1)) view.theme = Theme::dark;
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(state, UiWord::events_drawn_as));
    int style = static_cast<int>(view.event_style);
    if (ImGui::RadioButton(tr(state, UiWord::style_automatic), &style, 0)) view.event_style = EventStyle::automatic;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(state, UiWord::style_markers), &style, 1)) view.event_style = EventStyle::markers;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(state, UiWord::style_density), &style, 2)) view.event_style = EventStyle::density;
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(state, UiWord::map_title_hint));
    char title[256];
    std::snprintf(title, sizeof title, "%s", view.title.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##title", title, sizeof title)) view.title = title;
}

}  // namespace chronomap
