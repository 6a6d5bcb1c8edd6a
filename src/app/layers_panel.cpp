// Layers and theme: what the map draws, and how.
#include <imgui.h>

#include "app/panels.h"

namespace chronomap {

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
