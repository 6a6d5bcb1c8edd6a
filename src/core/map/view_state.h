// ViewState: the one description of what is shown. The CLI builds it from flags, the
// explorer edits it, a story slide stores it, a session file saves it; the renderer draws
// it. Plain data with JSON (de)serialisation, no behaviour beyond resolving the camera.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/time/time_value.h"
#include "core/user_layers/user_layer_spec.h"
#include "core/map/web_mercator.h"

namespace chronomap {

class EventStore;

struct GeoBox {
    double west = -180, south = -85, east = 180, north = 85;
    bool operator==(const GeoBox&) const = default;
};

// How the camera is chosen. A fit mode becomes `center` once the user pans or zooms.
enum class CameraMode : std::uint8_t {
    fit_events,  // all placed events with a margin (the default)
    fit_bbox,    // `bbox` exactly fits the image
    center,      // `center` and `zoom` (slippy-map convention)
};

struct Camera {
    CameraMode mode = CameraMode::fit_events;
    LonLat center{0, 20};
    double zoom = 1;
    GeoBox bbox;
    bool operator==(const Camera&) const = default;
};

// Half-open [start, end); `all` shows every event regardless of time.
struct TimeWindow {
    bool all = true;
    UnixSeconds start = 0, end = 0;
    bool operator==(const TimeWindow&) const = default;
};

// What the time window shows: only the events in it, or everything up to its end with the
// events older than its start faded (the story so far).
enum class TimeMode : std::uint8_t { window, cumulative };

// Filters on what events say, beyond their category. Empty: everything passes.
struct EventFilter {
    std::string text;                 // case-insensitive, in titles, places, actors and ids
    std::vector<std::string> actors;  // any of these (exactly as written)
    int min_fatalities = 0;           // 0: no minimum (events that state none pass)
    bool empty() const { return text.empty() && actors.empty() && min_fatalities <= 0; }
    bool operator==(const EventFilter&) const = default;
};

enum class Theme : std::uint8_t { light, dark };

// How events are drawn: one marker each, a density map, or markers until there are too many.
enum class EventStyle : std::uint8_t { automatic, markers, density };

struct LayerToggles {
    bool basemap = true, events = true, labels = true, legend = true, title = true, scale_bar = true,
         attribution = true;
    bool place_names = true;  // country and city names on the basemap
    bool operator==(const LayerToggles&) const = default;
};

struct ViewState {
    Camera camera;
    int width = 1600, height = 1000;  // logical pixels
    double pixel_scale = 1;           // device pixels per logical pixel (HiDPI)
    TimeWindow time;
    TimeMode time_mode = TimeMode::window;
    // Map time over which a series' replaced state fades out while its new one fades in
    // (render --animate --crossfade); 0: the new state replaces the old one at once.
    UnixSeconds series_fade = 0;
    std::uint64_t category_mask = ~std::uint64_t{0};  // bit i: category i shown (i >= 63 share bit 63)
    EventFilter filter;
    std::vector<std::string> selection;               // event ids
    LayerToggles layers;
    std::vector<UserLayerSpec> overlays;  // the user's own layers, drawn over the land in this order
    Theme theme = Theme::light;
    EventStyle event_style = EventStyle::automatic;
    std::string title;  // empty: the event file's title

    bool category_shown(size_t category) const { return (category_mask >> std::min<size_t>(category, 63)) & 1; }
    bool operator==(const ViewState&) const = default;
};

// [SECTION] camera
// Zoom that fits `box` into a width x height logical image, leaving `margin` (a fraction of
// each side) free.
double zoom_to_fit(const GeoBox& box, int width, int height, double margin);
// Bounding box of the placed events that the view's time window and filter show; nullopt if
// none are placed.
std::optional<GeoBox> placed_events_box(const EventStore& store);
// The camera the renderer uses for this state; `events_box` is used in fit_events mode.
MapView resolve_map_view(const ViewState& view, const std::optional<GeoBox>& events_box);
inline constexpr double kMinZoom = 0, kMaxZoom = 16;

// [SECTION] JSON
nlohmann::ordered_json to_json(const ViewState& view);
// Missing fields keep their defaults; wrong types or values throw std::runtime_error naming
// the field.
ViewState view_state_from_json(const nlohmann::json& json);

// [SECTION] parsing of command-line style values; each returns an error text on failure
Parsed<std::pair<int, int>> parse_image_size(std::string_view text);  // "1600x1000"
Parsed<LonLat> parse_lonlat(std::string_view text);                    // "15.09,32.38"
Parsed<GeoBox> parse_geo_box(std::string_view text);                   // "W,S,E,N"
Parsed<TimeWindow> parse_time_window(std::string_view text);           // "2017" or "2017-09/2017-10-05"
Parsed<Theme> parse_theme(std::string_view text);
std::string_view theme_name(Theme theme);
Parsed<EventStyle> parse_event_style(std::string_view text);  // "auto", "markers", "density"
std::string_view event_style_name(EventStyle style);
// "2017-09-28 – 2017-10-04" as people read it (the last day shown, not the exclusive end).
std::string format_time_window(const TimeWindow& window);

}  // namespace chronomap
