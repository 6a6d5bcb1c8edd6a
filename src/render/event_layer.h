// Event markers: one GL_POINTS sprite per event, uploaded once.
//
// The buffer holds the store's events in runs by duration (a day, a month, a year, a decade,
// longer), each sorted by start time. A time window draws, from each run, the index range
// found by two binary searches: the events that began before the window's end, and after
// its start minus the run's longest duration. One span of ten years then does not make
// every window read a decade of events. The shader drops the few extra events by their
// [start, end) and category. Moving the window changes ranges and a uniform, never the
// buffer (DESIGN.md "Rendering").
#pragma once

#include <epoxy/gl.h>

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/events/event_picking.h"  // marker_radius
#include "core/events/column.h"
#include "core/events/event_store.h"
#include "render/frame_context.h"
#include "render/gl_handles.h"
#include "render/layer.h"
#include "render/shader_program.h"

namespace chronomap {

class VectorRecord;

// Positions that stand for a region, a country or "near" a place are drawn with a dashed
// outline and a lighter fill: the event is somewhere there, not at that point.
bool location_is_area(LocationPrecision precision);
// Spans and dates coarser than a day are drawn as rings.
bool marker_is_ring(const TimeValue& time);

// What an events layer keeps on the GPU whatever its store: the four shader programs and the
// buffers. A server's window replaces the store (and the layer) for each window change; the
// next layer takes these over from the last one, so that the programs are not compiled again
// (about 5 ms each window on llvmpipe, and a slow first frame) and the marker buffer is
// resized in place (glBufferData on the same buffer) rather than made again.
struct MarkerGpu {
    MarkerGpu();  // compiles the programs
    ShaderProgram program, plain_program, highlight_program, ramp_program;
    GlVertexArray vao, empty_vao;
    GlBuffer vbo, selection_ibo, filter_vbo;
};

class EventLayer final : public Layer {
public:
    // `reused`: the GPU part of the layer this one replaces (take_gpu), else made here.
    explicit EventLayer(const EventStore& store, std::unique_ptr<MarkerGpu> reused = nullptr);
    ~EventLayer();
    EventLayer(const EventLayer&) = delete;
    EventLayer& operator=(const EventLayer&) = delete;

    std::string_view name() const override { return "events"; }
    // Finds the window's index ranges; publishes counts per category and the density mode.
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;
    // Video export: the long events' markers (runs past 40 days, drawn first, under the
    // others) are drawn over the basemap into a texture once, and that texture is copied in
    // later frames while what it shows is unchanged: the same long markers shown, camera,
    // size, palette, and the same picture under them (FrameShared). Only for a plain frame
    // (not multisampled, no areas under the markers, no vector record).
    void set_reuse_long_markers(bool reuse) { reuse_long_markers_ = reuse; }
    // Frames whose long markers were copied from the cache without drawing them (-v, tests).
    size_t long_markers_reused() const { return long_reused_; }
    // Hands the programs and buffers to the layer that replaces this one; this layer is not
    // drawn again.
    std::unique_ptr<MarkerGpu> take_gpu() { return std::move(gpu_); }

private:
    void update_selection(const std::vector<std::string>& selection);
    void update_filter(const FrameContext& frame);
    void set_shared_uniforms(ShaderProgram& program, const FrameContext& frame);
    std::vector<size_t> count_window(const FrameContext& frame);
    // The shader's test, but the category mask: in [t0, t1) (relative times) and through the filter.
    std::array<Color, 64> marker_colors(const FrameContext& frame) const;
    void record_markers(const FrameContext& frame, VectorRecord& record);
    // Past kDensityThreshold markers the picture is overplotted anyway, and software GL
    // is bound by rasterising points: the same index ranges are counted on the CPU into a
    // grid of 3-pixel cells, coloured by a log ramp and drawn as one texture. This uploads
    // the grid (its size depends on the image, not on the number of events). count_window()
    // fills the grid.
    void draw_density(const FrameContext& frame);
    void upload_density_colors(const FrameContext& frame);
    void draw_density_texture(const FrameContext& frame, int cell);  // the grid already uploaded
    void record_density(VectorRecord& record, const FrameContext& frame, int cell) const;

    // The long markers from the cache (drawn into it first if needed): false when the frame
    // cannot use it (see set_reuse_long_markers), and the caller draws them.
    bool draw_long_markers_cached(const FrameContext& frame, const FrameShared& shared);
    // Whether buffer indices [first, first + count) hold an area marker (dashed outline).
    bool has_area_marker(size_t first, size_t count) const;

