// The explorer's frame with N synthetic events at 1600x1000 (headless EGL, llvmpipe): the
// whole frame (panels, timeline, map, ImGui drawn, glFinish) while playing and while
// dragging the time window, with all dates shown, the timeline's own CPU cost per frame, and the time from an
// empty process to the first interactive frame.
//
//   explorer_bench [--events N] [--frames F] [--no-geography] [--story-zoom] [--overlay FILE ...] [--camera LON,LAT,ZOOM]
//                  [--each-frame]
// --no-geography hides the shipped rivers, lakes and regions; --story-zoom puts the camera on
// the Euphrates valley at zoom 7.5 instead of the whole region (zoom 3.6). With --overlay the
// user's layers are drawn too (docs/overlays.md); their first read (or the cache) is in the launch time.
// --each-frame also prints every playing frame's time in order, to see whether the slow ones
// come at a rhythm (a cache redrawn, a buffer regrown) or at random (the machine).
#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/explorer.h"
#include "app/explorer_frame.h"
#include "platform/headless_egl_target.h"
#include "geodata_without_geography.h"
#include "synthetic_events.h"

using namespace chronomap;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

struct Stats {
    double median = 0, p95 = 0;
};
Stats stats_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty()) return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}

void frame(Explorer& explorer, RenderTarget& target, double dt) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {1600, 1000};
    io.DeltaTime = static_cast<float>(dt);
    explorer_frame(explorer, target, dt);
    glFinish();  // the GL has really finished: software GL would otherwise overlap frames
}

void print(const char* what, Stats s) { std::printf("  %-52s median %7.2f ms   p95 %7.2f ms\n", what, s.median, s.p95); }
}  // namespace

int main(int argc, char** argv) {
    size_t events = 1000000;
    int frames = 60;
    bool geography = true, each_frame = false;
    std::vector<std::string> overlays;
    double lon = 25, lat = 30, zoom = 3.6;
    for (int k = 1; k < argc; ++k) {
        if (!std::strcmp(argv[k], "--overlay") && k + 1 < argc) overlays.push_back(argv[++k]);
        if (!std::strcmp(argv[k], "--camera") && k + 1 < argc) std::sscanf(argv[++k], "%lf,%lf,%lf", &lon, &lat, &zoom);
        if (!std::strcmp(argv[k], "--events") && k + 1 < argc) events = std::stoul(argv[++k]);
        if (!std::strcmp(argv[k], "--frames") && k + 1 < argc) frames = std::stoi(argv[++k]);
        if (!std::strcmp(argv[k], "--no-geography")) geography = false;
        if (!std::strcmp(argv[k], "--each-frame")) each_frame = true;
        if (!std::strcmp(argv[k], "--story-zoom")) lon = 38.6, lat = 35.6, zoom = 7.5;
    }
    auto launch = Clock::now();
    auto store = std::make_unique<EventStore>(make_synthetic_events(events));
    double made = ms_since(launch);
    auto target = create_headless_target(1600, 1000);
    ImGuiSession imgui(1.0);
    ExplorerOptions options;
    options.geodata = geography ? std::filesystem::path(CHRONOMAP_BUILD_GEODATA)
                                : geodata_without_geography(CHRONOMAP_BUILD_GEODATA);
    Explorer explorer(options);
    explorer.open_store(std::move(store), "synthetic");
    ExplorerState& s = explorer.state();
    s.view.camera = {CameraMode::center, {lon, lat}, zoom, {}};
    for (const std::string& text : overlays) s.view.overlays.push_back(*parse_user_layer_argument(text).value);
    frame(explorer, *target, 1.0 / 60);
    double first_frame = ms_since(launch) - made;
    std::printf("explorer, %zu events, 1600x1000, llvmpipe (%s)\n", events, target->description().c_str());
    for (const std::string& text : overlays) std::printf("  overlay %s\n", text.c_str());
    std::printf("  launch to first interactive frame (data in memory)      %7.0f ms  (+ %0.f ms making the events)\n",
                first_frame, made);
    frame(explorer, *target, 1.0 / 60);

    // Playing: a 30-day window moving 1 day per frame.
    s.view.time = {false, kSyntheticStart, kSyntheticStart + 30 * 86400};
    s.playback.playing = true, s.playback.speed = 86400 * 60.0, s.playback.skip_empty = false;
    std::vector<double> playing, timeline;
    for (int f = 0; f < frames; ++f) {
        auto t = Clock::now();
        frame(explorer, *target, 1.0 / 60);
        playing.push_back(ms_since(t));
        timeline.push_back(s.timeline.last_cost_ms);
    }
    s.playback.playing = false;

    // Dragging the window across the timeline with the mouse.
    s.view.time = {false, kSyntheticStart, kSyntheticStart + 30 * 86400};
    s.timeline.view_start = kSyntheticStart, s.timeline.view_end = kSyntheticStart + kSyntheticDays * 86400;
    frame(explorer, *target, 1.0 / 60);
    const UiRect c = s.timeline.canvas;
    double x = c.x + 15.0 / kSyntheticDays * c.width, y = c.y + c.height / 2;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = {static_cast<float>(x), static_cast<float>(y)};
    frame(explorer, *target, 1.0 / 60);
    io.MouseDown[0] = true;
    frame(explorer, *target, 1.0 / 60);
    std::vector<double> dragging;
    UnixSeconds start_before = s.view.time.start;
    for (int f = 0; f < frames; ++f) {
        io.MousePos.x += 6;
        auto t = Clock::now();
        frame(explorer, *target, 1.0 / 60);
        dragging.push_back(ms_since(t));
        timeline.push_back(s.timeline.last_cost_ms);
    }
    io.MouseDown[0] = false;
    frame(explorer, *target, 1.0 / 60);
    const double dragged_days = static_cast<double>(s.view.time.start - start_before) / 86400;

    // What a file shows when it opens: every event, all dates (nothing moves).
    s.view.time = {true, 0, 0};
    std::vector<double> all_dates;
    for (int f = 0; f < std::min(frames, 10); ++f) {
        auto t = Clock::now();
        frame(explorer, *target, 1.0 / 60);
        all_dates.push_back(ms_since(t));
    }
    if (each_frame) {
        std::printf("  playing, each frame (ms):");
        for (double ms : playing) std::printf(" %.1f", ms);
        std::printf("\n");
    }
    print("frame while playing (30-day window)", stats_of(playing));
    print("frame while dragging the window", stats_of(dragging));
    print("frame showing all dates (as a file opens)", stats_of(all_dates));
    print("timeline's own CPU time per frame", stats_of(timeline));
    std::printf("  the drag moved the window by %.0f days\n", dragged_days);
    if (!geography) std::filesystem::remove_all(options.geodata);
    return 0;
}
