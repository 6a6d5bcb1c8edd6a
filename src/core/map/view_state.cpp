#include "core/map/view_state.h"

#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/events/event_store.h"

namespace chronomap {

// [SECTION] camera

double zoom_to_fit(const GeoBox& box, int width, int height, double margin) {
    WorldPoint a = lonlat_to_world({box.west, box.north});
    WorldPoint b = lonlat_to_world({box.east, box.south});
    double dx = std::max(b.x - a.x, 1e-9), dy = std::max(b.y - a.y, 1e-9);
    double usable = 1 - 2 * margin;
    double zoom = std::log2(std::min(width * usable / (dx * kTileSize), height * usable / (dy * kTileSize)));
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

std::optional<GeoBox> placed_events_box(const EventStore& store) {
    std::optional<GeoBox> box;
    for (size_t i = 0; i < store.size(); ++i) {
        if (!store.is_placed(i)) continue;
        double lon = store.lon()[i], lat = store.lat()[i];
        if (!box) box = GeoBox{lon, lat, lon, lat};
        box->west = std::min(box->west, lon);
        box->east = std::max(box->east, lon);
        box->south = std::min(box->south, lat);
        box->north = std::max(box->north, lat);
    }
    return box;
}

namespace {
GeoBox padded_for_fit(GeoBox box) {
    // A single place (or a few close ones) would zoom to street level: show at least a
    // region of about 8 degrees around it, which keeps the country outlines readable.
    constexpr double kMinSpan = 8;
    double mid_lon = (box.west + box.east) / 2, mid_lat = (box.south + box.north) / 2;
    if (box.east - box.west < kMinSpan) box.west = mid_lon - kMinSpan / 2, box.east = mid_lon + kMinSpan / 2;
    if (box.north - box.south < kMinSpan * 0.75)
        box.south = mid_lat - kMinSpan * 0.375, box.north = mid_lat + kMinSpan * 0.375;
    return box;
}

MapView view_fitting(const GeoBox& box, const ViewState& view, double margin) {
    MapView map;
    map.width = view.width, map.height = view.height, map.pixel_scale = view.pixel_scale;
    WorldPoint a = lonlat_to_world({box.west, box.north});
    WorldPoint b = lonlat_to_world({box.east, box.south});
    map.center = {(a.x + b.x) / 2, (a.y + b.y) / 2};
    map.zoom = zoom_to_fit(box, view.width, view.height, margin);
    return map;
}
}  // namespace

MapView resolve_map_view(const ViewState& view, const std::optional<GeoBox>& events_box) {
    switch (view.camera.mode) {
        case CameraMode::fit_bbox: return view_fitting(view.camera.bbox, view, 0);
        case CameraMode::fit_events:
            return view_fitting(events_box ? padded_for_fit(*events_box) : GeoBox{-170, -58, 190, 78}, view,
                                events_box ? 0.12 : 0);
        case CameraMode::center: break;
    }
    MapView map;
    map.width = view.width, map.height = view.height, map.pixel_scale = view.pixel_scale;
    map.center = lonlat_to_world(view.camera.center);
    map.zoom = std::clamp(view.camera.zoom, kMinZoom, kMaxZoom);
    return map;
}

// [SECTION] JSON

namespace {
std::string_view camera_mode_name(CameraMode mode) {
    switch (mode) {
        case CameraMode::fit_events: return "fit_events";
        case CameraMode::fit_bbox: return "fit_bbox";
        case CameraMode::center: return "center";
    }
    return "fit_events";
}

[[noreturn]] void bad_field(const std::string& field, const std::string& why) {
    throw std::runtime_error("view state: field \"" + field + "\": " + why);
}

template <class T>
void read_field(const nlohmann::json& object, const char* key, T& out, const std::string& path) {
    if (!object.contains(key)) return;
    try {
        out = object.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        bad_field(path + key, "has the wrong type (found " + std::string(object.at(key).type_name()) + ")");
    }
}

std::string format_hex(std::uint64_t value) {
    char buffer[20];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}
}  // namespace

nlohmann::ordered_json to_json(const ViewState& view) {
    nlohmann::ordered_json out;
    out["camera"] = {{"mode", camera_mode_name(view.camera.mode)},
                     {"center", {view.camera.center.lon, view.camera.center.lat}},
                     {"zoom", view.camera.zoom},
                     {"bbox", {view.camera.bbox.west, view.camera.bbox.south, view.camera.bbox.east, view.camera.bbox.north}}};
    out["size"] = {view.width, view.height};
    out["pixel_scale"] = view.pixel_scale;
    if (view.time.all)
        out["time"] = "all";
    else
        out["time"] = {{"start", format_time(view.time.start, TimePrecision::second)},
                       {"end", format_time(view.time.end, TimePrecision::second)}};
    out["time_mode"] = view.time_mode == TimeMode::cumulative ? "cumulative" : "window";
    out["category_mask"] = format_hex(view.category_mask);
    if (!view.filter.empty())
        out["filter"] = {{"text", view.filter.text},
                         {"actors", view.filter.actors},
                         {"min_fatalities", view.filter.min_fatalities}};
    out["selection"] = view.selection;
    const LayerToggles& l = view.layers;
    out["layers"] = {{"basemap", l.basemap},     {"events", l.events},         {"labels", l.labels},
                     {"legend", l.legend},       {"title", l.title},           {"scale_bar", l.scale_bar},
                     {"attribution", l.attribution}, {"place_names", l.place_names}};
    if (!view.overlays.empty()) {
        out["overlays"] = nlohmann::ordered_json::array();
        for (const UserLayerSpec& overlay : view.overlays) out["overlays"].push_back(to_json(overlay));
    }
    out["theme"] = theme_name(view.theme);
    out["event_style"] = event_style_name(view.event_style);
    out["title"] = view.title;
    return out;
}

ViewState view_state_from_json(const nlohmann::json& json) {
    if (!json.is_object()) bad_field("(root)", "must be an object");
    ViewState view;
    if (json.contains("camera")) {
        const nlohmann::json& c = json.at("camera");
        if (!c.is_object()) bad_field("camera", "must be an object");
        std::string mode = "fit_events";
        read_field(c, "mode", mode, "camera/");
        if (mode == "fit_events") view.camera.mode = CameraMode::fit_events;
        else if (mode == "fit_bbox") view.camera.mode = CameraMode::fit_bbox;
        else if (mode == "center") view.camera.mode = CameraMode::center;
        else bad_field("camera/mode", "is \"" + mode + "\"; use fit_events, fit_bbox or center");
        std::vector<double> center{view.camera.center.lon, view.camera.center.lat};
        read_field(c, "center", center, "camera/");
        if (center.size() != 2) bad_field("camera/center", "must be [lon, lat]");
        view.camera.center = {center[0], center[1]};
        read_field(c, "zoom", view.camera.zoom, "camera/");
        std::vector<double> box{view.camera.bbox.west, view.camera.bbox.south, view.camera.bbox.east,
                                view.camera.bbox.north};
        read_field(c, "bbox", box, "camera/");
        if (box.size() != 4) bad_field("camera/bbox", "must be [west, south, east, north]");
        view.camera.bbox = {box[0], box[1], box[2], box[3]};
    }
    std::vector<int> size{view.width, view.height};
    read_field(json, "size", size, "");
    if (size.size() != 2 || size[0] <= 0 || size[1] <= 0) bad_field("size", "must be [width, height], both > 0");
    view.width = size[0], view.height = size[1];
    read_field(json, "pixel_scale", view.pixel_scale, "");
    if (!(view.pixel_scale > 0)) bad_field("pixel_scale", "must be > 0");
    if (json.contains("time")) {
        const nlohmann::json& t = json.at("time");
        if (t == "all") {
            view.time = {};
        } else if (t.is_object()) {
            std::string start, end;
            read_field(t, "start", start, "time/");
            read_field(t, "end", end, "time/");
            auto s = parse_time_stamp(start), e = parse_time_stamp(end);
            if (!s) bad_field("time/start", s.error);
            if (!e) bad_field("time/end", e.error);
            // As --time refuses it: a reversed window shows an empty map, silently.
            if (e.value->start <= s.value->start)
                bad_field("time/end", "\"" + end + "\": the end comes before the start \"" + start +
                                          "\" (the view would show no event); swap them");
            view.time = {false, s.value->start, e.value->start};
        } else {
            bad_field("time", "must be \"all\" or {\"start\": ..., \"end\": ...}");
        }
    }
    std::string time_mode = "window";
    read_field(json, "time_mode", time_mode, "");
    if (time_mode == "cumulative") view.time_mode = TimeMode::cumulative;
    else if (time_mode != "window") bad_field("time_mode", "is \"" + time_mode + "\"; use window or cumulative");
    if (json.contains("filter")) {
        const nlohmann::json& f = json.at("filter");
        if (!f.is_object()) bad_field("filter", "must be an object");
        read_field(f, "text", view.filter.text, "filter/");
        read_field(f, "actors", view.filter.actors, "filter/");
        read_field(f, "min_fatalities", view.filter.min_fatalities, "filter/");
    }
    std::string mask = format_hex(view.category_mask);
    read_field(json, "category_mask", mask, "");
    std::uint64_t parsed_mask = 0;
    auto [ptr, ec] = std::from_chars(mask.data(), mask.data() + mask.size(), parsed_mask, 16);
    if (ec != std::errc{} || ptr != mask.data() + mask.size()) bad_field("category_mask", "must be a hex string");
    view.category_mask = parsed_mask;
    read_field(json, "selection", view.selection, "");
    if (json.contains("layers")) {
        const nlohmann::json& l = json.at("layers");
        read_field(l, "basemap", view.layers.basemap, "layers/");
        read_field(l, "events", view.layers.events, "layers/");
        read_field(l, "labels", view.layers.labels, "layers/");
        read_field(l, "legend", view.layers.legend, "layers/");
        read_field(l, "title", view.layers.title, "layers/");
        read_field(l, "scale_bar", view.layers.scale_bar, "layers/");
        read_field(l, "attribution", view.layers.attribution, "layers/");
        read_field(l, "place_names", view.layers.place_names, "layers/");
    }
    if (json.contains("overlays")) {
        const nlohmann::json& list = json.at("overlays");
        if (!list.is_array()) bad_field("overlays", "must be a list of files or {\"file\": ...} objects");
        for (size_t i = 0; i < list.size(); ++i) {
            try {
                view.overlays.push_back(user_layer_from_json(list[i]));
            } catch (const std::runtime_error& e) {
                bad_field("overlays/" + std::to_string(i), e.what());
            }
        }
    }
    std::string theme = "light";
    read_field(json, "theme", theme, "");
    auto parsed_theme = parse_theme(theme);
    if (!parsed_theme) bad_field("theme", parsed_theme.error);
    view.theme = *parsed_theme.value;
    std::string style = "auto";
    read_field(json, "event_style", style, "");
    auto parsed_style = parse_event_style(style);
    if (!parsed_style) bad_field("event_style", parsed_style.error);
    view.event_style = *parsed_style.value;
    read_field(json, "title", view.title, "");
    return view;
}

// [SECTION] parsing

namespace {
bool parse_double(std::string_view text, double& out) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return false;
    if (text.front() == '+') text.remove_prefix(1);
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size() && std::isfinite(out);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    size_t begin = 0;
    for (size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) parts.push_back(text.substr(begin, i - begin)), begin = i + 1;
    return parts;
}

template <class T>
Parsed<T> failure(std::string error) {
    Parsed<T> result;
    result.error = std::move(error);
    return result;
}
}  // namespace

Parsed<std::pair<int, int>> parse_image_size(std::string_view text) {
    auto parts = split(text, 'x');
    double w = 0, h = 0;
    if (parts.size() != 2 || !parse_double(parts[0], w) || !parse_double(parts[1], h))
        return failure<std::pair<int, int>>("\"" + std::string(text) + "\" is not a size; write WIDTHxHEIGHT, e.g. 1600x1000");
    if (w != std::floor(w) || h != std::floor(h) || w < 16 || h < 16 || w > 16384 || h > 16384)
        return failure<std::pair<int, int>>("\"" + std::string(text) +
                                            "\": width and height must be whole numbers from 16 to 16384");
    return {std::pair{static_cast<int>(w), static_cast<int>(h)}, {}};
}

Parsed<LonLat> parse_lonlat(std::string_view text) {
    auto parts = split(text, ',');
    double lon = 0, lat = 0;
    if (parts.size() != 2 || !parse_double(parts[0], lon) || !parse_double(parts[1], lat))
        return failure<LonLat>("\"" + std::string(text) + "\" is not a position; write LON,LAT in degrees, e.g. 38.5,35.0");
    if (lon < -180 || lon > 180) return failure<LonLat>("longitude " + std::string(parts[0]) + " is outside -180..180");
    if (lat < -kMaxMercatorLatitude || lat > kMaxMercatorLatitude)
        return failure<LonLat>("latitude " + std::string(parts[1]) + " is outside -85.05..85.05 (the Web Mercator limit)");
    return {LonLat{lon, lat}, {}};
}

Parsed<GeoBox> parse_geo_box(std::string_view text) {
    auto parts = split(text, ',');
    double v[4];
    if (parts.size() != 4 || !parse_double(parts[0], v[0]) || !parse_double(parts[1], v[1]) ||
        !parse_double(parts[2], v[2]) || !parse_double(parts[3], v[3]))
        return failure<GeoBox>("\"" + std::string(text) + "\" is not a box; write WEST,SOUTH,EAST,NORTH in degrees");
    GeoBox box{v[0], v[1], v[2], v[3]};
    if (box.west < -180 || box.east > 180 || box.west >= box.east)
        return failure<GeoBox>("box \"" + std::string(text) + "\": need -180 <= WEST < EAST <= 180");
    if (box.south < -kMaxMercatorLatitude || box.north > kMaxMercatorLatitude || box.south >= box.north)
        return failure<GeoBox>("box \"" + std::string(text) + "\": need -85.05 <= SOUTH < NORTH <= 85.05");
    return {box, {}};
}

Parsed<TimeWindow> parse_time_window(std::string_view text) {
    auto slash = text.find('/');
    auto first = parse_time_stamp(text.substr(0, slash));
    if (!first) return failure<TimeWindow>("time \"" + std::string(text) + "\": " + first.error);
    if (slash == std::string_view::npos) return {TimeWindow{false, first.value->start, first.value->end}, {}};
    auto last = parse_time_stamp(text.substr(slash + 1));
    if (!last) return failure<TimeWindow>("time \"" + std::string(text) + "\": " + last.error);
    if (last.value->end <= first.value->start)
        return failure<TimeWindow>("time \"" + std::string(text) + "\": the end comes before the start");
    return {TimeWindow{false, first.value->start, last.value->end}, {}};
}

Parsed<Theme> parse_theme(std::string_view text) {
    if (text == "light") return {Theme::light, {}};
    if (text == "dark") return {Theme::dark, {}};
    return failure<Theme>("theme \"" + std::string(text) + "\" is unknown; use light or dark");
}

std::string_view theme_name(Theme theme) { return theme == Theme::dark ? "dark" : "light"; }

Parsed<EventStyle> parse_event_style(std::string_view text) {
    if (text == "auto") return {EventStyle::automatic, {}};
    if (text == "markers") return {EventStyle::markers, {}};
    if (text == "density") return {EventStyle::density, {}};
    return failure<EventStyle>("\"" + std::string(text) + "\" is not an event style; use auto, markers or density");
}

std::string_view event_style_name(EventStyle style) {
    switch (style) {
        case EventStyle::markers: return "markers";
        case EventStyle::density: return "density";
        case EventStyle::automatic: break;
    }
    return "auto";
}

std::string format_time_window(const TimeWindow& window) {
    if (window.all) return "all dates";
    bool whole_days = window.start % 86400 == 0 && window.end % 86400 == 0;
    TimePrecision precision = whole_days ? TimePrecision::day : TimePrecision::minute;
    std::string first = format_time(window.start, precision);
    std::string last = format_time_end(window.end, precision);
    return first == last ? first : first + " – " + last;
}

}  // namespace chronomap
