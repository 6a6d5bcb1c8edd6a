// The timeline along the bottom: playback controls, then a canvas with the spans and coarse
// dates as bars (hatched when imprecise), a histogram of events stacked by category, the
// time axis, and the time window over them.
//
// Mouse: drag the window to move it, drag its edges to resize, Shift-drag to brush a new one,
// drag elsewhere to pan the axis, wheel to zoom around the cursor, click to center the
// window there. The map follows every frame. A frame costs O(bins): the counts come from
// TimeHistogram's sorted per-category starts, never from a pass over the store.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/panels.h"
#include "core/geometry/series_timing.h"
#include "core/timeline/time_labels.h"

namespace chronomap {
namespace {

using timeline::Axis;
using timeline::kMinVisible;

unsigned with_alpha(unsigned color, float alpha) {
    return (color & 0x00ffffffu) | (static_cast<unsigned>(alpha * 255) << 24);
}

// [SECTION] controls

struct WindowLength {
    UiWord label;
    UnixSeconds seconds;  // 0: all dates
};
constexpr WindowLength kLengths[] = {{UiWord::length_1_day, kDay},          {UiWord::length_3_days, 3 * kDay},
                                     {UiWord::length_1_week, 7 * kDay},     {UiWord::length_2_weeks, 14 * kDay},
                                     {UiWord::length_1_month, 30 * kDay},   {UiWord::length_3_months, 91 * kDay},
                                     {UiWord::length_6_months, 182 * kDay}, {UiWord::length_1_year, 365 * kDay},
                                     {UiWord::all_dates_capital, 0}};

void jump_to(ExplorerState& state) {
    TimelineState& t = state.timeline;
    Parsed<TimeWindow> parsed = parse_time_window(t.goto_text);
    if (!parsed) {
        t.goto_error = parsed.error + " " + tr(state, UiWord::goto_error_hint);
        return;
    }
    t.goto_error.clear();
    TimeWindow& window = state.view.time;
    TimeWindow wanted = *parsed.value;
    bool single_day_or_finer = t.goto_text.find('/') == std::string::npos && wanted.end - wanted.start <= kDay;
    if (single_day_or_finer && !window.all) {
        // A date: keep the window's length, put the date in its middle.
        UnixSeconds length = window.end - window.start;
        window = {false, wanted.start - length / 2 + kDay / 2, wanted.start - length / 2 + kDay / 2 + length};
    } else {
        window = wanted;
    }
    timeline::VisibleRange visible = timeline::visible_around(window, {t.view_start, t.view_end});
    t.view_start = visible.start, t.view_end = visible.end;
}

void draw_controls(ExplorerState& state) {
    ViewState& view = state.view;
    Playback& playback = state.playback;
    const LoadedFile& f = state.file;
    if (ImGui::Button("|<")) view.time = window_at_start(view.time, f.first);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_start));
    ImGui::SameLine();
    if (ImGui::Button("<")) view.time = step_window(view.time, -1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_back));
    ImGui::SameLine();
    if (ImGui::Button(tr(state, playback.playing ? UiWord::pause : UiWord::play), {ImGui::GetFontSize() * 3.6f, 0})) toggle_playback(state);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_play));
    ImGui::SameLine();
    if (ImGui::Button(">")) view.time = step_window(view.time, +1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_forward));
    ImGui::SameLine();
    if (ImGui::Button(">|")) view.time = window_at_end(view.time, f.last);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_end));

    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    float days_per_second = static_cast<float>(playback.speed / kDay);
    std::string speed_label =
        format_word(UiWord::per_second, f.language, format_duration(static_cast<UnixSeconds>(playback.speed), f.language).c_str());
    if (ImGui::SliderFloat("##speed", &days_per_second, 1.f / 24, 365.f, speed_label.c_str(),
                           ImGuiSliderFlags_Logarithmic))
        playback.speed = std::clamp(static_cast<double>(days_per_second) * kDay, kMinPlaybackSpeed, kMaxPlaybackSpeed);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_speed));
    ImGui::SameLine();
    ImGui::Checkbox(tr(state, UiWord::loop), &playback.loop);
    ImGui::SameLine();
    ImGui::Checkbox(tr(state, UiWord::skip_empty), &playback.skip_empty);
    ImGui::SameLine();
    int mode = view.time_mode == TimeMode::cumulative ? 1 : 0;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
    const char* modes[] = {tr(state, UiWord::mode_window), tr(state, UiWord::mode_cumulative)};
    if (ImGui::Combo("##mode", &mode, modes, 2))
        view.time_mode = mode == 1 ? TimeMode::cumulative : TimeMode::window;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(state, UiWord::tip_mode));

    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
    UnixSeconds length = view.time.all ? 0 : view.time.end - view.time.start;
    std::string current = format_duration(length, f.language);  // a length drawn by hand
    for (const WindowLength& l : kLengths)
        if (l.seconds == length) current = tr(state, l.label);
    if (ImGui::BeginCombo("##length", current.c_str())) {
        for (const WindowLength& l : kLengths) {
            if (!ImGui::Selectable(tr(state, l.label), l.seconds == length)) continue;
            if (l.seconds == 0) {
                view.time = {};
            } else {
                UnixSeconds start = view.time.all ? f.first : view.time.start;
                view.time = {false, start, start + l.seconds};
            }
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_length));

    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s", state.timeline.goto_text.c_str());
    if (ImGui::InputTextWithHint("##goto", tr(state, UiWord::goto_hint), buffer, sizeof buffer,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        state.timeline.goto_text = buffer;
        jump_to(state);
    } else {
        state.timeline.goto_text = buffer;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::tip_goto));
    if (!state.timeline.goto_error.empty()) {
        ImGui::SameLine();
        ImGui::TextColored({0.9f, 0.3f, 0.25f, 1}, "%s", state.timeline.goto_error.c_str());
    }
}

