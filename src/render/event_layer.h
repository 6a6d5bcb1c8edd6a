// Event markers: one GL_POINTS sprite per event, uploaded once.
//
// The buffer holds the store's events in two runs, each sorted by start time: short events
// (at most kShortEvent long) then long ones (spans, months, years). A time window draws
// the short run's index range found by binary search, plus the long run up to the window's
// end; the shader drops the few extra events by their [start, end) and category. Moving
// the window changes two ranges and a uniform, never the buffer (DESIGN.md "Rendering").
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/event_picking.h"  // marker_radius
#include "core/event_store.h"
#include "render/frame_context.h"
#include "render/gl_handles.h"
#include "render/layer.h"
#include "render/shader_program.h"

namespace chronomap {

// Positions that stand for a region, a country or "near" a place are drawn with a dashed
// outline and a lighter fill: the event is somewhere there, not at that point.
bool location_is_area(LocationPrecision precision);
// Spans and dates coarser than a day are drawn as rings.
bool marker_is_ring(const TimeValue& time);

class EventLayer final : public Layer {
public:
    explicit EventLayer(const EventStore& store);
    ~EventLayer();
    EventLayer(const EventLayer&) = delete;
    EventLayer& operator=(const EventLayer&) = delete;

    std::string_view name() const override { return "events"; }
    // Finds the window's index ranges; publishes counts per category and the density mode.
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    void update_selection(const std::vector<std::string>& selection);
    void update_filter(const FrameContext& frame);
    void set_shared_uniforms(ShaderProgram& program, const FrameContext& frame);
    // Past kDensityThreshold markers the picture is overplotted anyway, and software GL
    // is bound by rasterising points: the same index ranges are counted on the CPU into a
    // grid of 3-pixel cells, coloured by a log ramp and drawn as one texture. This uploads
    // the grid (its size depends on the image, not on the number of events).
    void draw_density(const FrameContext& frame, size_t first, size_t count, size_t long_count);

    const EventStore& store_;
    ShaderProgram program_;
    GlVertexArray vao_;
    GlBuffer vbo_, selection_ibo_, filter_vbo_;
    UnixSeconds epoch_ = 0;                  // a_time is relative to it (fits 32 bits)
    std::vector<UnixSeconds> short_starts_;  // buffer [0, short_count)
    std::vector<UnixSeconds> long_starts_;   // buffer [short_count, ...)
    std::vector<std::uint32_t> buffer_index_;  // store index -> buffer index; ~0u: not placed
    std::vector<std::uint32_t> store_index_;   // buffer index -> store index
    std::vector<std::uint8_t> buffer_filter_;  // the content filter in buffer order (1: passes)
    std::uint64_t uploaded_filter_generation_ = ~std::uint64_t{0};
    std::vector<std::string> uploaded_selection_;
    GLsizei selection_count_ = 0;
    // The window's ranges in the buffer, found by prepare().
    size_t first_ = 0, count_ = 0, long_count_ = 0;
    bool dense_ = false;

    // CPU copies of what the density grid needs, in buffer order.
    std::vector<float> world_x_, world_y_;
    std::vector<std::int32_t> start_rel_, end_rel_;
    std::vector<std::uint16_t> category_;
    ShaderProgram ramp_program_;
    std::optional<GlTexture> density_texture_;  // created when first needed
    GlVertexArray empty_vao_;
    int cells_width_ = 0, cells_height_ = 0;
    std::vector<float> cell_counts_;
    std::vector<std::uint8_t> cell_colors_;
};

// More markers than this in the drawn ranges switch the layer to a density map.
inline constexpr size_t kDensityThreshold = 20000;

}  // namespace chronomap
