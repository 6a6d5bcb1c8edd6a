// Layers and theme: what the map draws, and how.
#include <imgui.h>

#include "app/panels.h"

namespace chronomap {

void draw_layers_panel(ExplorerState& state) {
    ViewState& view = state.view;
    LayerToggles& l = view.layers;
    ImGui::Checkbox("Basemap", &l.basemap);
    ImGui::Checkbox("Events", &l.events);
    ImGui::Checkbox("Event labels", &l.labels);
    ImGui::Checkbox("Country and city names", &l.place_names);
    ImGui::Checkbox("Legend", &l.legend);
    ImGui::Checkbox("Title and dates", &l.title);
    ImGui::Checkbox("Scale bar", &l.scale_bar);
    ImGui::Checkbox("Attribution", &l.attribution);
    ImGui::Spacing();
    int theme = view.theme == Theme::dark ? 1 : 0;
    ImGui::TextDisabled("Theme (T)");
    if (ImGui::RadioButton("Light", &theme, 0)) view.theme = Theme::light;
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", &theme, 1)) view.theme = Theme::dark;
    ImGui::Spacing();
    ImGui::TextDisabled("Events drawn as");
    int style = static_cast<int>(view.event_style);
    if (ImGui::RadioButton("Automatic", &style, 0)) view.event_style = EventStyle::automatic;
    ImGui::SameLine();
    if (ImGui::RadioButton("Markers", &style, 1)) view.event_style = EventStyle::markers;
    ImGui::SameLine();
    if (ImGui::RadioButton("Density", &style, 2)) view.event_style = EventStyle::density;
    ImGui::Spacing();
    ImGui::TextDisabled("Map title (empty: the file's)");
    char title[256];
    std::snprintf(title, sizeof title, "%s", view.title.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##title", title, sizeof title)) view.title = title;
}

}  // namespace chronomap
