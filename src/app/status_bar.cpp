// The status bar: events loaded / in the window / placed, frame time, the last message.
#include <imgui.h>

#include <numeric>

#include "app/panels.h"
#include "render/map_renderer.h"
#include "render/map_words.h"

namespace chronomap {

void draw_status_bar(ExplorerState& state, const UiRect& rect) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 3});
    begin_docked_panel("##status", rect, ImGuiWindowFlags_NoScrollbar);
    if (state.file.usable()) {
        const EventStore& store = *state.file.store;
        size_t placed = state.file.placement.placed;  // counted on load and after each review choice
        const std::vector<size_t>& counts = state.file.renderer->last_stats().shown_counts;  // the legend's numbers
        size_t shown = std::accumulate(counts.begin(), counts.end(), size_t{0});
        bool fr = state.file.language == DateLanguage::fr;
        const MapWords& words = map_words(state.file.language);
        ImGui::Text(fr ? "%s événements · %s affichés · %s placés" : "%s events · %s shown · %s placed",
                    format_count(store.size(), words).c_str(), format_count(shown, words).c_str(),
                    format_count(placed, words).c_str());
        if (shown == 0 && !state.view.time.all) {
            ImGui::SameLine();
            ImGui::TextColored({0.85f, 0.55f, 0.1f, 1}, fr ? "· aucun événement dans cette fenêtre" : "· no events in this window");
        }
        ImGui::SameLine();
        ImGui::TextDisabled("· frame %.1f ms (timeline %.2f ms)", state.frame_ms, state.timeline.last_cost_ms);
    }
    if (!state.status.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("· %s", state.status.c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace chronomap
