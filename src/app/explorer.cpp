#include "app/explorer.h"

#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <chrono>
#include <map>

#include "app/panels.h"
#include "app/session_file.h"
#include "app/ui_keys.h"
#include "core/camera/camera_controller.h"
#include "core/place_names/name_language.h"
#include "core/sources/source_uri.h"
#include "core/native_json/event_reader.h"
#include "core/place_names/event_place_name.h"
#include "core/gazetteer/geocoder.h"
#include "core/gazetteer/user_gazetteers.h"
#include "core/i18n/language.h"
#include "core/events/window_summary.h"
#include "render/offscreen_framebuffer.h"
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
        // The user's own gazetteers (`chronomap gazetteer add`, "Add to my gazetteer"), as
        // `chronomap geocode` asks them; an unusable one is left out, as there.
        for (const UserGazetteerInfo& g : state.geocoder ? list_user_gazetteers(user_gazetteer_dir())
                                                          : std::vector<UserGazetteerInfo>{}) {
            if (!g.error.empty()) continue;
            try {
                state.geocoder->add_gazetteer(Gazetteer::open(g.file, Gazetteer::Verify::when_changed));
            } catch (const std::exception&) {
                // Changed since it was listed: left out, as `geocode` leaves it.
            }
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
    Rgba c = category < store.categories().size() ? drawn_category_color(store.categories()[category]) : default_category_color(category);
    Color on = category_color_on(palette_for(state.view.theme), {c.r / 255.f, c.g / 255.f, c.b / 255.f, 1});
    return ImGui::ColorConvertFloat4ToU32({on.r, on.g, on.b, alpha});
}

// [SECTION] lifecycle

std::string format_diagnostic(const Diagnostic& d, DateLanguage language) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    UiWord severity = d.severity == Severity::error     ? UiWord::severity_error
                    : d.severity == Severity::warning ? UiWord::severity_warning
                                                      : UiWord::severity_note;
    const char* colon = language == DateLanguage::fr ? "\u00a0: " : ": ";  // French typography
    out += std::string(": ") + word(severity, language) + colon + d.message;
    if (!d.pointer.empty()) out += " [" + d.pointer + "]";
    if (!d.hint.empty()) out += std::string("\n  ") + word(UiWord::hint_label, language) + colon + d.hint;
    return out;
}

namespace {
// What stays off the map after placing, said in the file's language (the CLI's terminal
// messages stay PlacementReport::problems()).
std::vector<Diagnostic> placement_problems(const PlacementReport& report, const std::string& path,
                                           DateLanguage language) {
    std::vector<Diagnostic> out;
    size_t total = report.placed + report.unplaced();
    if (report.to_geocode > 0)
        out.push_back({Severity::warning, path, 0, 0, "",
                       format_word(report.to_geocode == 1 ? UiWord::placement_to_geocode_one : UiWord::placement_to_geocode_many,
                                   language, report.to_geocode, event_count(total, language).c_str()),
                       ""});
    if (report.without_place > 0)
        out.push_back({Severity::note, path, 0, 0, "",
                       format_word(report.without_place == 1 ? UiWord::placement_without_place_one
                                                             : UiWord::placement_without_place_many,
                                   language, report.without_place),
                       ""});
    return out;
}
}  // namespace

Explorer::Explorer(ExplorerOptions options)
    : view_from_user_(options.view_from_user), source_options_(std::move(options.source)),
      placement_options_(options.placement), language_option_(std::move(options.language)),
      server_limits_(options.server_limits) {
    state_.requested_tab = options.tab;
    state_.geodata = std::move(options.geodata);
    state_.view = std::move(options.view);
    state_.session_path = std::move(options.session_path);
}

Explorer::~Explorer() = default;

bool Explorer::open(const std::string& path) {
    // Any format chronomap reads: its JSON, ACLED/UCDP/GDELT tables, GeoJSON, KML, GeoPackage ...
    // A server (postgresql://) keeps its rows: the explorer opens on its overview.
    std::unique_ptr<EventSource> source = make_event_source(path, source_options_);
    if (std::optional<SourceOverview> overview = source->overview(kServerHistogramBuckets))
        return open_server(path, std::move(*overview));
    LoadResult loaded = source->load();
    if (!loaded.store) {
        state_.status = format_word(UiWord::status_could_not_open, state_.file.language, path.c_str());
        state_.file.problems = std::move(loaded.diagnostics);  // keep the old file, show why the new one failed
        state_.show_problems = true;
        return false;
    }
    return open_store(std::make_unique<EventStore>(std::move(*loaded.store)), path, std::move(loaded.diagnostics));
}

