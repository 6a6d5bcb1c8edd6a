// Input over the map's rectangle: drag to pan, wheel to zoom at the cursor, double-click to
// zoom in, hover for a tooltip, click to select (again: the next event at that spot),
// Shift-drag to select a box. Every change goes through the camera controller.
#include <imgui.h>

#include <algorithm>

#include "app/panels.h"
#include "core/camera/camera_controller.h"
#include "core/events/event_picking.h"
#include "core/timeline/time_labels.h"
#include "render/map_renderer.h"

namespace chronomap {
namespace {

void select_events(ExplorerState& state, const std::vector<size_t>& events) {
    state.view.selection.clear();
    for (size_t i : events) state.view.selection.emplace_back(state.file.store->id(i));
}

void draw_tooltip(const ExplorerState& state, const std::vector<size_t>& events) {
    const EventStore& store = *state.file.store;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    size_t shown = std::min<size_t>(events.size(), 4);
    for (size_t k = 0; k < shown; ++k) {
        size_t i = events[k];
        if (k) ImGui::Separator();
        std::string title(store.title(i).empty() ? store.id(i) : store.title(i));
        ImGui::TextUnformatted(title.c_str());
        TimeValue time = store.time(i);
        std::string when = format_date(time.start, time.start_precision, state.file.language);
        if (time.is_span)
            when += " – " + format_date(time.end - 1, time.end_precision, state.file.language);
        ImGui::TextDisabled("%s  ·  %s", when.c_str(), std::string(store.place_name(i)).c_str());
        size_t c = store.category()[i];
        ImGui::PushStyleColor(ImGuiCol_Text, category_color_u32(state, c));
        ImGui::TextUnformatted(category_label(state, c).c_str());
        ImGui::PopStyleColor();
        if (store.fatalities()[i] >= 0) {
            ImGui::SameLine();
            ImGui::TextUnformatted(format_word(UiWord::tooltip_killed, state.file.language, store.fatalities()[i]).c_str());
        }
    }
    if (events.size() > shown)
        ImGui::TextDisabled("%s", format_word(UiWord::tooltip_more_here, state.file.language, events.size() - shown).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void handle_map_input(ExplorerState& state) {
    ImGuiIO& io = ImGui::GetIO();
    MapInteraction& in = state.map;
    const UiRect& r = state.map_rect;
    double x = io.MousePos.x - r.x, y = io.MousePos.y - r.y;  // logical pixels in the map
    bool over_map = r.contains(io.MousePos.x, io.MousePos.y) && !io.WantCaptureMouse;
    MapView shown = shown_map(state);
    ViewState& view = state.view;

    if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        if (io.KeyShift)
            in.box_selecting = true, in.box_x0 = x, in.box_y0 = y;
        else
            in.panning = true;
    }
    if (in.panning && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2)) {
        view = camera::pan(view, shown, io.MouseDelta.x, io.MouseDelta.y);
        shown = shown_map(state);
    }
    if (in.box_selecting) {
        ImVec2 a{static_cast<float>(r.x + in.box_x0), static_cast<float>(r.y + in.box_y0)};
        ImGui::GetForegroundDrawList()->AddRectFilled(a, io.MousePos, IM_COL32(40, 110, 220, 40));
        ImGui::GetForegroundDrawList()->AddRect(a, io.MousePos, IM_COL32(40, 110, 220, 200));
    }
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        bool was_click = io.MouseDragMaxDistanceSqr[0] <= 16;  // moved less than 4 pixels
        const std::vector<std::uint8_t>* mask = current_filter_mask(state);
        if (in.box_selecting && !was_click) {
            select_events(state, events_in_box(*state.file.store, view, shown, in.box_x0, in.box_y0, x, y, mask));
        } else if ((in.panning || in.box_selecting) && was_click && state.review.placing_item < 0) {
            std::vector<size_t> here = events_at(*state.file.store, view, shown, x, y, 3, mask);
            bool same_spot = std::abs(x - in.last_click_x) < 4 && std::abs(y - in.last_click_y) < 4;
            in.click_cycle = same_spot && !here.empty() ? (in.click_cycle + 1) % here.size() : 0;
            in.last_click_x = x, in.last_click_y = y;
            if (here.empty())
                view.selection.clear();
            else
                select_events(state, {here[in.click_cycle]});
        } else if (in.panning && was_click && state.review.placing_item >= 0) {
            // The review asked for a position: this click gives it.
            ReviewState& review = state.review;
            LonLat at = shown.pixel_to_lonlat({x, y});
            const ReviewItem& item = review.items[static_cast<size_t>(review.placing_item)];
            state.status = format_word(state.file.server ? UiWord::status_placed_click_table : UiWord::status_placed_click,
                                       state.file.language, item.query.name.c_str());
            record_review_choice(state, static_cast<size_t>(review.placing_item), {item.query.name, std::nullopt, at, ""},
                                 at, item.query.name);
            if (review.placing_adds_place)
                add_review_place_to_gazetteer(state, static_cast<size_t>(review.placing_item), at);
            review.placing_item = -1;
            review.placing_adds_place = false;
        }
        in.panning = in.box_selecting = false;
    }
    if (over_map && io.MouseWheel != 0) view = camera::zoom_at(view, shown, x, y, io.MouseWheel * 0.5);
    if (over_map && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) view = camera::zoom_at(view, shown, x, y, 1);

    in.hovered.clear();
    if (over_map && !in.panning && !in.box_selecting) {
        in.hovered = events_at(*state.file.store, view, shown_map(state), x, y, 3, current_filter_mask(state));
        if (!in.hovered.empty()) draw_tooltip(state, in.hovered);
        if (state.review.placing_item >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
}

}  // namespace chronomap
