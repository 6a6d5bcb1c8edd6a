// The part of a basemap or geography mesh a camera can show: what the GPU is given instead
// of the whole world (the 10 m basemap and the rivers are 94 MB; a country is a few percent
// of it). A shape is kept whole when its bounding box meets the window, in the file's order,
// so the shapes that reach the screen and their drawing order are those of the whole mesh:
// the pixels are the same.
#pragma once

#include "core/map/basemap_mesh.h"
#include "core/map/geography_mesh.h"

namespace chronomap {

// A box in normalised Web Mercator world coordinates.
struct WorldBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(const WorldBox& b) const { return x0 <= b.x0 && y0 <= b.y0 && b.x1 <= x1 && b.y1 <= y1; }
    bool meets(double bx0, double by0, double bx1, double by1) const {
        return bx1 >= x0 && bx0 <= x1 && by1 >= y0 && by0 <= y1;
    }
};

// What a partial upload holds: the shapes meeting `box` that are drawn up to `zoom`.
struct MeshWindow {
    WorldBox box;
    double zoom = 0;
    bool covers(const WorldBox& seen, double seen_zoom) const { return seen_zoom <= zoom && box.contains(seen); }
};

// A window around what a camera sees: one more view's width and height on every side and one
// more zoom level, so panning and zooming a little reuse the upload. Past the world's edges it
// holds everything.
MeshWindow mesh_window_around(const WorldBox& seen, double zoom);
// The window of a camera that stays put (a video's pinned camera): what it sees, at its zoom,
// nothing to pan or zoom into. The first frame copies and uploads a ninth of the shapes or
// less (at 1080p over Syria ~0.2 s of CPU less, docs/PERFORMANCE.md). `seen` must hold a
// margin wider than any line's half width, as drawn_world_box's 8 pixels do.
inline MeshWindow mesh_window_exactly(const WorldBox& seen, double zoom) { return {seen, zoom}; }

// The land triangles and line triangles whose boxes meet the window (lines: their centre
// lines; the window's margin is wider than any line), lines' vertices renumbered. Throws
// std::runtime_error "FILE: an index is out of range; ..." for a corrupt file.
BasemapMesh basemap_within(const MappedBasemapMesh& mesh, const MeshWindow& window);
// The chunks worth drawing in the window (for_visible_chunks() at the window's zoom), their
// ranges renumbered into compact arrays. Same error.
GeographyMesh geography_within(const MappedGeographyMesh& mesh, const MeshWindow& window);

}  // namespace chronomap
