// The explorer: the map with a scrubbable timeline, filters, details and geocode review,
// in Dear ImGui, driving the one renderer through the one ViewState.
//
// It knows nothing of windows: the caller (a GLFW window, or a headless EGL target in the
// UI tests) begins the frame and feeds ImGui its input; the explorer then lays the panels
// out, turns input into ViewState changes (update), draws the map into its viewport
// (draw_map), and the caller renders ImGui on top and ends the frame (explorer_frame.h).
#pragma once

#include <filesystem>
#include <string>

#include "app/explorer_state.h"
#include "core/sources/event_source.h"

namespace chronomap {

struct MapViewport;

struct ExplorerOptions {
    std::filesystem::path geodata;
    ViewState view;             // the starting view (flags, --state, or a session)
    bool view_from_user = false;  // the caller gave a time window or camera: keep it
    std::string session_path;   // saved on quit, when set
    SourceOptions source;       // how to read CSV and other tables (--map, --date-order ...)
    PlacementOptions placement;  // --keep-coordinates
    std::string language;       // --lang: fr or en; empty: the file's (core/i18n/language.h)
    SideTab tab = SideTab::none;  // the side panel's tab to show first (view --tab)
    WindowLimits server_limits = {};  // a server-backed source: markers up to this many, else its grid
};

// About how many time buckets a server counts for the timeline (a few per pixel of a wide axis).
inline constexpr int kServerHistogramBuckets = 4096;

class Explorer {
public:
    explicit Explorer(ExplorerOptions options);
    ~Explorer();
    Explorer(const Explorer&) = delete;
    Explorer& operator=(const Explorer&) = delete;

    // Loads an event file (any problem is shown in the window, never thrown) and places its
    // events. Needs the GL context current. False when nothing could be loaded.
    bool open(const std::string& path);
    // Shows a store already in memory (benchmarks, importers); `name` names it in messages.
    bool open_store(std::unique_ptr<EventStore> store, const std::string& name,
                    std::vector<Diagnostic> problems = {});

    // Between ImGui::NewFrame() and ImGui::Render(): panels, input, playback.
    void update(double seconds_since_last_frame);
    // The map into its viewport of the bound framebuffer (device pixels).
    void draw_map(int framebuffer_width, int framebuffer_height);

    ExplorerState& state() { return state_; }
    const ExplorerState& state() const { return state_; }
    bool quit_requested() const { return state_.quit_requested; }
    // A server-backed source is fetching a window (the window loop keeps frames coming).
    bool waiting_for_server() const { return state_.file.server && state_.file.server->loader->busy(); }
    // Saves the session file when one was named; returns an error text or "".
    std::string save_session() const;

private:
    void handle_shortcuts();
    void draw_menu_bar();
    void draw_side_panel(const UiRect& rect);
    void draw_problems_window();
    void draw_open_dialog();
    void refresh_histogram();
    bool open_server(const std::string& path, SourceOverview overview);
    void start_view(bool first_file);  // the time window, camera and axis for the file's extent
    MapViewport map_viewport(int framebuffer_width, int framebuffer_height) const;
    void prepare_map();
    void take_screenshot();

    ExplorerState state_;
    bool view_from_user_ = false;
    SourceOptions source_options_;
    PlacementOptions placement_options_;
    std::string language_option_;  // --lang
    WindowLimits server_limits_;
};

}  // namespace chronomap
