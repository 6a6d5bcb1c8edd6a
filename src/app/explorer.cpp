#include "app/explorer.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>

#include "app/panels.h"
#include "app/ui_keys.h"
#include "core/atomic_file.h"
#include "core/camera/camera_controller.h"
#include "core/display_language.h"
#include "core/event_reader.h"
#include "core/place_names/event_place_name.h"
#include "core/gazetteer/geocoder.h"
#include "core/window_summary.h"
#include "platform/headless_egl_target.h"
#include "render/image_io.h"
#include "render/map_renderer.h"
#include "render/palette.h"

namespace chronomap {

// [SECTION] shared helpers

const std::vector<std::uint8_t>* current_filter_mask(ExplorerState& state) {
    return state.file.usable() ? state.file.renderer->filter_mask(state.view) : nullptr;
}

MapView shown_map(const ExplorerState& state) {
    if (!state.file.usable()) return resolve_map_view(state.view, std::nullopt);
    return state.file.renderer->map_view(state.view);
}

const std::vector<size_t>& selected_events(ExplorerState& state) {
    MapInteraction& in = state.map;
    if (in.indexed_selection != state.view.selection) {
        in.indexed_selection = state.view.selection;
        in.selected.clear();
        const EventStore& store = *state.file.store;
        for (size_t i = 0; i < store.size() && in.selected.size() < in.indexed_selection.size(); ++i)
            if (std::find(in.indexed_selection.begin(), in.indexed_selection.end(), store.id(i)) !=
                in.indexed_selection.end())
                in.selected.push_back(i);
    }
    return in.selected;
}

Geocoder* explorer_geocoder(ExplorerState& state) {
    if (!state.geocoder && state.geocoder_error.empty()) {
        try {
            state.geocoder = std::make_shared<Geocoder>(Geocoder::open(state.geodata));
        } catch (const std::exception& e) {
            state.geocoder_error = e.what();
        }
    }
    return state.geocoder.get();
}

void toggle_playback(ExplorerState& state) {
    TimeWindow& window = state.view.time;
    const LoadedFile& f = state.file;
    // A window over most of the data has nowhere to go: start a shorter one at the beginning.
    if (!state.playback.playing && (window.all || (window.end - window.start) * 2 > f.last - f.first))
        window = {false, f.first, f.first + nice_duration((f.last - f.first) / 12 + 1)};
    state.playback.playing = !state.playback.playing;
}

unsigned category_color_u32(const ExplorerState& state, size_t category, float alpha) {
    const EventStore& store = *state.file.store;
    Rgba c = category < store.categories().size() ? store.categories()[category].color : default_category_color(category);
    Color on = category_color_on(palette_for(state.view.theme), {c.r / 255.f, c.g / 255.f, c.b / 255.f, 1});
    return ImGui::ColorConvertFloat4ToU32({on.r, on.g, on.b, alpha});
}

// [SECTION] lifecycle

Explorer::Explorer(ExplorerOptions options)
    : view_from_user_(options.view_from_user), source_options_(std::move(options.source)) {
    state_.geodata = std::move(options.geodata);
    state_.view = std::move(options.view);
    state_.session_path = std::move(options.session_path);
}

Explorer::~Explorer() = default;

bool Explorer::open(const std::string& path) {
    // Any format chronomap reads: its JSON, ACLED/UCDP/GDELT tables, GeoJSON, KML, GeoPackage ...
    LoadResult loaded = open_event_source(path, source_options_);
    if (!loaded.store) {
        state_.status = "could not open " + path;
        state_.file.problems = std::move(loaded.diagnostics);  // keep the old file, show why the new one failed
        state_.show_problems = true;
        return false;
    }
    return open_store(std::make_unique<EventStore>(std::move(*loaded.store)), path, std::move(loaded.diagnostics));
}

bool Explorer::open_store(std::unique_ptr<EventStore> store, const std::string& path, std::vector<Diagnostic> problems) {
    LoadedFile file;
    file.path = path;
    file.problems = std::move(problems);
    file.store = std::move(store);
    // Each problem once, with its own severity: not "FILE: warning: FILE: note: ...".
    file.placement = place_for_drawing(*file.store, state_.geodata, path, file.problems);
    for (Diagnostic& d : file.placement.problems(path)) {
        if (d.severity == Severity::warning) d.hint = "see the Review tab for the candidates";
        file.problems.push_back(std::move(d));
    }
    file.language = date_language_of(*file.store);
    file.names = display_language(*file.store);
    file.exonyms = load_exonyms(state_.geodata);
    // The actors the filter panel offers: the 40 most named, counted once here.
    std::map<std::string_view, size_t> frequency;
    for (size_t i = 0; i < file.store->size(); ++i)
        for (std::string_view a : file.store->actors(i)) frequency[a]++;
    for (const auto& [name, n] : frequency) file.frequent_actors.emplace_back(std::string(name), n);
    std::stable_sort(file.frequent_actors.begin(), file.frequent_actors.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (file.frequent_actors.size() > 40) file.frequent_actors.resize(40);
    std::tie(file.first, file.last) = file.store->time_extent();
    try {
        file.renderer = std::make_unique<MapRenderer>(*file.store, state_.geodata);
    } catch (const std::exception& e) {
        file.problems.push_back({Severity::error, path, 0, 0, "", std::string("cannot draw the map: ") + e.what(),
                                 "check the geodata folder (--geodata)"});
        state_.file = std::move(file);
        state_.show_problems = true;
        return false;
    }
    bool first_file = !state_.file.store;
    state_.file = std::move(file);
    state_.review = {};
    state_.histogram = {};
    state_.timeline.built = false;
    state_.map = {};
    state_.show_problems = std::any_of(state_.file.problems.begin(), state_.file.problems.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::error; });
    // A new file starts showing all of its events, the window spanning them on the timeline:
    // drag its edges in, or press Play to run through them.
    const LoadedFile& f = state_.file;
    UnixSeconds extent = std::max<UnixSeconds>(f.last - f.first, 86400);
    if (!(first_file && view_from_user_)) {
        state_.view.camera.mode = CameraMode::fit_events;
        state_.view.selection.clear();
        state_.view.time = {false, f.first, std::max(f.last, f.first + 86400)};
    }
    UnixSeconds pad = extent / 20 + 86400;
    state_.timeline.view_start = f.first - pad;
    state_.timeline.view_end = f.last + pad;
    // A short window given by the user (--time, a session): the axis shows it with context,
    // wide enough to grab and drag.
    const TimeWindow& w = state_.view.time;
    if (!w.all && (w.end - w.start) * 20 < extent) {
        UnixSeconds visible = std::max<UnixSeconds>((w.end - w.start) * 8, 14 * 86400);
        UnixSeconds middle = w.start + (w.end - w.start) / 2;
        state_.timeline.view_start = middle - visible / 2, state_.timeline.view_end = middle + visible / 2;
    }
    state_.status = "opened " + path;
    return true;
}

std::string Explorer::save_session() const {
    if (state_.session_path.empty()) return "";
    nlohmann::ordered_json session = to_json(state_.view);
    session["file"] = state_.file.path;
    session["timeline"] = {{"start", format_time(state_.timeline.view_start, TimePrecision::second)},
                           {"end", format_time(state_.timeline.view_end, TimePrecision::second)}};
    try {
        write_file_atomically(state_.session_path, session.dump(2) + "\n");
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

// [SECTION] each frame

void Explorer::update(double seconds_since_last_frame) {
    ImGuiIO& io = ImGui::GetIO();
    handle_shortcuts();
    draw_menu_bar();

    // Layout: menu bar on top, side panel on the right, timeline and status bar at the bottom,
    // the map in what is left.
    double top = ImGui::GetFrameHeight();
    double status_height = ImGui::GetFrameHeight() + 4;
    double width = io.DisplaySize.x, height = io.DisplaySize.y;
    double side_width = std::clamp(width * 0.24, 280.0, 420.0);
    double timeline_height = std::clamp(height * 0.22, 170.0, 260.0);
    UiRect side{width - side_width, top, side_width, height - top - status_height};
    UiRect timeline{0, height - status_height - timeline_height, width - side_width, timeline_height};
    UiRect status{0, height - status_height, width, status_height};
    state_.map_rect = {0, top, width - side_width, timeline.y - top};
    state_.backgrounds.clear();
    state_.view.width = std::max(1, static_cast<int>(state_.map_rect.width));
    state_.view.height = std::max(1, static_cast<int>(state_.map_rect.height));
    state_.view.pixel_scale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0;

    if (state_.file.usable()) {
        const LoadedFile& f = state_.file;
        state_.view.time = advance_playback(state_.view.time, state_.playback, seconds_since_last_frame, f.first,
                                            f.last, &state_.histogram, state_.view.category_mask);
        refresh_histogram();
        handle_map_input(state_);
    }
    draw_side_panel(side);
    draw_timeline_panel(state_, timeline);
    draw_status_bar(state_, status);
    draw_problems_window();
    draw_open_dialog();
}

void Explorer::refresh_histogram() {
    auto started = std::chrono::steady_clock::now();
    const std::vector<std::uint8_t>* mask = current_filter_mask(state_);
    std::uint64_t generation = state_.file.renderer->filter_generation();
    std::optional<GeoBox> extent;
    if (state_.timeline.follow_extent) {
        MapView map = shown_map(state_);
        LonLat nw = map.pixel_to_lonlat({0, 0}), se = map.pixel_to_lonlat({double(map.width), double(map.height)});
        extent = GeoBox{nw.lon, se.lat, se.lon, nw.lat};
    }
    TimelineState& t = state_.timeline;
    // Rebuilt when what it counts changes (the filter, or the extent once the camera rests),
    // never per frame.
    bool extent_changed = extent != t.built_extent && !state_.map.panning;
    if (!t.built || generation != t.built_filter_generation || extent_changed) {
        state_.histogram.rebuild(*state_.file.store, mask, extent ? &*extent : nullptr);
        t.built = true, t.built_filter_generation = generation, t.built_extent = extent;
    }
    t.last_cost_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

void Explorer::draw_map(int framebuffer_width, int framebuffer_height) {
    if (!state_.file.usable()) return;
    double scale = state_.view.pixel_scale;
    const UiRect& r = state_.map_rect;
    MapViewport viewport{static_cast<int>(std::lround(r.x * scale)),
                         framebuffer_height - static_cast<int>(std::lround((r.y + r.height) * scale)),
                         static_cast<int>(std::lround(r.width * scale)), static_cast<int>(std::lround(r.height * scale))};
    viewport.width = std::min(viewport.width, framebuffer_width - viewport.x);
    if (viewport.width <= 0 || viewport.height <= 0) return;
    state_.file.renderer->draw(state_.view, viewport);
    if (state_.screenshot_requested) take_screenshot();
}

// F12: the map through the export path (the same pixels as `chronomap render`), at the
// window's size times the chosen scale.
void Explorer::take_screenshot() {
    state_.screenshot_requested = false;
    try {
        ViewState view = state_.view;
        view.pixel_scale = state_.screenshot_scale;
        std::unique_ptr<RenderTarget> target = create_headless_target(
            static_cast<int>(view.width * view.pixel_scale), static_cast<int>(view.height * view.pixel_scale));
        MapRenderer renderer(*state_.file.store, state_.geodata);
        render_frame(renderer, view, *target);
        write_png(state_.screenshot_path, target->read_pixels());
        state_.status = "saved the map as " + state_.screenshot_path;
    } catch (const std::exception& e) {
        state_.status = std::string("screenshot failed: ") + e.what();
    }
}

// [SECTION] keyboard

void Explorer::handle_shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;  // typing in a field
    bool ctrl = io.KeyCtrl;
    if (ctrl && key_pressed(ui_key::O)) state_.open_dialog = true;
    if (ctrl && key_pressed(ui_key::Q)) state_.quit_requested = true;
    if (ctrl && key_pressed(ui_key::S)) save_review_choices(state_);
    if (key_pressed(ui_key::F12)) state_.screenshot_requested = true;
    if (!state_.file.usable() || ctrl) return;
    ViewState& view = state_.view;
    const LoadedFile& f = state_.file;
    if (key_pressed(ui_key::Space)) toggle_playback(state_);
    // Left/Right step the time window; with Shift (and Up/Down) they pan the map.
    if (!io.KeyShift && key_pressed(ui_key::Right)) view.time = step_window(view.time, +1);
    if (!io.KeyShift && key_pressed(ui_key::Left)) view.time = step_window(view.time, -1);
    if (key_pressed(ui_key::Home)) view.time = window_at_start(view.time, f.first);
    if (key_pressed(ui_key::End)) view.time = window_at_end(view.time, f.last);
    if (key_pressed(ui_key::T)) view.theme = view.theme == Theme::light ? Theme::dark : Theme::light;
    if (key_pressed(ui_key::C))
        view.time_mode = view.time_mode == TimeMode::window ? TimeMode::cumulative : TimeMode::window;
    if (key_pressed(ui_key::Escape)) view.selection.clear();
    MapView shown = shown_map(state_);
    double cx = view.width / 2.0, cy = view.height / 2.0;
    if (key_pressed(ui_key::F)) view.camera.mode = CameraMode::fit_events;
    if (key_pressed(ui_key::Equal) || key_pressed(ui_key::KeypadAdd)) view = camera::zoom_at(view, shown, cx, cy, 0.5);
    if (key_pressed(ui_key::Minus) || key_pressed(ui_key::KeypadSubtract))
        view = camera::zoom_at(view, shown, cx, cy, -0.5);
    if (key_pressed(ui_key::Up)) view = camera::pan(view, shown, 0, 80);
    if (key_pressed(ui_key::Down)) view = camera::pan(view, shown, 0, -80);
    if (io.KeyShift && key_pressed(ui_key::Left)) view = camera::pan(view, shown, 80, 0);
    if (io.KeyShift && key_pressed(ui_key::Right)) view = camera::pan(view, shown, -80, 0);
}

// [SECTION] menu, side panel, dialogs

void Explorer::draw_menu_bar() {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Open...", "Ctrl+O")) state_.open_dialog = true;
        if (ImGui::MenuItem("Save review choices", "Ctrl+S", false, !state_.review.pending.empty()))
            save_review_choices(state_);
        ImGui::Separator();
        if (ImGui::MenuItem("Save map as PNG", "F12")) state_.screenshot_scale = 1, state_.screenshot_requested = true;
        if (ImGui::MenuItem("Save map as PNG (2x)")) state_.screenshot_scale = 2, state_.screenshot_requested = true;
        if (ImGui::MenuItem("Save map as PNG (4x)")) state_.screenshot_scale = 4, state_.screenshot_requested = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Problems", nullptr, state_.show_problems)) state_.show_problems = !state_.show_problems;
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) state_.quit_requested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ViewState& view = state_.view;
        if (ImGui::MenuItem("Fit events", "F")) view.camera.mode = CameraMode::fit_events;
        if (ImGui::MenuItem("Dark theme", "T", view.theme == Theme::dark))
            view.theme = view.theme == Theme::light ? Theme::dark : Theme::light;
        if (ImGui::MenuItem("Cumulative time", "C", view.time_mode == TimeMode::cumulative))
            view.time_mode = view.time_mode == TimeMode::window ? TimeMode::cumulative : TimeMode::window;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::TextUnformatted(
            "Map: drag to pan, wheel or +/- to zoom, double-click to zoom in, F to fit,\n"
            "     click an event to select it (click again: the next one there), Shift-drag to select a box.\n"
            "Timeline: drag the window to move it, its edges to resize, Shift-drag to draw a new one,\n"
            "     drag elsewhere to pan the axis, wheel to zoom it.\n"
            "Keys: Space play/pause, Left/Right step by the window, Home/End, C cumulative, T theme,\n"
            "     Up/Down and Shift+Left/Right pan the map,\n"
            "     F12 save the map as PNG, Ctrl+S save review choices, Ctrl+O open, Esc clear selection.");
        ImGui::EndMenu();
    }
    if (state_.file.store) {
        std::string title = state_.file.store->title_of_file();
        ImGui::SameLine(ImGui::GetWindowWidth() * 0.5f - ImGui::CalcTextSize(title.c_str()).x * 0.5f);
        ImGui::TextUnformatted(title.c_str());
    }
    ImGui::EndMainMenuBar();
}

void Explorer::draw_side_panel(const UiRect& rect) {
    begin_docked_panel("##side", rect);
    if (!state_.file.usable()) {
        ImGui::TextWrapped("No event file is open. Use File > Open (Ctrl+O) or drop a file on the window.");
        ImGui::End();
        return;
    }
    if (ImGui::BeginTabBar("##tabs")) {
        // The detail tab comes forward when the selection changes.
        static std::vector<std::string> last_selection;
        bool selection_changed = state_.view.selection != last_selection && !state_.view.selection.empty();
        last_selection = state_.view.selection;
        if (ImGui::BeginTabItem("Filters")) {
            draw_filters_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Details", nullptr, selection_changed ? ImGuiTabItemFlags_SetSelected : 0)) {
            draw_detail_panel(state_);
            ImGui::EndTabItem();
        }
        std::string review_label = "Review";
        if (state_.file.placement.to_geocode > 0)
            review_label += " (" + std::to_string(state_.file.placement.to_geocode) + ")";
        review_label += "###review";
        if (ImGui::BeginTabItem(review_label.c_str())) {
            draw_review_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Story")) {
            draw_story_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Layers")) {
            draw_layers_panel(state_);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void Explorer::draw_problems_window() {
    if (!state_.show_problems) return;
    ImGui::SetNextWindowSize({640, 260}, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos({60, 60}, ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Problems in the file", &state_.show_problems)) {
        if (state_.file.problems.empty()) ImGui::TextUnformatted("No problems.");
        constexpr size_t kMaxShown = 500;  // a broken million-event file must not stall the window
        for (size_t k = 0; k < state_.file.problems.size() && k < kMaxShown; ++k) {
            const Diagnostic& d = state_.file.problems[k];
            ImVec4 color = d.severity == Severity::error     ? ImVec4(0.9f, 0.3f, 0.25f, 1)
                           : d.severity == Severity::warning ? ImVec4(0.85f, 0.65f, 0.2f, 1)
                                                             : ImGui::GetStyleColorVec4(ImGuiCol_Text);
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextWrapped("%s", d.format().c_str());
            ImGui::PopStyleColor();
        }
        if (state_.file.problems.size() > kMaxShown)
            ImGui::Text("... and %zu more (chronomap info FILE lists them all)", state_.file.problems.size() - kMaxShown);
    }
    ImGui::End();
}

void Explorer::draw_open_dialog() {
    if (state_.open_dialog) {
        ImGui::OpenPopup("Open an event file");
        state_.open_dialog = false;
        if (state_.open_path_text.empty()) state_.open_path_text = state_.file.path;
    }
    if (ImGui::BeginPopupModal("Open an event file", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("Path of the event file (or drop a file on the window):");
        char buffer[1024];
        std::snprintf(buffer, sizeof buffer, "%s", state_.open_path_text.c_str());
        ImGui::SetNextItemWidth(520);
        bool enter = ImGui::InputText("##path", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
        state_.open_path_text = buffer;
        if (ImGui::Button("Open") || enter) {
            open(state_.open_path_text);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace chronomap
