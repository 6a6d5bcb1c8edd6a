#include "cli/view_options.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "core/io/atomic_file.h"
#include "core/native_json/event_reader.h"

namespace chronomap::cli {
namespace {
Parsed<ViewState> refuse(const std::string& flag, const std::string& why) {
    Parsed<ViewState> result;
    result.error = flag + ": " + why;
    return result;
}

bool parse_number(const std::string& text, double& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size() && std::isfinite(out);
}

// "-labels,legend" style: names of LayerToggles; a leading "-" hides, otherwise only the
// named layers are shown.
std::string apply_layers(const std::string& text, LayerToggles& layers) {
    bool hiding = !text.empty() && text[0] == '-';
    if (!hiding) layers = {false, false, false, false, false, false, false, false};
    size_t begin = hiding ? 1 : 0;
    while (begin <= text.size()) {
        size_t end = text.find(',', begin);
        if (end == std::string::npos) end = text.size();
        std::string name = text.substr(begin, end - begin);
        if (!name.empty() && name[0] == '-') name.erase(0, 1);
        bool value = !hiding;
        if (name == "basemap") layers.basemap = value;
        else if (name == "events") layers.events = value;
        else if (name == "labels") layers.labels = value;
        else if (name == "legend") layers.legend = value;
        else if (name == "title") layers.title = value;
        else if (name == "scale_bar") layers.scale_bar = value;
        else if (name == "attribution") layers.attribution = value;
        else if (name == "place_names") layers.place_names = value;
        else return "unknown layer \"" + name + "\"; layers are basemap, place_names, events, labels, legend, title, scale_bar, attribution";
        begin = end + 1;
    }
    return {};
}
}  // namespace

void add_view_options(Command command, ViewOptions& o) {
    add_language_option(command, o.lang);
    command.add_option("--state", o.state, "Start from a saved view state (JSON, see --save-state); flags override it");
    command.add_option("--save-state", o.save_state, "Save the view state as JSON (a story slide stores the same)");
    command.add_option("--size", o.size, "Image size in logical pixels, WIDTHxHEIGHT (default 1600x1000)");
    command.add_option("--scale", o.scale, "Device pixels per logical pixel, e.g. 2 for HiDPI (default 1)");
    command.add_option("--center", o.center, "Map center LON,LAT in degrees (with --zoom)");
    command.add_option("--zoom", o.zoom, "Zoom level: the world is 256*2^Z pixels wide (with --center)");
    command.add_option("--bbox", o.bbox, "Fit the box WEST,SOUTH,EAST,NORTH in degrees");
    command.add_option("--time", o.time, "Only events overlapping T (e.g. 2017-10) or T0/T1 (e.g. 2017-09-28/2017-10-04)");
    command.add_flag("--keep-coordinates", o.keep_coordinates,
                     "Draw coordinates that contradict the place the event names as written (by default the "
                     "swap is undone, or the event is drawn at the named place; both are reported)");
    command.add_option("--theme", o.theme, "light (default) or dark");
    command.add_option("--title", o.title, "Title shown on the map (default: the file's title)");
    command.add_option("--events-as", o.events_as,
                       "auto (default: a density map past 20000 events), markers, or density");
    command.add_option("--select", o.select, "Highlight these events, by id (ID[,ID...])");
    command.add_option("--layers", o.layers,
                       "Layers to show (basemap,place_names,events,labels,legend,title,scale_bar,attribution), "
                       "or to hide with a leading '-' (e.g. -labels,legend)");
    command.add_option("--overlay", o.overlays,
                       "Draw your own layer over the land: GeoPackage, Shapefile, GeoJSON, KML, OpenStreetMap "
                       ".osm/.osm.pbf, GeoTIFF (a DEM becomes shaded relief), MBTiles. Repeatable, drawn in order; "
                       "style with FILE:color=#888,width=1.5,opacity=0.7 (docs/overlays.md)")
        .one_value_per_use();
}

Parsed<ViewState> view_state_from_options(const ViewOptions& o) {
    ViewState view;
    if (!o.state.empty()) {
        try {
            view = view_state_from_json(nlohmann::json::parse(read_text_file(o.state)));
        } catch (const std::exception& e) {
            return refuse("--state " + o.state, e.what());
        }
    }
    if (!o.size.empty()) {
        auto size = parse_image_size(o.size);
        if (!size) return refuse("--size", size.error);
        view.width = size.value->first, view.height = size.value->second;
    }
    if (!o.scale.empty() &&
        (!parse_number(o.scale, view.pixel_scale) || view.pixel_scale < 0.5 || view.pixel_scale > 4))
        return refuse("--scale", "\"" + o.scale + "\" is not a number from 0.5 to 4");
    if (view.width * view.pixel_scale > 16384 || view.height * view.pixel_scale > 16384)
        return refuse("--scale", "the image would exceed 16384 device pixels on a side; lower --size or --scale");

    if (!o.bbox.empty() && (!o.center.empty() || !o.zoom.empty()))
        return refuse("--bbox", "give either --bbox or --center with --zoom, not both");
    if (o.center.empty() != o.zoom.empty())
        return refuse(o.center.empty() ? "--zoom" : "--center", "--center and --zoom go together");
    if (!o.center.empty()) {
        auto center = parse_lonlat(o.center);
        if (!center) return refuse("--center", center.error);
        double zoom = 0;
        if (!parse_number(o.zoom, zoom) || zoom < kMinZoom || zoom > kMaxZoom)
            return refuse("--zoom", "\"" + o.zoom + "\" is not a zoom from 0 to 16");
        view.camera = {CameraMode::center, *center.value, zoom, {}};
    } else if (!o.bbox.empty()) {
        auto box = parse_geo_box(o.bbox);
        if (!box) return refuse("--bbox", box.error);
        view.camera.mode = CameraMode::fit_bbox;
        view.camera.bbox = *box.value;
    }
    if (!o.time.empty()) {
        auto window = parse_time_window(o.time);
        if (!window) return refuse("--time", window.error);
        view.time = *window.value;
    }
    if (!o.theme.empty()) {
        auto theme = parse_theme(o.theme);
        if (!theme) return refuse("--theme", theme.error);
        view.theme = *theme.value;
    }
    if (!o.events_as.empty()) {
        auto style = parse_event_style(o.events_as);
        if (!style) return refuse("--events-as", style.error);
        view.event_style = *style.value;
    }
    if (!o.title.empty()) view.title = o.title;
    if (!o.select.empty()) {
        view.selection.clear();
        for (size_t begin = 0; begin <= o.select.size();) {
            size_t end = std::min(o.select.find(',', begin), o.select.size());
            if (end > begin) view.selection.push_back(o.select.substr(begin, end - begin));
            begin = end + 1;
        }
    }
    for (const std::string& text : o.overlays) {
        auto overlay = parse_user_layer_argument(text);
        if (!overlay) return refuse("--overlay " + text, overlay.error + " (see docs/overlays.md)");
        view.overlays.push_back(std::move(*overlay.value));
    }
    if (!o.layers.empty()) {
        std::string error = apply_layers(o.layers, view.layers);
        if (!error.empty()) return refuse("--layers", error);
    }
    return {view, {}};
}

std::string save_state_if_asked(const ViewOptions& options, const ViewState& view) {
    if (options.save_state.empty()) return {};
    try {
        write_file_atomically(options.save_state, to_json(view).dump(2) + "\n");
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

}  // namespace chronomap::cli