    const EventStore& store_;
    // The programs and buffers (MarkerGpu). plain_program is the marker program without the
    // area markers' dashed outline: used when the drawn ranges hold none (the usual case), as
    // llvmpipe pays for that code on every fragment otherwise; highlight_program draws the
    // selection's halo.
    std::unique_ptr<MarkerGpu> gpu_;
    std::vector<std::uint32_t> area_markers_;  // buffer indices of area markers, ascending
    // The long markers' cache (set_reuse_long_markers).
    static constexpr size_t kFirstLongRun = 2;  // runs 2 and up: events of more than 40 days
    struct LongMarkersKey {
        double center_x, center_y, world_size;
        int width, height, origin_x, origin_y;
        float scale;
        const Palette* palette;
        std::int32_t fade_before;
        std::uint64_t category_mask, filter_generation, basemap_generation;
        std::vector<std::uint32_t> shown;  // buffer indices of the long markers shown, in drawing order
        bool operator==(const LongMarkersKey&) const = default;
    };
    bool reuse_long_markers_ = false;
    std::optional<GlFramebuffer> long_fbo_;
    std::optional<GlTexture> long_texture_;
    int long_width_ = 0, long_height_ = 0;
    std::optional<LongMarkersKey> long_key_;
    size_t long_reused_ = 0;
    UnixSeconds epoch_ = 0;                  // a_time is relative to it (fits 32 bits)
    static constexpr size_t kRuns = 5;
    // Longest duration of each run: two days (a day, with room for time zones), 40 days,
    // 400 days, 4000 days, unbounded.
    static constexpr UnixSeconds kRunMaxDuration[kRuns] = {2 * 86400, 40 * 86400, 400 * 86400, 4000 * 86400,
                                                           std::numeric_limits<UnixSeconds>::max()};
    struct DurationRun {
        size_t offset = 0;               // where the run begins in the buffer
        Column<UnixSeconds> starts;  // its events' start times, sorted
        size_t first = 0, count = 0;     // the window's range (buffer indices), found by prepare()
    };
    std::array<DurationRun, kRuns> runs_;
    std::vector<std::uint32_t> buffer_index_;  // store index -> buffer index; ~0u: not placed
    Column<std::uint32_t> store_index_;        // buffer index -> store index
    std::vector<std::uint8_t> buffer_filter_;  // the content filter in buffer order (1: passes)
    std::uint64_t uploaded_filter_generation_ = ~std::uint64_t{0};
    std::vector<std::string> uploaded_selection_;
    GLsizei selection_count_ = 0;
    bool dense_ = false;

    // CPU copies of what the density grid needs, in buffer order.
    Column<float> world_x_, world_y_;
    Column<std::int32_t> start_rel_, end_rel_;
    Column<std::uint16_t> category_;
    std::optional<GlTexture> density_texture_;  // created when first needed
    int cells_width_ = 0, cells_height_ = 0, texture_width_ = 0, texture_height_ = 0;
    std::vector<float> cell_counts_, second_cell_counts_;  // the second: counted by another thread
    // What count_window() last counted, and its answer.
    struct CountedView {
        std::int32_t from, until, fade_before;  // the view's GpuShownRule
        std::uint64_t category_mask, filter_generation;
        int width, height, cell;
        double center_x, center_y, world_size;
        bool dense;
        std::vector<std::pair<size_t, size_t>> ranges;  // the runs' window ranges
        bool operator==(const CountedView&) const = default;
    };
    std::optional<CountedView> counted_view_;
    std::vector<size_t> counted_;
    std::vector<size_t> in_view_counted_;  // per category: in the map's extent and the window
    size_t earlier_in_view_ = 0;           // cumulative: in the extent, over before the window
    bool grid_changed_ = true;                // the density texture must be coloured again
    const Color* uploaded_ramp_ = nullptr;  // the palette ramp it was coloured with
    struct CellBox {
        int x0, y0, x1, y1;  // inclusive; x1 < 0: no cell occupied
    } occupied_{0, 0, -1, -1};
    std::vector<std::uint8_t> cell_colors_;
};

// More markers than this in the drawn ranges switch the layer to a density map.
inline constexpr size_t kDensityThreshold = 20000;

}  // namespace chronomap