bool Explorer::open_server(const std::string& path, SourceOverview overview) {
    if (!overview.metadata.store) {
        state_.status = format_word(UiWord::status_could_not_open, state_.file.language, redact_password(path).c_str());
        state_.file.problems = std::move(overview.metadata.diagnostics);
        state_.show_problems = true;
        return false;
    }
    auto store = std::make_unique<EventStore>(std::move(*overview.metadata.store));
    bool first_file = !state_.file.store;
    if (!open_store(std::move(store), path, std::move(overview.metadata.diagnostics))) return false;
    LoadedFile& f = state_.file;
    f.server = std::make_unique<ServerWindow>();
    f.server->table_rows = overview.rows;
    f.server->table_extent = overview.extent;
    f.server->where = overview.where;
    // The worker's own source: its own connection, never used from this thread.
    f.server->loader = std::make_unique<WindowLoader>(make_event_source(path, source_options_), server_limits_);
    // Review choices and decks shared with the table's other users: a third connection, this
    // thread's. Without it the map still works; the two tabs say why they cannot save.
    try {
        f.server->workspace = make_event_source(path, source_options_)->workspace();
    } catch (const std::exception& e) {
        f.server->workspace_error = e.what();
    }
    f.renderer->replace_store(*f.store, overview.extent);
    state_.histogram.assign(overview.histogram);
    state_.timeline.built = true;
    if (overview.rows > 0) {
        f.first = overview.first, f.last = overview.last;
        start_view(first_file);
    }
    return true;
}

bool Explorer::open_store(std::unique_ptr<EventStore> store, const std::string& path, std::vector<Diagnostic> problems) {
    LoadedFile file;
    file.path = path;
    file.problems = std::move(problems);
    file.store = std::move(store);
    // The language first: the problems' hints, the labels and the panels speak it.
    file.language = apply_display_language(*file.store, language_option_);
    std::string review_hint = word(UiWord::hint_see_review, file.language);
    // Each problem once, with its own severity: not "FILE: warning: FILE: note: ...".
    file.placement = place_for_drawing(*file.store, state_.geodata, path, file.problems, placement_options_);
    for (Diagnostic& d : placement_problems(file.placement, path, file.language)) {
        if (d.severity == Severity::warning) d.hint = review_hint;
        file.problems.push_back(std::move(d));
    }
    file.names = name_language(*file.store);
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
    start_view(first_file);
    state_.status = format_word(UiWord::status_opened, state_.file.language, redact_password(path).c_str());
    return true;
}

void Explorer::start_view(bool first_file) {
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
}

std::string Explorer::save_session() const {
    if (state_.session_path.empty()) return "";
    return write_session(state_.session_path,
                         {state_.view, state_.file.path, {state_.timeline.view_start, state_.timeline.view_end}});
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
        sync_server_window(state_);
    }
    // The panels that move the view come first; those that show its counts read them from
    // the frame prepared for the view as it is then (the filters tab, the status bar).
    draw_timeline_panel(state_, timeline);
    prepare_map();
    draw_side_panel(side);
    prepare_map();  // again only if the side panel changed the view (a category, the search)
    draw_status_bar(state_, status);
    draw_problems_window();
    draw_open_dialog();
}