// [SECTION] canvas

void draw_extents(ImDrawList* draw, const ExplorerState& state, const Axis& axis, double y0, double lane_height,
                  int lanes) {
    const EventStore& store = *state.file.store;
    std::vector<double> lane_end(static_cast<size_t>(lanes), -1e9);
    size_t drawn = 0, examined = 0;
    // Only the extents that can reach the visible stretch, and a bounded number of them: past
    // a few thousand the lanes are full anyway (the histogram still counts every event).
    for (size_t i : state.histogram.extents_between(axis.start, axis.end)) {
        if (++examined > 4000 || drawn >= 400) break;
        if (!state.view.category_shown(store.category()[i])) continue;
        TimeValue time = store.time(i);
        if (time.end <= axis.start || time.start >= axis.end) continue;
        double x0 = std::max(axis.x_of(time.start), axis.x0), x1 = std::min(axis.x_of(time.end), axis.x0 + axis.width);
        x1 = std::max(x1, x0 + 2);
        int lane = 0;
        while (lane < lanes && lane_end[static_cast<size_t>(lane)] > x0 - 2) ++lane;
        if (lane == lanes) continue;  // more overlap than lanes: the histogram still counts
        ++drawn;
        lane_end[static_cast<size_t>(lane)] = x1;
        float top = static_cast<float>(y0 + lane * lane_height + 1), bottom = static_cast<float>(top + lane_height - 2);
        unsigned color = category_color_u32(state, store.category()[i]);
        bool imprecise = time.start_precision < TimePrecision::day || time.end_precision < TimePrecision::day;
        ImVec2 a{static_cast<float>(x0), top}, b{static_cast<float>(x1), bottom};
        if (imprecise) {
            // Hatched: the date is known to this month or year, not to the day.
            draw->AddRectFilled(a, b, with_alpha(color, 0.18f));
            draw->PushClipRect(a, b, true);
            for (float hx = a.x - (bottom - top); hx < b.x; hx += 5)
                draw->AddLine({hx, bottom}, {hx + (bottom - top), top}, with_alpha(color, 0.85f), 1.2f);
            draw->PopClipRect();
            draw->AddRect(a, b, with_alpha(color, 0.9f));
        } else {
            draw->AddRectFilled(a, b, with_alpha(color, 0.8f), 2);
        }
        bool hovered = ImGui::IsMouseHoveringRect(a, b);
        if (hovered) {
            std::string when = format_date(time.start, time.start_precision, state.file.language);
            if (time.is_span || time.end - time.start > kDay)
                when += " – " + format_date(time.end - 1, time.end_precision, state.file.language);
            ImGui::SetTooltip("%s\n%s · %s", std::string(store.title(i).empty() ? store.id(i) : store.title(i)).c_str(),
                              when.c_str(), std::string(store.place_name(i)).c_str());
        }
    }
}

