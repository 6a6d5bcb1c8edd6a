// `chronomap render FILE -o OUT.png|OUT.tif|OUT.svg|OUT.pdf [view options]`: the map, headless.
#include <chrono>
#include <iostream>
#include <memory>

#include "core/text/counted.h"
#include "cli/import_postgis.h"
#include "cli/render_animate.h"
#include "cli/render_server.h"
#include "cli/subcommands.h"
#include "cli/web_map_export.h"
#include "cli/web_page.h"
#include "cli/view_options.h"
#include "core/text/ascii_text.h"
#include "core/io/atomic_file.h"
#include "core/placement/place_events.h"
#include "core/io/geodata_paths.h"
#include "core/i18n/language.h"
#include "core/timeline/time_labels.h"
#include "core/events/window_summary.h"
#include "render/geotiff_writer.h"
#include "render/image_io.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
#include "render/overlay_layer.h"
#include "render/vector_export.h"

namespace chronomap::cli {
namespace {

struct RenderOptions {
    std::string file, output, geodata;
    ViewOptions view;
    SourceOptions source;
    AnimateOptions animate;
    bool verbose = false;
};

std::string lowercase_extension(const std::string& path) {
    return ascii_lower(std::filesystem::path(path).extension().string());
}

int run_render(const RenderOptions& options) {
    if (is_web_page_path(options.output) && options.animate.range.empty()) {
        std::cerr << "chronomap render: -o " << options.output
                  << ": a web page is a map with a timeline: give its range and step, e.g. --animate "
                     "2017-09-20/2017-10-06 --step 1d (docs/web-pages.md)\n";
        return kExitUsage;
    }
    if (options.animate.web && options.animate.range.empty()) {
        std::cerr << "chronomap render: --web is a scrubbable map: give its range and step, e.g. --animate "
                     "2017-09-20/2017-10-06 --step 1d -o DIR/ --web (docs/web-pages.md)\n";
        return kExitUsage;
    }
    if (is_web_page_path(options.output) || options.animate.web)
        return export_map_web_page(options.file, options.output, options.geodata, options.view, options.source,
                                   options.animate, options.verbose);
    if (!options.animate.range.empty())
        return run_render_animation(options.file, options.output, options.geodata, options.view, options.source,
                                    options.animate, options.verbose);
    std::string extension = lowercase_extension(options.output);
    bool geotiff = extension == ".tif" || extension == ".tiff";
    bool svg = extension == ".svg", pdf = extension == ".pdf";
    if (extension != ".png" && !geotiff && !svg && !pdf) {
        std::cerr << "chronomap render: -o " << options.output
                  << ": the output must end in .png, .tif (GeoTIFF), .svg or .pdf (vector maps)\n";
        return kExitUsage;
    }
    Parsed<ViewState> view = view_state_from_options(options.view);
    if (!view) {
        std::cerr << "chronomap render: " << view.error << "\n";
        return kExitUsage;
    }
    if (geotiff && options.view.layers.empty() && options.view.state.empty()) {
        // A georeferenced raster is the map alone: no title, legend or scale bar baked into it
        // (--layers brings them back); the attribution goes into its copyright tag.
        LayerToggles& layers = view.value->layers;
        layers.title = layers.legend = layers.scale_bar = layers.attribution = false;
    }
    if (std::string error = save_state_if_asked(options.view, *view.value); !error.empty()) {
        std::cerr << "chronomap render: " << error << "\n";
        return kExitWriteFailed;
    }
    // A PostGIS table: only the still's window is fetched (render_server.h).
    const bool from_server = is_database_uri(options.file);
    ServerStill still;
    if (from_server) still = load_server_still(options.file, options.source, *view.value);
    LoadResult loaded = from_server ? std::move(still.loaded) : load_and_report(options.file, options.source);
    if (!loaded.store) return exit_code_for(loaded);
    std::filesystem::path geodata = geodata_dir(options.geodata);
    PlacementReport placement = place_and_report(*loaded.store, geodata, options.file,
                                                 {.keep_coordinates = options.view.keep_coordinates});
    apply_display_language(*loaded.store, options.view.lang);
    auto begin = std::chrono::steady_clock::now();
    MapView map = resolve_map_view(*view.value, std::nullopt);
    std::unique_ptr<RenderTarget> target;
    try {
        target = create_headless_target(map.device_width(), map.device_height());
    } catch (const NoGraphicsError& e) {
        std::cerr << "chronomap render: no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    MapRenderer renderer(*loaded.store, geodata);
    if (from_server) {
        // The camera fits the whole table's placed events and the window's events placed here.
        std::optional<GeoBox> box = still.events_box, here = placed_events_box(*loaded.store);
        if (box && here)
            box = GeoBox{std::min(box->west, here->west), std::min(box->south, here->south),
                         std::max(box->east, here->east), std::max(box->north, here->north)};
        renderer.replace_store(*loaded.store, box ? box : here);
        renderer.set_density_grid(std::move(still.grid));
    }
    // SVG and PDF: the same frame, its layers recording what they draw as vectors.
    std::optional<VectorRecord> vectors;
    if (svg || pdf) vectors.emplace(target->width(), target->height());
    FrameStats stats = render_frame(renderer, *view.value, *target, vectors ? &*vectors : nullptr);
    Image image = target->read_pixels();
    try {
        if (vectors) {
            VectorDocument document{view.value->title.empty() ? loaded.store->title_of_file() : view.value->title};
            if (svg) write_svg(options.output, *vectors, document);
            else write_pdf(options.output, *vectors, document);
        } else if (geotiff)
            write_geotiff(options.output, image, renderer.map_view(*view.value), kAttribution);
        else
            write_png(options.output, image);
    } catch (const WriteError& e) {
        std::cerr << "chronomap render: " << e.what() << "\n";
        return kExitWriteFailed;
    }
    if (from_server && !view.value->time.all && still.window_events == 0)
        std::cerr << "chronomap render: no event of the table in the still's time window and map; the map is drawn empty\n";
    if (!from_server && !view.value->time.all && !loaded.store->empty()) {
        size_t shown = 0;
        for (size_t n : shown_counts_by_category(*loaded.store, *view.value, renderer.filter_mask(*view.value)))
            shown += n;
        if (shown == 0) {
            // Said on the terminal too (the map says it in the file's language): in ISO dates,
            // the window as given and the file's events with their own precision.
            const EventStore& store = *loaded.store;
            const TimeWindow& window = view.value->time;
            constexpr UnixSeconds kDaySeconds = 86400;
            bool whole_days = window.start % kDaySeconds == 0 && window.end % kDaySeconds == 0;
            TimePrecision precision = whole_days ? TimePrecision::day : TimePrecision::minute;
            size_t latest = 0;
            for (size_t i = 0; i < store.size(); ++i)
                if (store.end()[i] > store.end()[latest]) latest = i;
            std::cerr << "chronomap render: no event between " << format_time(window.start, precision)
                      << " and " << format_time_end(window.end, precision) << " (the file's events run from "
                      << format_time(store.start()[0], store.time(0).start_precision) << " to "
                      << format_time_end(store.end()[latest], store.time(latest).end_precision)
                      << "); the map is drawn empty\n";
        }
    }
    if (options.verbose) {
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
        std::cerr << "chronomap render: " << target->description() << "; "
                  << counted(stats.events_drawn, "event", "events") << " drawn, "
                  << counted(stats.labels_placed, "label", "labels") << ", " << ms << " ms\n";
    }
    std::cout << "wrote " << options.output << " (" << image.width << "x" << image.height
              << (geotiff ? ", GeoTIFF EPSG:3857" : svg ? ", SVG" : pdf ? ", PDF" : ", PNG") << ")\n";
    int loaded_code = exit_code_for(loaded);
    return loaded_code != kExitOk ? loaded_code : (placement.has_problems() ? kExitProblems : kExitOk);
}

}  // namespace

Subcommand add_render_command(Command app) {
    auto options = std::make_shared<RenderOptions>();
    Command command = app.add_subcommand(
        "render", "Render the map of an event file to a PNG, a GeoTIFF, an SVG or a PDF, without a display.");
    command.add_option("FILE", options->file, "Event file (chronomap JSON, CSV, GeoJSON, KML, ...)")
        .required();
    add_source_options(command, options->source);
    command.add_option("-o,--output", options->output,
                        "Output image: .png, .tif for a GeoTIFF (EPSG:3857), .svg or .pdf for a vector map; "
                        "with --animate .mp4, .webm, .gif, DIR/ or .html (a web page)")
        .required();
    add_view_options(command, options->view);
    add_animate_options(command, options->animate);
    command.add_option("--geodata", options->geodata, "Folder with the basemap (default: found next to chronomap)");
    command.add_flag("-v,--verbose", options->verbose, "Say which OpenGL was used and how long it took");
    return {command, [options] { return run_render(*options); }};
}

}  // namespace chronomap::cli
