// Filters: categories (toggle, colour, count in the window), actors, free-text search,
// minimum fatalities. Counts update live; the map, legend and timeline follow.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/panels.h"
#include "render/map_renderer.h"

namespace chronomap {

void draw_filters_panel(ExplorerState& state) {
    ViewState& view = state.view;
    const EventStore& store = *state.file.store;
    DateLanguage language = state.file.language;

    char text[256];
    std::snprintf(text, sizeof text, "%s", view.filter.text.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##search", tr(state, UiWord::search_hint),
                                 text, sizeof text))
        view.filter.text = text;

    // Counted by the map for this frame (Explorer::prepare_map), whatever the category filter
    // (a hidden category still says how many events it would show).
    const std::vector<size_t>& counts = state.file.renderer->last_stats().counts_any_category;

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(state, UiWord::categories_in_window));
    state.category_toggles.assign(store.categories().size(), {});
    for (size_t c = 0; c < store.categories().size(); ++c) {
        bool shown = view.category_shown(c);
        ImGui::PushID(static_cast<int>(c));
        ImVec2 p = ImGui::GetCursorScreenPos();
        float size = ImGui::GetFrameHeight() * 0.55f;
        state.category_toggles[c] = {p.x, p.y, ImGui::GetFrameHeight(), ImGui::GetFrameHeight()};
        if (ImGui::Checkbox("##on", &shown)) {
            std::uint64_t bit = std::uint64_t{1} << std::min<size_t>(c, 63);
            view.category_mask = shown ? view.category_mask | bit : view.category_mask & ~bit;
        }
        ImGui::SameLine();
        p = ImGui::GetCursorScreenPos();
        float y = p.y + (ImGui::GetFrameHeight() - size) / 2;
        ImGui::GetWindowDrawList()->AddCircleFilled({p.x + size / 2, y + size / 2}, size / 2,
                                                    category_color_u32(state, c, shown ? 1.f : 0.35f));
        ImGui::Dummy({size + 4, ImGui::GetFrameHeight()});
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(category_label(state, c).c_str());
        // Right-aligned, grouped by thousands.
        std::string count = format_count(c < counts.size() ? counts[c] : 0, language);
        ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - ImGui::CalcTextSize(count.c_str()).x);
        ImGui::TextUnformatted(count.c_str());
        ImGui::PopID();
    }
    if (ImGui::SmallButton(tr(state, UiWord::all_feminine))) view.category_mask = ~std::uint64_t{0};
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(state, UiWord::none_feminine))) view.category_mask = 0;

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(state, UiWord::at_least_killed));
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderInt("##fatalities", &view.filter.min_fatalities, 0, 100, view.filter.min_fatalities ? "%d" : tr(state, UiWord::any_number),
                     ImGuiSliderFlags_Logarithmic);

    const auto& actors = state.file.frequent_actors;
    if (!actors.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", tr(state, UiWord::actors_none_ticked));
        for (const auto& [name, n] : actors) {
            auto& chosen = view.filter.actors;
            bool on = std::find(chosen.begin(), chosen.end(), name) != chosen.end();
            std::string label = name + "  (" + format_count(n, language) + ")";
            if (ImGui::Checkbox(label.c_str(), &on)) {
                if (on)
                    chosen.push_back(name);
                else
                    chosen.erase(std::remove(chosen.begin(), chosen.end(), name), chosen.end());
            }
        }
    }
    ImGui::Spacing();
    ImGui::Checkbox(tr(state, UiWord::histogram_map_extent),
                    &state.timeline.follow_extent);
    if (!view.filter.empty() && ImGui::Button(tr(state, UiWord::clear_filters))) view.filter = {};
}

}  // namespace chronomap