void draw_histogram(ImDrawList* draw, ExplorerState& state, const Axis& axis, double y0, double height) {
    const EventStore& store = *state.file.store;
    constexpr double kBinPixels = 3;
    auto bins = static_cast<size_t>(std::max(1.0, axis.width / kBinPixels));
    UnixSeconds bin_seconds = std::max<UnixSeconds>(1, (axis.end - axis.start + static_cast<UnixSeconds>(bins) - 1) /
                                                           static_cast<UnixSeconds>(bins));
    HistogramBins h = state.histogram.bins(axis.start, bin_seconds, bins + (state.histogram.from_buckets() ? 1 : 0),
                                            state.view.category_mask);
    // The bins as counted (a server's histogram rounds them to its buckets).
    bin_seconds = h.bin_seconds;
    double bin_width = static_cast<double>(bin_seconds) / axis.seconds_per_pixel();
    double first_x = axis.x_of(h.start);
    double scale = h.max_total > 0 ? (height - 4) / h.max_total : 0;
    for (size_t b = 0; b < h.bins; ++b) {
        double x = first_x + static_cast<double>(b) * bin_width;
        double bottom = y0 + height;
        for (size_t c = 0; c < h.categories; ++c) {
            std::uint32_t n = h.count(b, c);
            if (!n) continue;
            double top = bottom - n * scale;
            draw->AddRectFilled({static_cast<float>(x), static_cast<float>(top)},
                                {static_cast<float>(x + std::max(bin_width - 0.6, 1.0)), static_cast<float>(bottom)},
                                category_color_u32(state, c, 0.9f));
            bottom = top;
        }
    }
    if (h.max_total > 0) {
        std::string per = format_duration(bin_seconds, state.file.language);
        std::string label = format_word(UiWord::histogram_max, state.file.language,
                                        format_count(h.max_total, state.file.language).c_str(), per.c_str());
        draw->AddText({static_cast<float>(axis.x0 + 4), static_cast<float>(y0)}, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      label.c_str());
    }
    // Hovering a bin tells what it holds.
    ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsMouseHoveringRect({static_cast<float>(axis.x0), static_cast<float>(y0)},
                                   {static_cast<float>(axis.x0 + axis.width), static_cast<float>(y0 + height)}) &&
        !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        auto b = static_cast<size_t>(std::clamp((mouse.x - first_x) / bin_width, 0.0, static_cast<double>(h.bins - 1)));
        if (h.total(b) > 0) {
            UnixSeconds from = h.start + static_cast<UnixSeconds>(b) * bin_seconds;
            std::string when = format_window({false, from, from + bin_seconds}, state.file.language);
            ImGui::BeginTooltip();
            ImGui::Text("%s: %u", when.c_str(), h.total(b));
            for (size_t c = 0; c < h.categories; ++c)
                if (h.count(b, c) && c < store.categories().size())
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(category_color_u32(state, c)), "%s  %u",
                                       category_label(state, c).c_str(), h.count(b, c));
            ImGui::EndTooltip();
        }
    }
}

void draw_axis(ImDrawList* draw, const ExplorerState& state, const Axis& axis, double y0, double y_axis) {
    unsigned line = ImGui::GetColorU32(ImGuiCol_Border), text = ImGui::GetColorU32(ImGuiCol_Text),
             muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine({static_cast<float>(axis.x0), static_cast<float>(y_axis)},
                  {static_cast<float>(axis.x0 + axis.width), static_cast<float>(y_axis)}, line);
    for (const TimeTick& tick : time_ticks(axis.start, axis.end, axis.width, state.file.language, 70)) {
        auto x = static_cast<float>(axis.x_of(tick.at));
        draw->AddLine({x, static_cast<float>(tick.major ? y0 : y_axis - 4)}, {x, static_cast<float>(y_axis + 4)},
                      tick.major ? with_alpha(line, 0.9f) : with_alpha(line, 0.5f));
        draw->AddText({x + 3, static_cast<float>(y_axis + 3)}, tick.major ? text : muted, tick.label.c_str());
    }
}

