// The frames of an export whose events are a PostGIS table (`render --animate URI`, `present
// --export` of a deck on a table): each frame draws what the explorer would show for its
// window, fetched ahead on a second connection (core/sources/frame_windows.h), placed
// (geocoded) there too. The desktop holds a few windows of at most 20 000 rows (or a grid),
// never the table.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/gazetteer/geocoder.h"
#include "core/placement/place_events.h"
#include "core/sources/frame_windows.h"
#include "core/timeline/animation.h"
#include "render/caption_layer.h"
#include "render/map_renderer.h"
#include "render/render_target.h"

namespace chronomap::cli {

struct ServerFramesOptions {
    SourceOptions source;
    std::filesystem::path geodata;
    PlacementOptions placement;
    std::string lang;  // --lang: the words and dates drawn
};

class ServerFrames {
  public:
    // Starts fetching at once. `frames`: each frame's query (still_query of its view).
    ServerFrames(const std::string& uri, std::vector<SourceQuery> frames, ServerFramesOptions options);

    // The window frame k draws, waiting for it. Throws FrameSourceError (frame_recorder.h)
    // when the server did not give it, asked twice.
    const FrameWindow& frame(size_t k);
    // Frame k's window into the renderer and the caption (when it is not the one they already
    // draw); the camera fits `events_box` (the table's).
    void show(size_t k, MapRenderer& renderer, const std::optional<GeoBox>& events_box, CaptionLayer* caption);
    // The same into several renderers at once (a web page's 1x and 2x maps), which then all
    // draw the same window: the one before is freed only once none of them draws it. Each
    // renderer's target is made current first: its GL objects live in that target's context.
    struct Drawer {
        MapRenderer* renderer;
        RenderTarget* target;
    };
    void show(size_t k, std::span<const Drawer> drawers, const std::optional<GeoBox>& events_box);
    // A new renderer (another slide size): the next show() gives it its window.
    void renderer_replaced() { drawn_.reset(); }

    // After the frames: the placement problems met (each said once) printed to stderr; true when
    // a place name could not be placed (exit 1, as for a file).
    bool report_placement(std::ostream& out) const;
    std::string describe_fetching() const;  // "fetched 1,234 rows in 12 queries ..." (--verbose)

  private:
    void place(EventStore& store);

    std::string shown_;
    ServerFramesOptions options_;
    std::shared_ptr<const FrameWindow> current_, drawn_;
    mutable std::mutex mutex_;  // what place() (the worker) leaves for the report
    std::optional<Geocoder> geocoder_;
    bool geocoder_failed_ = false, has_problems_ = false;
    size_t to_geocode_ = 0;
    std::vector<Diagnostic> problems_;
    std::set<std::string> said_;
    std::unique_ptr<FrameWindows> windows_;  // last: its worker stops before the rest goes
};

// The frames of an animation whose events are a table (`render --animate URI`, as a video or a
// web page): the camera pinned where it fits the table's placed events (`view` changed so),
// each frame's query made, the fetching started.
std::unique_ptr<ServerFrames> animation_frames(const std::string& uri, ViewState& view, const AnimationPlan& plan,
                                               const std::optional<GeoBox>& table_box, ServerFramesOptions options);

}  // namespace chronomap::cli
