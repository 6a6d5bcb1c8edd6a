// Areas and lines in time (zones of control, sieges, front lines, routes): fills in the
// category colour at low opacity under a clear outline, hatched and dashed when the zone is
// approximate; lines drawn wide; labels inside areas. Drawn under the markers.
//
// Every shape is projected and triangulated once, when the layer is made (world coordinates
// do not change with zoom), into one buffer in the store's time order; a frame picks the
// shown events' vertex ranges (series: the state current at the window's end) and draws
// them with glMultiDrawArrays. Scrubbing changes the ranges, never the buffer.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <string>
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
    struct Shape {
        std::uint32_t event;
        bool area;
        GLint fill_first;
        GLsizei fill_count;
        GLint line_first;
        GLsizei line_count;
    };
    struct Ranges {
        std::vector<GLint> first;
        std::vector<GLsizei> count;
        void clear() { first.clear(), count.clear(); }
        void add(GLint f, GLsizei c) {
            if (c > 0) first.push_back(f), count.push_back(c);
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
    GlBuffer vbo_;
    TextBatch text_;
    // What prepare() chose for this frame.
    Ranges fills_, faded_fills_, area_outlines_, faded_outlines_, lines_, faded_lines_, selected_;
    std::vector<size_t> shown_;  // indices in shapes_
};

}  // namespace chronomap
