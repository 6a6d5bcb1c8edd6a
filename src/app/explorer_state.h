// Everything the explorer knows between frames. The panels (one file each) read and edit
// it; the map and the timeline draw what `view` says. Plain data: no GL, no ImGui types.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_filter.h"
#include "core/placement/place_events.h"
#include "core/events/event_store.h"
#include "core/place_names/exonyms.h"
#include "core/placement/place_review.h"
#include "core/sources/window_loader.h"
#include "core/story/story.h"
#include "core/timeline/playback.h"
#include "core/timeline/time_histogram.h"
#include "core/timeline/time_labels.h"
#include "core/timeline/timeline_axis.h"
#include "core/map/view_state.h"

namespace chronomap {

class MapRenderer;
class Geocoder;

// A rectangle in logical pixels (ImGui's coordinates), origin top-left.
struct UiRect {
    double x = 0, y = 0, width = 0, height = 0;
    bool contains(double px, double py) const { return px >= x && py >= y && px < x + width && py < y + height; }
};

// A rectangle the frame paints with one opaque colour before the map and the panels. On
// software GL (llvmpipe) a scissored clear costs a fraction of the same area drawn by ImGui,
// which samples its font texture and blends every pixel.
struct BackgroundFill {
    UiRect rect;
    float r = 0, g = 0, b = 0;
};

// The side panel's tabs (view --tab picks the first one shown).
enum class SideTab : std::uint8_t { none, filters, details, review, story, layers };

// A server-backed source (PostGIS): the table stays on the server. The explorer keeps its
// overview (rows, time extent, box, the histogram) and the rows or the density grid of the
// window last answered; a worker asks for the next window (core/sources/window_loader.h).
struct ServerWindow {
    std::unique_ptr<WindowLoader> loader;
    std::int64_t table_rows = 0;
    std::optional<GeoBox> table_extent;
    std::string where;           // "127.0.0.1:5433/news"
    SourceQuery asked;           // the last window asked for
    bool has_asked = false;
    std::uint64_t asked_request = 0;
    std::uint64_t shown_request = 0;  // the request whose answer the map shows (0: none yet)
    std::int64_t window_count = 0;    // events in the shown window on the server
    bool dense = false;               // shown as the server's density grid
    std::string error;                // the last answer's error (the server went away ...)
    double last_answer_ms = 0;        // request to answer, for the status bar and tests
    // Review choices and story decks shared with the table's other users (its own
    // connection); null when it could not connect (`workspace_error` says why).
    std::unique_ptr<SharedWorkspace> workspace;
    std::string workspace_error;
    bool loading() const { return shown_request < asked_request && error.empty(); }
};

// The open event file and what is derived from it once.
struct LoadedFile {
    std::string path;
    std::unique_ptr<EventStore> store;  // a stable address: the renderer keeps a reference
    std::vector<Diagnostic> problems;  // load and placement problems, shown in a window
    PlacementReport placement;
    DateLanguage language = DateLanguage::iso;
    NameLanguage names = NameLanguage::en;  // the map's language for place names
    std::shared_ptr<const ExonymTable> exonyms = std::make_shared<const ExonymTable>();
    UnixSeconds first = 0, last = 0;  // the events' time extent
    std::unique_ptr<MapRenderer> renderer;
    std::vector<std::pair<std::string, size_t>> frequent_actors;  // most named first, counted once on load
    std::unique_ptr<ServerWindow> server;  // set for a server-backed source: `store` is its window
    bool usable() const { return store && renderer; }
};

struct TimelineState {
    UnixSeconds view_start = 0, view_end = 1;  // the visible stretch of the axis
    timeline::DragStart drag;                // what the press began (core/timeline/timeline_axis.h)
    bool follow_extent = false;  // the histogram counts only the events in the map's extent
    std::string goto_text;       // the "go to" field
    std::string goto_error;
    // What the histogram was built for: rebuilt when the filter or the extent changes.
    std::uint64_t built_filter_generation = ~std::uint64_t{0};
    std::optional<GeoBox> built_extent;
    bool built = false;
    double last_cost_ms = 0;  // the timeline's own CPU time in the last frame
    UiRect canvas;            // where the histogram and the window were drawn last frame
};

// What the Details tab keeps between frames.
struct DetailState {
    size_t shown = 0;  // which of several selected events is shown
    // The placed events of the file as geocoding context, built once per loaded store.
    const EventStore* context_for = nullptr;
    size_t context_size = 0;
    PlaceContext context;
};

struct MapInteraction {
    bool panning = false, box_selecting = false;
    double box_x0 = 0, box_y0 = 0;      // where a Shift-drag began (logical pixels in the map)
    double last_click_x = -1, last_click_y = -1;
    size_t click_cycle = 0;             // repeated clicks at one spot go through the events there
    std::vector<size_t> hovered;        // events under the cursor (store indices), nearest first
    // view.selection as store indices, found again only when the selection changes.
    std::vector<std::string> indexed_selection;
    std::vector<size_t> selected;
};

struct ReviewState {
    bool loaded = false;
    std::string error;                 // the list could not be had (a server's table: why)
    std::vector<ReviewItem> items;
    std::vector<PlaceChoice> pending;  // chosen but not yet saved (Ctrl+S)
    std::vector<ChosenPlace> shared_pending;  // the same with positions, for a server's table
    int placing_item = -1;             // waiting for a click on the map for this item
    bool placing_adds_place = false;   // ... which also goes into the user's gazetteer
    std::string saved_message;
};

// The story deck the Story tab edits: views added as slides, captions, order; saved as JSON
// (docs/story-format.md) that `chronomap present` shows.
struct StoryState {
    std::string path;  // empty: next to the event file, EVENTS.story.json
    // On a server's table the deck lives in its workspace: its name there and the revision
    // read, so that a colleague's save in between is never overwritten.
    std::string shared_name;
    std::int64_t shared_revision = 0;
    bool loaded = false;
    Story story;
    bool dirty = false;
    std::vector<Diagnostic> problems;
};

struct ExplorerState {
    ViewState view;
    LoadedFile file;
    Playback playback;
    TimelineState timeline;
    MapInteraction map;
    ReviewState review;
    StoryState story;
    TimeHistogram histogram;
    std::filesystem::path geodata;
    std::shared_ptr<Geocoder> geocoder;  // opened on first use (review, details)
    std::string geocoder_error;

    UiRect map_rect;        // where the map is drawn this frame
    std::vector<BackgroundFill> backgrounds;  // set by the panels each frame, painted by the frame
    double frame_ms = 0;    // the last frame's CPU time
    std::string status;     // a short message in the status bar ("saved ...")
    std::string session_path;
    std::string screenshot_path = "chronomap-map.png";
    int screenshot_scale = 1;
    bool screenshot_requested = false;
    bool show_problems = false;
    bool quit_requested = false;
    bool open_dialog = false;
    SideTab requested_tab = SideTab::none;  // brought forward on the next frame, then none
    std::string open_path_text;
    std::vector<UiRect> category_toggles;  // where each category's checkbox is (UI tests click them)
    DetailState details;
    std::vector<std::string> selection_seen_by_tabs;  // Details comes forward when the selection changes
    std::optional<Theme> theme_applied;  // ImGui's style was last set for this theme
    std::vector<std::string> dropped_files;  // dropped on the window, opened by the next frame's caller
};

}  // namespace chronomap
