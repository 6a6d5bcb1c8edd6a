// The status bar: events loaded / in the window / placed, frame time, the last message.
#include <imgui.h>

#include <numeric>

#include "app/panels.h"
#include "render/map_renderer.h"

namespace chronomap {
namespace {

// A server-backed source: the table's size, what the window holds and whether it is coming.
void draw_server_status(const ExplorerState& state, const ServerWindow& server) {
    DateLanguage language = state.file.language;
    ImGui::SameLine();
    ImGui::TextUnformatted(format_word(UiWord::status_server_rows, language,
                                       format_count(static_cast<size_t>(server.table_rows), language).c_str(),
                                       server.where.c_str())
                               .c_str());
    if (server.shown_request > 0 && server.error.empty()) {
        ImGui::SameLine();
        std::string count = format_count(static_cast<size_t>(server.window_count), language);
        ImGui::TextUnformatted(format_word(server.dense ? UiWord::status_server_grid : UiWord::status_server_window,
                                           language, count.c_str())
                                   .c_str());
    }
    if (!server.error.empty()) {
        ImGui::SameLine();
        ImGui::TextColored({0.9f, 0.3f, 0.25f, 1}, "%s",
                           format_word(UiWord::status_server_error, language, server.error.c_str()).c_str());
    } else if (server.loading()) {
        ImGui::SameLine();
        ImGui::TextColored({0.85f, 0.55f, 0.1f, 1}, "%s", tr(state, UiWord::status_server_loading));
    }
}

}  // namespace

void draw_status_bar(ExplorerState& state, const UiRect& rect) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 3});
    begin_docked_panel("##status", rect, ImGuiWindowFlags_NoScrollbar);
    if (state.file.usable()) {
        const EventStore& store = *state.file.store;
        size_t placed = state.file.placement.placed;  // counted on load and after each review choice
        const std::vector<size_t>& counts = state.file.renderer->last_stats().shown_counts;  // the legend's, this frame
        size_t shown = std::accumulate(counts.begin(), counts.end(), size_t{0});
        DateLanguage language = state.file.language;
        ImGui::TextUnformatted(format_word(UiWord::status_events, language, format_count(store.size(), language).c_str(),
                                           format_count(shown, language).c_str(), format_count(placed, language).c_str())
                                   .c_str());
        bool server_grid = state.file.server && state.file.server->dense;
        if (shown == 0 && !state.view.time.all && !server_grid) {
            ImGui::SameLine();
            ImGui::TextColored({0.85f, 0.55f, 0.1f, 1}, "%s", tr(state, UiWord::status_none_in_window));
        }
        if (const ServerWindow* server = state.file.server.get()) draw_server_status(state, *server);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", format_word(UiWord::status_frame, language, state.frame_ms, state.timeline.last_cost_ms).c_str());
    }
    if (!state.status.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("· %s", state.status.c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace chronomap
