// Renderer benchmark on synthetic events (docs/PERFORMANCE.md "Renderer").
//   render_bench [--events N] [--frames F] [--samples S] [--export]
//   render_bench --areas 10000 [--events 1000000]   areas of 50 points with the points
// Frame times are draw() followed by glFinish (the GL has really finished), in ms.
#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "core/io/geodata_paths.h"
#include "render/image_io.h"
#include "platform/headless_egl_target.h"
#include "render/area_layer.h"
#include "render/font_atlas.h"
#include "render/map_renderer.h"
#include "geodata_without_geography.h"
#include "synthetic_events.h"

using namespace chronomap;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point begin) {
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
}

struct Stats {
    double median = 0, p95 = 0;
};
Stats stats_of(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 95 / 100)]};
}

ViewState region_view() {
    ViewState view;
    view.width = 1600, view.height = 1000;
    view.camera = {CameraMode::center, {25, 30}, 3.6, {}};  // the whole synthetic region
    return view;
}

// Frames with the window moved one day per frame (a timeline being scrubbed).
Stats scrub(MapRenderer& renderer, RenderTarget& target, ViewState view, int frames, UnixSeconds window_days) {
    std::vector<double> times;
    for (int f = 0; f < frames + 3; ++f) {
        if (window_days > 0) {
            view.time.all = false;
            view.time.start = kSyntheticStart + static_cast<UnixSeconds>((f * 3) % 600) * 86400;
            view.time.end = view.time.start + window_days * 86400;
        }
        auto begin = Clock::now();
        render_frame(renderer, view, target);
        glFinish();
        if (f >= 3) times.push_back(ms_since(begin));  // the first frames load meshes and glyphs
    }
    return stats_of(times);
}

// Frames with the camera moving 4 pixels a frame (a drag): the basemap's cache, with its
// rivers, lakes and region boundaries, is redrawn every frame.
Stats pan(MapRenderer& renderer, RenderTarget& target, ViewState view, int frames) {
    std::vector<double> times;
    view.time = {false, kSyntheticStart + 300 * 86400, kSyntheticStart + 330 * 86400};
    double step = 4 / (256 * std::exp2(view.camera.zoom)) * 360;  // 4 pixels in degrees
    for (int f = 0; f < frames + 3; ++f) {
        view.camera.center.lon += step;
        auto begin = Clock::now();
        render_frame(renderer, view, target);
        glFinish();
        if (f >= 3) times.push_back(ms_since(begin));
    }
    return stats_of(times);
}

void print(const char* what, Stats s) { std::printf("  %-58s median %7.2f ms   p95 %7.2f ms\n", what, s.median, s.p95); }

