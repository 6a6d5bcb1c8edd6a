// The shipped geography over the land: lakes and reservoirs filled as water, rivers by rank
// (major ones from the continental view, smaller ones as the map zooms in) and the
// boundaries of first-level regions from a regional zoom on. Drawn by the basemap layer into
// its per-camera cache, so scrubbing never redraws them; only the chunks (rank and grid
// cell, core/map/geography_mesh.h) that the camera's zoom and extent show are drawn.
#pragma once

#include <epoxy/gl.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "core/map/mesh_window.h"
#include "render/frame_context.h"
#include "render/shader_program.h"

namespace chronomap {

class VectorRecord;

// One pass of the geography's lines: which mesh, which chunk style, how wide and what colour.
struct GeographyLinePass {
    bool rivers;  // else region boundaries
    std::uint32_t style;
    float width;  // logical pixels
    Color color;
};
std::vector<GeographyLinePass> geography_line_passes(const FrameContext& frame);
// What the frame shows of the world, a few pixels beyond its edges (for line widths).
WorldBox drawn_world_box(const FrameContext& frame);

class GeographyDrawer {
public:
    explicit GeographyDrawer(std::filesystem::path geodata);
    ~GeographyDrawer();
    GeographyDrawer(const GeographyDrawer&) = delete;
    GeographyDrawer& operator=(const GeographyDrawer&) = delete;

    // After the land, before the country borders and coastlines. Without geography.bin it
    // draws nothing (and says so once on stderr).
    void draw_lakes(const FrameContext& frame, ShaderProgram& fill_program);
    void draw_lines(const FrameContext& frame, ShaderProgram& line_program);
    // The same lakes and lines as vector paths, in the record's groups "lakes", "regions",
    // "rivers" (SVG, PDF export). Reads the mesh from disk again: exports are rare.
    void record(const FrameContext& frame, VectorRecord& record);
    // The camera will not move: upload only the chunks it shows (mesh_window_exactly).
    void set_camera_pinned(bool pinned) { pinned_ = pinned; }

private:
    struct Gpu;
    // The chunks around the frame on the GPU, uploaded again when it looks past them.
    Gpu* gpu(const FrameContext& frame);

    std::filesystem::path geodata_;
    std::unique_ptr<MappedGeographyMesh> file_;
    std::unique_ptr<Gpu> gpu_;
    bool failed_ = false;
    bool pinned_ = false;
};

}  // namespace chronomap
