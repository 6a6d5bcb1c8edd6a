// Areas and lines in time (zones of control, sieges, front lines, routes): fills in the
// category colour at low opacity under a clear outline, hatched and dashed when the zone is
// approximate; lines drawn wide; labels inside areas. Drawn under the markers.
//
// Every shape is projected and triangulated once, when the layer is made (world coordinates
// do not change with zoom), at a few levels of detail (thinned to a device pixel for
// zooms 2, 4 and 6, and whole), into one indexed buffer in the store's time order; a frame
// picks the level for its zoom and the shown events' index ranges (series: the state
// current at the window's end) and draws them with glMultiDrawElements, one call per pass.
// Scrubbing changes the ranges, never the buffer. llvmpipe pays per triangle here, not
// per pixel: a 50-point zone a few pixels wide costs as much as a large one unless thinned.
#pragma once

#include <epoxy/gl.h>

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/events/event_store.h"
#include "render/frame_context.h"
#include "render/gl_handles.h"
#include "render/layer.h"
#include "render/shader_program.h"
#include "render/text_batch.h"

namespace chronomap {

class FontAtlas;
class VectorRecord;

class AreaLayer final : public Layer {
public:
    AreaLayer(const EventStore& store, FontAtlas& atlas);
    std::string_view name() const override { return "areas"; }
    // Chooses the shown shapes; publishes their counts per category (the legend counts them
    // with the markers).
    void prepare(const FrameContext& frame, FrameShared& shared) override;
    void draw(const FrameContext& frame, FrameShared& shared) override;
    size_t shape_count() const { return shapes_.size(); }

private:
    // Levels of detail: shapes thinned for zooms 2, 4 and 6 (see detail_tolerance()), then whole.
    static constexpr size_t kDetailLevels = 4;
    struct LevelRanges {  // one level's triangles, as ranges of the index buffer
        GLint fill_first = 0;
        GLsizei fill_count = 0;
        GLint line_first = 0;
        GLsizei line_count = 0;
    };
    struct Shape {
        std::uint32_t event;
        bool area;
        std::array<LevelRanges, kDetailLevels> level;
    };
    // Index ranges for glMultiDrawElements: byte offsets into the index buffer, counts.
    struct Ranges {
        std::vector<const void*> offset;
        std::vector<GLsizei> count;
        void clear() { offset.clear(), count.clear(); }
        // A range that starts where the last one ends extends it: one draw instead of two.
        void add(GLint first, GLsizei c) {
            if (c <= 0) return;
            auto at = static_cast<std::uintptr_t>(first) * sizeof(std::uint32_t);
            if (!count.empty() &&
                reinterpret_cast<std::uintptr_t>(offset.back()) + static_cast<std::uintptr_t>(count.back()) * sizeof(std::uint32_t) == at) {
                count.back() += c;
                return;
            }
            offset.push_back(reinterpret_cast<const void*>(at));
            count.push_back(c);
        }
    };
    void draw_ranges(const FrameContext& frame, const Ranges& ranges, bool fill, float half_width, float alpha,
                     const Color* override_color = nullptr);
    void place_labels(const FrameContext& frame, FrameShared& shared);
    void record(const FrameContext& frame, VectorRecord& record);

    const EventStore& store_;
    std::vector<Shape> shapes_;  // in time order
    ShaderProgram program_;
    GlVertexArray vao_;
    GlBuffer vbo_, ibo_;
    TextBatch text_;
    // What prepare() chose for this frame.
    Ranges fills_, faded_fills_, area_outlines_, faded_outlines_, lines_, faded_lines_, selected_;
    std::vector<size_t> shown_;  // indices in shapes_, drawn whole
    // Series states in a cross-fade (ViewState::series_fade): their ranges and opacity. Left
    // out of vector export and labels (video frames are raster).
    std::vector<std::pair<size_t, float>> fading_;
    size_t level_ = 0;  // the level of detail chosen
};

}  // namespace chronomap