void draw_window(ImDrawList* draw, const ExplorerState& state, const Axis& axis, double y0, double y1) {
    const TimeWindow& w = state.view.time;
    if (w.all) return;
    auto xs = static_cast<float>(std::clamp(axis.x_of(w.start), axis.x0 - 2, axis.x0 + axis.width + 2));
    auto xe = static_cast<float>(std::clamp(axis.x_of(w.end), axis.x0 - 2, axis.x0 + axis.width + 2));
    xe = std::max(xe, xs + 2);
    auto top = static_cast<float>(y0), bottom = static_cast<float>(y1);
    unsigned accent = IM_COL32(230, 120, 20, 255);
    if (state.view.time_mode == TimeMode::cumulative)
        draw->AddRectFilled({static_cast<float>(axis.x0), top}, {xs, bottom}, with_alpha(accent, 0.07f));
    draw->AddRectFilled({xs, top}, {xe, bottom}, with_alpha(accent, 0.16f));
    draw->AddLine({xs, top}, {xs, bottom}, accent, 2);
    draw->AddLine({xe, top}, {xe, bottom}, accent, 2);
    // Handles on the edges say they can be dragged.
    for (float x : {xs, xe}) draw->AddRectFilled({x - 3, top + (bottom - top) * 0.4f}, {x + 3, top + (bottom - top) * 0.6f}, accent, 2);
}

void handle_canvas_input(ExplorerState& state, Axis& axis, bool active, bool hovered) {
    ImGuiIO& io = ImGui::GetIO();
    TimelineState& t = state.timeline;
    TimeWindow& window = state.view.time;
    double mx = io.MousePos.x;
    if (hovered && io.MouseWheel != 0) {
        timeline::VisibleRange zoomed = timeline::zoom_at(axis, mx, io.MouseWheel);
        t.view_start = zoomed.start, t.view_end = zoomed.end;
        axis.start = t.view_start, axis.end = t.view_end;
    }
    if (ImGui::IsItemActivated()) t.drag = timeline::start_drag(axis, window, mx, io.KeyShift);
    if (active && t.drag.kind != timeline::Drag::none && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 1)) {
        double dx = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 1).x;
        timeline::DragResult moved = timeline::drag_to(t.drag, axis, dx, mx, window);
        window = moved.window;
        t.view_start = moved.visible.start, t.view_end = moved.visible.end;
    }
    if (ImGui::IsItemDeactivated()) {
        bool click = io.MouseDragMaxDistanceSqr[0] <= 9;
        if (click) window = timeline::window_after_click(t.drag, window);  // centred on the time clicked
        t.drag = {};
    }
}

}  // namespace