void Explorer::refresh_histogram() {
    if (state_.file.server) return;  // the server counted it on open (SourceOverview::histogram)
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

// The map's rectangle in device pixels, GL's bottom-left origin.
MapViewport Explorer::map_viewport(int framebuffer_width, int framebuffer_height) const {
    double scale = state_.view.pixel_scale;
    const UiRect& r = state_.map_rect;
    MapViewport viewport{static_cast<int>(std::lround(r.x * scale)),
                         framebuffer_height - static_cast<int>(std::lround((r.y + r.height) * scale)),
                         static_cast<int>(std::lround(r.width * scale)), static_cast<int>(std::lround(r.height * scale))};
    viewport.width = std::min(viewport.width, framebuffer_width - viewport.x);
    return viewport;
}

// The map's layers prepare the frame (counts, labels) for the view as it is now, so that
// the panels drawn next show the numbers of the map drawn this frame. Nothing is redone
// when the view did not change since the last call.
void Explorer::prepare_map() {
    if (!state_.file.usable()) return;
    ImGuiIO& io = ImGui::GetIO();
    MapViewport viewport = map_viewport(static_cast<int>(std::lround(io.DisplaySize.x * state_.view.pixel_scale)),
                                        static_cast<int>(std::lround(io.DisplaySize.y * state_.view.pixel_scale)));
    if (viewport.width <= 0 || viewport.height <= 0) return;
    state_.file.renderer->prepare(state_.view, viewport);
}

void Explorer::draw_map(int framebuffer_width, int framebuffer_height) {
    if (!state_.file.usable()) return;
    MapViewport viewport = map_viewport(framebuffer_width, framebuffer_height);
    if (viewport.width <= 0 || viewport.height <= 0) return;
    state_.file.renderer->draw(state_.view, viewport);
    if (state_.screenshot_requested) take_screenshot();
}

// F12: the map through the export path (the same pixels as `chronomap render`), at the
// window's size times the chosen scale, drawn by the window's own renderer into an offscreen
// framebuffer: a second context made mid-frame left none current for the rest of the frame.
void Explorer::take_screenshot() {
    state_.screenshot_requested = false;
    ViewState view = state_.view;
    view.pixel_scale = state_.screenshot_scale;
    int width = static_cast<int>(std::lround(view.width * view.pixel_scale));
    int height = static_cast<int>(std::lround(view.height * view.pixel_scale));
    GLint window_framebuffer = 0;
    std::array<GLint, 4> window_viewport{};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &window_framebuffer);
    glGetIntegerv(GL_VIEWPORT, window_viewport.data());
    try {
        Image image;
        {
            OffscreenFramebuffer framebuffer(width, height, 4);
            framebuffer.bind_for_drawing();
            state_.file.renderer->draw(view, {0, 0, width, height});
            framebuffer.resolve();
            image = framebuffer.read();
        }
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(window_framebuffer));
        glViewport(window_viewport[0], window_viewport[1], window_viewport[2], window_viewport[3]);
        write_png(state_.screenshot_path, image);
        state_.status = format_word(UiWord::status_saved_png, state_.file.language, state_.screenshot_path.c_str());
    } catch (const std::exception& e) {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(window_framebuffer));
        glViewport(window_viewport[0], window_viewport[1], window_viewport[2], window_viewport[3]);
        state_.status = format_word(UiWord::status_screenshot_failed, state_.file.language, e.what());
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
    start_window_text_log();
    auto w = [this](UiWord key) { return tr(state_, key); };
    // "###" ids: the menus stay the same menus whatever language their labels are in.
    if (ImGui::BeginMenu((std::string(w(UiWord::menu_file)) + "###file").c_str())) {
        if (ImGui::MenuItem(w(UiWord::menu_open), "Ctrl+O")) state_.open_dialog = true;
        if (ImGui::MenuItem(w(UiWord::menu_save_review), "Ctrl+S", false, !state_.review.pending.empty()))
            save_review_choices(state_);
        ImGui::Separator();
        if (ImGui::MenuItem(w(UiWord::menu_save_png), "F12")) state_.screenshot_scale = 1, state_.screenshot_requested = true;
        if (ImGui::MenuItem(w(UiWord::menu_save_png_2x))) state_.screenshot_scale = 2, state_.screenshot_requested = true;
        if (ImGui::MenuItem(w(UiWord::menu_save_png_4x))) state_.screenshot_scale = 4, state_.screenshot_requested = true;
        ImGui::Separator();
        if (ImGui::MenuItem(w(UiWord::menu_problems), nullptr, state_.show_problems)) state_.show_problems = !state_.show_problems;
        if (ImGui::MenuItem(w(UiWord::menu_quit), "Ctrl+Q")) state_.quit_requested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu((std::string(w(UiWord::menu_view)) + "###view").c_str())) {
        ViewState& view = state_.view;
        if (ImGui::MenuItem(w(UiWord::menu_fit_events), "F")) view.camera.mode = CameraMode::fit_events;
        if (ImGui::MenuItem(w(UiWord::menu_dark_theme), "T", view.theme == Theme::dark))
            view.theme = view.theme == Theme::light ? Theme::dark : Theme::light;
        if (ImGui::MenuItem(w(UiWord::menu_cumulative), "C", view.time_mode == TimeMode::cumulative))
            view.time_mode = view.time_mode == TimeMode::window ? TimeMode::cumulative : TimeMode::window;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu((std::string(w(UiWord::menu_help)) + "###help").c_str())) {
        ImGui::TextUnformatted(w(UiWord::help_text));
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
        ImGui::TextWrapped("%s", tr(state_, UiWord::no_file_open));
        ImGui::End();
        return;
    }
    if (ImGui::BeginTabBar("##tabs")) {
        // The detail tab comes forward when the selection changes.
        bool selection_changed =
            state_.view.selection != state_.selection_seen_by_tabs && !state_.view.selection.empty();
        state_.selection_seen_by_tabs = state_.view.selection;
        // A tab asked for (view --tab, tests) comes forward once; so does Details on a new selection.
        auto flags = [&](SideTab tab) {
            bool wanted = state_.requested_tab == tab || (tab == SideTab::details && selection_changed);
            return wanted ? ImGuiTabItemFlags_SetSelected : 0;
        };
        auto label = [&](UiWord key, const char* id) { return std::string(tr(state_, key)) + id; };
        if (ImGui::BeginTabItem(label(UiWord::tab_filters, "###filters").c_str(), nullptr, flags(SideTab::filters))) {
            draw_filters_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(label(UiWord::tab_details, "###details").c_str(), nullptr, flags(SideTab::details))) {
            draw_detail_panel(state_);
            ImGui::EndTabItem();
        }
        std::string review_label = tr(state_, UiWord::tab_review);
        if (state_.file.placement.to_geocode > 0)
            review_label += " (" + std::to_string(state_.file.placement.to_geocode) + ")";
        review_label += "###review";
        if (ImGui::BeginTabItem(review_label.c_str(), nullptr, flags(SideTab::review))) {
            draw_review_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(label(UiWord::tab_story, "###story").c_str(), nullptr, flags(SideTab::story))) {
            draw_story_panel(state_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(label(UiWord::tab_layers, "###layers").c_str(), nullptr, flags(SideTab::layers))) {
            draw_layers_panel(state_);
            ImGui::EndTabItem();
        }
        state_.requested_tab = SideTab::none;
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void Explorer::draw_problems_window() {
    if (!state_.show_problems) return;
    ImGui::SetNextWindowSize({640, 260}, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos({60, 60}, ImGuiCond_FirstUseEver);
    std::string title = std::string(tr(state_, UiWord::problems_title)) + "###problems";
    if (ImGui::Begin(title.c_str(), &state_.show_problems)) {
        start_window_text_log();
        if (state_.file.problems.empty()) ImGui::TextUnformatted(tr(state_, UiWord::no_problems));
        constexpr size_t kMaxShown = 500;  // a broken million-event file must not stall the window
        for (size_t k = 0; k < state_.file.problems.size() && k < kMaxShown; ++k) {
            const Diagnostic& d = state_.file.problems[k];
            ImVec4 color = d.severity == Severity::error     ? ImVec4(0.9f, 0.3f, 0.25f, 1)
                           : d.severity == Severity::warning ? ImVec4(0.85f, 0.65f, 0.2f, 1)
                                                             : ImGui::GetStyleColorVec4(ImGuiCol_Text);
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextWrapped("%s", format_diagnostic(d, state_.file.language).c_str());
            ImGui::PopStyleColor();
        }
        if (state_.file.problems.size() > kMaxShown)
            ImGui::TextUnformatted(format_word(UiWord::more_problems, state_.file.language, state_.file.problems.size() - kMaxShown).c_str());
    }
    ImGui::End();
}

void Explorer::draw_open_dialog() {
    if (state_.open_dialog) {
        ImGui::OpenPopup("###open");
        state_.open_dialog = false;
        if (state_.open_path_text.empty()) state_.open_path_text = state_.file.path;
    }
    std::string title = std::string(tr(state_, UiWord::open_title)) + "###open";
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(tr(state_, UiWord::open_prompt));
        char buffer[1024];
        std::snprintf(buffer, sizeof buffer, "%s", state_.open_path_text.c_str());
        ImGui::SetNextItemWidth(520);
        bool enter = ImGui::InputText("##path", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
        state_.open_path_text = buffer;
        if (ImGui::Button(tr(state_, UiWord::button_open)) || enter) {
            open(state_.open_path_text);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(state_, UiWord::button_cancel))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace chronomap
