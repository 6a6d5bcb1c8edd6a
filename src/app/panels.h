// The explorer's panels, one file each (as Tracy's TracyView_*.cpp). Each draws itself in
// the current ImGui window or the rectangle it is given and edits the ExplorerState.
#pragma once

#include <imgui.h>

#include "app/explorer_state.h"
#include "core/i18n/ui_words.h"

namespace chronomap {

// Begins a panel docked at `rect` (no title, no moving) whose background is the frame's
// clear colour rather than a fill drawn by ImGui (see BackgroundFill). End it with ImGui::End().
void begin_docked_panel(const char* name, const UiRect& rect, int extra_flags = 0);
// For tests that read what the explorer says: when on, each window's text goes to ImGui's
// log, which ImGui hands to the clipboard function when the window ends (its log stops at
// every window's End, so each window starts it again).
inline bool log_window_text = false;
inline void start_window_text_log() {
    if (log_window_text) ImGui::LogToClipboard(0);  // 0: opens no tree node
}
// Asks the frame to paint `rect` with `color` (alpha-composited over the window background).
void add_background(ExplorerState& state, const UiRect& rect, unsigned color);

// server_window.cpp: for a server-backed source, asks for the window the view shows when it
// changed and shows the newest answer (called each frame).
void sync_server_window(ExplorerState& state);
// timeline_panel.cpp: histogram, time axis, the window, playback controls.
void draw_timeline_panel(ExplorerState& state, const UiRect& rect);
// map_panel.cpp: pan, zoom, hover, click and box selection over the map's rectangle.
void handle_map_input(ExplorerState& state);
// filters_panel.cpp: categories, actors, text search, minimum fatalities.
void draw_filters_panel(ExplorerState& state);
// detail_panel.cpp: every field of the selected events, sources, how the place was found.
void draw_detail_panel(ExplorerState& state);
// review_panel.cpp: ambiguous and unresolved places, pick a candidate or click the map.
void draw_review_panel(ExplorerState& state);
// Finds the places to review (once per file; opens the geocoder).
void load_review(ExplorerState& state);
// Records the user's choice for review item `item_index` at `at` (a file's events move now);
// `place_name` is what the place is called (a server's rows keep it). Ctrl+S saves.
void record_review_choice(ExplorerState& state, size_t item_index, PlaceChoice choice, LonLat at,
                          const std::string& place_name);
// Places the events of review item `item_index` on its candidate `candidate_index`.
void choose_review_candidate(ExplorerState& state, size_t item_index, size_t candidate_index);
// A review candidate as the panel lists it: name (CC), region  [lon, lat]  pop. or "size unknown".
// `shown_name`: the place's name as the map shows it (core/place_names/exonyms.h: "Al-Hadir",
// not GeoNames' "Al Ḩāḑir"); GeoNames' name when empty.
std::string review_candidate_label(const GeocodeCandidate& candidate, DateLanguage language = DateLanguage::en,
                                   const std::string& shown_name = {});
// "Add to my gazetteer": the review item's name at `at`, in the user's own gazetteer.
void add_review_place_to_gazetteer(ExplorerState& state, size_t item_index, LonLat at);
// Saves the review's choices into the event file's "places" table (Ctrl+S).
void save_review_choices(ExplorerState& state);
// story_panel.cpp: add the view as a slide, edit captions, reorder, delete, save the deck.
void draw_story_panel(ExplorerState& state);
void add_view_as_slide(ExplorerState& state);
void save_story(ExplorerState& state);  // atomically, to state.story.path
// layers_panel.cpp: layers, theme, event style.
void draw_layers_panel(ExplorerState& state);
// status_bar.cpp: events loaded / in the window / placed, frame time.
void draw_status_bar(ExplorerState& state, const UiRect& rect);

// A word of the interface in the file's language (core/i18n/ui_words.h).
inline const char* tr(const ExplorerState& state, UiWord key) { return word(key, state.file.language); }
// A category's label as the reader says it ("Batailles" for ACLED "Battles" in French).
inline std::string category_label(const ExplorerState& state, size_t category) {
    const auto& categories = state.file.store->categories();
    return category < categories.size() ? category_label_in(categories[category].label, state.file.language) : "";
}
// The geocoder's verdicts as the reader says them ("ambigu", "sans accents"): review_panel.cpp.
enum class GeocodeStatus : std::uint8_t;
enum class MatchMethod : std::uint8_t;
const char* status_word(const ExplorerState& state, GeocodeStatus status);
const char* method_word(const ExplorerState& state, MatchMethod method);
const char* method_word(DateLanguage language, MatchMethod method);
// "FILE:LINE:COL: avertissement : ..." with the severity said in the file's language.
std::string format_diagnostic(const Diagnostic& d, DateLanguage language);

// Shared helpers (explorer.cpp)
// The mask of the view's content filter (nullptr: none), computed once per filter change.
const std::vector<std::uint8_t>* current_filter_mask(ExplorerState& state);
// The camera as it is on screen for the map's rectangle.
MapView shown_map(const ExplorerState& state);
// The selected events as store indices (cached until the selection changes).
const std::vector<size_t>& selected_events(ExplorerState& state);
// The geocoder, opened on first use; nullptr (and state.geocoder_error) when it cannot be.
Geocoder* explorer_geocoder(ExplorerState& state);
// Play or pause; a window over most of the data first becomes a shorter one at the start.
void toggle_playback(ExplorerState& state);
// A category's colour for ImGui (0xAABBGGRR), as the map draws it on the view's theme.
unsigned category_color_u32(const ExplorerState& state, size_t category, float alpha = 1.f);

}  // namespace chronomap