// Areas with points (issue 20): tessellation at start-up, frames while scrubbing.
int bench_areas(const std::filesystem::path& geodata, size_t events, size_t areas, int frames, int samples,
                const std::string& snapshot) {
    auto begin = Clock::now();
    EventStore store = make_synthetic_events(events, 42, areas, 50);
    double generate = ms_since(begin);
    auto target = create_headless_target(1600, 1000, samples);
    std::printf("%s\n1600x1000, %d samples, %d frames per row\n", target->description().c_str(), samples, frames);
    begin = Clock::now();
    MapRenderer renderer(store, geodata);
    glFinish();
    std::printf("%zu points + %zu areas of 50 points (generated in %.0f ms); renderer + upload + tessellation %.0f ms\n",
                events, areas, generate, ms_since(begin));
    begin = Clock::now();
    {
        EventStore areas_only = make_synthetic_events(0, 42, areas, 50);
        double only_generate = ms_since(begin);
        begin = Clock::now();
        FontAtlas atlas;
        AreaLayer layer(areas_only, atlas);
        glFinish();
        std::printf("  areas layer alone: projection + tessellation + upload of %zu areas %.0f ms\n", layer.shape_count(),
                    ms_since(begin));
        (void)only_generate;
    }
    ViewState view = region_view();
    if (!snapshot.empty()) {
        view.time = {false, kSyntheticStart + 300 * 86400, kSyntheticStart + 330 * 86400};
        render_frame(renderer, view, *target);
        write_png(snapshot, target->read_pixels());
        return 0;
    }
    print("scrub, 30-day window (areas, markers or density, labels)", scrub(renderer, *target, view, frames, 30));
    ViewState no_areas = view;
    no_areas.category_mask = 0;  // nothing drawn: the frame's fixed cost
    print("  nothing shown (basemap, panels)", scrub(renderer, *target, no_areas, frames, 30));
    ViewState density = view;
    density.event_style = EventStyle::density;
    print("scrub, 30-day window, density style", scrub(renderer, *target, density, frames, 30));
    print("scrub, 1-day window", scrub(renderer, *target, view, frames, 1));

    // The same points without the areas, alternated with the above in one run (the machine is
    // shared: only ratios measured side by side mean something).
    EventStore points_only = make_synthetic_events(events, 42, 0, 50);
    MapRenderer plain(points_only, geodata);
    std::vector<double> with_auto, without_auto, with_density, without_density;
    for (int round = 0; round < 3; ++round) {
        Stats a = scrub(renderer, *target, view, frames, 30), b = scrub(plain, *target, view, frames, 30);
        Stats c = scrub(renderer, *target, density, frames, 30), d = scrub(plain, *target, density, frames, 30);
        std::printf("  round %d, 30-day window: auto %.2f / %.2f ms, density %.2f / %.2f ms (with / without areas)\n",
                    round + 1, a.median, b.median, c.median, d.median);
        with_auto.push_back(a.median), without_auto.push_back(b.median);
        with_density.push_back(c.median), without_density.push_back(d.median);
    }
    auto mid = [](std::vector<double> v) { return stats_of(std::move(v)).median; };
    std::printf("median of 3 rounds: auto %.2f / %.2f ms (x%.2f), density %.2f / %.2f ms (x%.2f), with / without areas\n",
                mid(with_auto), mid(without_auto), mid(with_auto) / mid(without_auto), mid(with_density),
                mid(without_density), mid(with_density) / mid(without_density));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    size_t events = 1000000;
    int frames = 40, samples = 1;
    bool export_only = false;
    std::string snapshot;  // a PNG of one dense frame, to look at
    size_t areas = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--events") && i + 1 < argc) events = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc) frames = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--samples") && i + 1 < argc) samples = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--export")) export_only = true;
        else if (!std::strcmp(argv[i], "--areas") && i + 1 < argc) areas = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--snapshot") && i + 1 < argc) snapshot = argv[++i];
        else {
            std::fprintf(stderr, "usage: render_bench [--events N] [--frames F] [--samples S] [--export] [--snapshot PNG]\n");
            return 64;
        }
    }
    try {
        // Built beside the build tree's geodata; CHRONOMAP_GEODATA still wins (geodata_dir()).
        std::filesystem::path geodata = geodata_dir(std::getenv("CHRONOMAP_GEODATA") ? "" : CHRONOMAP_BUILD_GEODATA);
        if (areas > 0) return bench_areas(geodata, events, areas, frames, samples, snapshot);
        if (!snapshot.empty()) {
            EventStore store = make_synthetic_events(events);
            auto target = create_headless_target(1600, 1000, samples);
            MapRenderer renderer(store, geodata);
            ViewState view = region_view();
            view.time = {false, kSyntheticStart + 300 * 86400, kSyntheticStart + 330 * 86400};
            render_frame(renderer, view, *target);
            write_png(snapshot, target->read_pixels());
            return 0;
        }
        if (export_only) {
            EventStore store = make_synthetic_events(events);
            ViewState view = region_view();
            view.width = 3840, view.height = 2160;
            view.time = {false, kSyntheticStart + 300 * 86400, kSyntheticStart + 330 * 86400};
            auto begin = Clock::now();
            auto target = create_headless_target(3840, 2160, samples);
            MapRenderer renderer(store, geodata);
            double setup = ms_since(begin);
            begin = Clock::now();
            render_frame(renderer, view, *target);
            glFinish();
            double draw = ms_since(begin);
            begin = Clock::now();
            Image image = target->read_pixels();
            double readback = ms_since(begin);
            begin = Clock::now();
            auto path = std::filesystem::temp_directory_path() / "chronomap-bench-4k.png";
            write_png(path, image);
            double encode = ms_since(begin);
            std::printf("3840x2160 PNG export, %zu events (30-day window), %d samples:\n", events, samples);
            std::printf("  context + upload %.0f ms, first frame %.0f ms, readback %.0f ms, PNG encode + write %.0f ms "
                        "(%.1f MB)\n", setup, draw, readback, encode,
                        static_cast<double>(std::filesystem::file_size(path)) / 1e6);
            std::filesystem::remove(path);
            return 0;
        }

        auto target = create_headless_target(1600, 1000, samples);
        std::printf("%s\n1600x1000, %d samples, %d frames per row\n\n", target->description().c_str(), samples, frames);
        for (size_t n : {events / 100, events / 10, events}) {
            auto begin = Clock::now();
            EventStore store = make_synthetic_events(n);
            double generate = ms_since(begin);
            begin = Clock::now();
            MapRenderer renderer(store, geodata);
            glFinish();
            std::printf("%zu events (generated in %.0f ms, renderer + upload %.0f ms)\n", n, generate, ms_since(begin));
            ViewState view = region_view();
            // A window holding about 40 000 events whatever N is: the frame must not grow with N.
            auto fixed_days = static_cast<UnixSeconds>(std::max<double>(1, 40000.0 / static_cast<double>(n) * kSyntheticDays));
            char label[128];
            std::snprintf(label, sizeof label, "scrub, window of ~40k events (%lld days)", static_cast<long long>(fixed_days));
            ViewState events_only = view;
            events_only.layers = {false, true, false, false, false, false, false, false};
            if (fixed_days <= kSyntheticDays) {
                print(label, scrub(renderer, *target, view, frames, fixed_days));
                print("  the same, events layer only", scrub(renderer, *target, events_only, frames, fixed_days));
            }
            print("scrub, 30-day window", scrub(renderer, *target, view, frames, 30));
            ViewState no_names = view;
            no_names.layers.place_names = false;
            print("  the same without place names", scrub(renderer, *target, no_names, frames, 30));
            print("scrub, 30-day window, events layer only", scrub(renderer, *target, events_only, frames, 30));
            ViewState basemap_only = view;
            basemap_only.layers = {true, false, false, false, false, false, false, false};
            print("basemap only (cached copy; 50m detail at this zoom)", scrub(renderer, *target, basemap_only, frames, 0));
            print("all events at once", scrub(renderer, *target, view, std::max(5, frames / 4), 0));
            // The shipped geography (issue 19), against a renderer without it, at the region
            // view and at a story's zoom (the Euphrates valley).
            std::filesystem::path bare_geodata = geodata_without_geography(geodata);
            MapRenderer bare(store, bare_geodata);
            ViewState story = view;
            story.camera = {CameraMode::center, {38.6, 35.6}, 7.5, {}};
            print("  scrub, 30-day window, without rivers/lakes/regions", scrub(bare, *target, view, frames, 30));
            print("pan (basemap redrawn each frame)", pan(renderer, *target, view, frames));
            print("  the same without rivers/lakes/regions", pan(bare, *target, view, frames));
            print("story zoom 7.5: scrub, 30-day window", scrub(renderer, *target, story, frames, 30));
            print("  the same without rivers/lakes/regions", scrub(bare, *target, story, frames, 30));
            print("story zoom 7.5: pan", pan(renderer, *target, story, frames));
            print("  the same without rivers/lakes/regions", pan(bare, *target, story, frames));
            std::filesystem::remove_all(bare_geodata);
            std::printf("\n");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "render_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