// Series (zones held week after week) as bands of their states: each state from its start
// to the next state's (or its own end), alternately darker and lighter so a change of state
// shows; hovering a state names it. One lane per series, up to `lanes`; returns lanes used.
int draw_series_bands(ImDrawList* draw, const ExplorerState& state, const Axis& axis, double y0, double lane_height,
                      int lanes) {
    const EventStore& store = *state.file.store;
    if (store.series_events().empty()) return 0;
    std::vector<std::string_view> order;  // series in order of their first state
    std::vector<int> state_count;
    int used = 0;
    for (std::uint32_t i : store.series_events()) {
        std::string_view key = store.series(i);
        auto found = std::find(order.begin(), order.end(), key);
        size_t lane = static_cast<size_t>(found - order.begin());
        if (found == order.end()) {
            if (static_cast<int>(order.size()) == lanes) continue;
            order.push_back(key);
            state_count.push_back(0);
        }
        used = std::max(used, static_cast<int>(lane) + 1);
        UnixSeconds end = store.replaced_at(i);
        if (store.time(i).is_span) end = std::min(end, store.end()[i]);
        if (end == kNeverReplaced) end = axis.end;
        if (end <= axis.start || store.start()[i] >= axis.end) {
            state_count[lane]++;
            continue;
        }
        double x0 = std::max(axis.x_of(store.start()[i]), axis.x0), x1 = std::min(axis.x_of(end), axis.x0 + axis.width);
        float top = static_cast<float>(y0 + static_cast<double>(lane) * lane_height + 1);
        float bottom = static_cast<float>(top + lane_height - 2);
        unsigned color = category_color_u32(state, store.category()[i]);
        ImVec2 a{static_cast<float>(x0), top}, b{static_cast<float>(std::max(x1, x0 + 2)), bottom};
        draw->AddRectFilled(a, b, with_alpha(color, state_count[lane]++ % 2 == 0 ? 0.75f : 0.45f));
        draw->AddLine({a.x, top}, {a.x, bottom}, with_alpha(color, 1.f), 2);  // where a state begins
        if (ImGui::IsMouseHoveringRect(a, b)) {
            std::string when = format_date(store.start()[i], store.time(i).start_precision, state.file.language);
            ImGui::SetTooltip("%s\n%s · %s", std::string(store.title(i).empty() ? store.id(i) : store.title(i)).c_str(),
                              when.c_str(), std::string(key).c_str());
        }
    }
    return used;
}

void draw_timeline_panel(ExplorerState& state, const UiRect& rect) {
    auto started = std::chrono::steady_clock::now();
    begin_docked_panel("##timeline", rect, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (!state.file.usable()) {
        ImGui::TextDisabled("%s", tr(state, UiWord::timeline_no_file));
        ImGui::End();
        return;
    }
    draw_controls(state);
    // The window as people say it, and how many events it holds.
    const TimeWindow& w = state.view.time;
    std::string caption = format_window(w, state.file.language);
    ImGui::TextUnformatted(caption.c_str());

    TimelineState& t = state.timeline;
    if (t.view_end - t.view_start < kMinVisible) t.view_end = t.view_start + kMinVisible;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    Axis axis{origin.x, std::max(avail.x, 10.f), t.view_start, t.view_end};
    // While playing, the axis scrolls to keep the window in view.
    if (state.playback.playing) {
        timeline::VisibleRange followed = timeline::follow_window(w, {t.view_start, t.view_end});
        t.view_start = followed.start, t.view_end = followed.end;
        axis.start = t.view_start, axis.end = t.view_end;
    }
    ImGui::InvisibleButton("##canvas", {static_cast<float>(axis.width), std::max(avail.y, 40.f)});
    t.canvas = {origin.x, origin.y, axis.width, std::max(avail.y, 40.f)};
    bool active = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    handle_canvas_input(state, axis, active, hovered);
    axis.start = t.view_start, axis.end = t.view_end;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    double font = ImGui::GetFontSize();
    double y0 = origin.y, y1 = origin.y + std::max(avail.y, 40.f);
    double axis_y = y1 - font - 6;
    constexpr int kLanes = 3;
    double lane_height = std::clamp((axis_y - y0) * 0.09, 5.0, 9.0);
    double histogram_top = y0 + kLanes * lane_height + 4;
    draw->PushClipRect({static_cast<float>(axis.x0), static_cast<float>(y0)},
                       {static_cast<float>(axis.x0 + axis.width), static_cast<float>(y1)}, true);
    add_background(state, {axis.x0, y0, axis.width, y1 - y0}, ImGui::GetColorU32(ImGuiCol_FrameBg));
    draw_window(draw, state, axis, y0, axis_y);
    int series_lanes = draw_series_bands(draw, state, axis, y0 + 2, lane_height, 2);
    draw_extents(draw, state, axis, y0 + 2 + series_lanes * lane_height, lane_height, kLanes - series_lanes);
    draw_histogram(draw, state, axis, histogram_top, axis_y - histogram_top);
    draw_axis(draw, state, axis, y0, axis_y);
    draw->PopClipRect();
    ImGui::End();
    t.last_cost_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace chronomap
