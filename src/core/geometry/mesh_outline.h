// The GPU meshes back as outlines, for vector export (SVG, PDF): a triangulated fill's
// boundary rings, an extruded line mesh's polylines; then cut to the view and thinned to
// what a sub-pixel tolerance can show, so a world basemap stays a file of reasonable size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/map/basemap_mesh.h"

namespace chronomap {

using Ring = std::vector<Point2>;

struct Box2 {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The outline of a union of triangles (x, y per vertex, three vertices per triangle): the
// edges no two triangles share, joined into rings (holes wind the other way, so the rings
// fill right with the non-zero rule). Only triangles whose box meets `keep` are used; the
// edges this cuts lie outside `keep`.
std::vector<Ring> outline_of_triangles(const float* xy, size_t vertex_count, const Box2& keep);

// The polylines an extruded LineMesh was made from (extrude_polyline), for the triangles
// indices[first, first + count). A closed line comes back with its first point repeated.
std::vector<Ring> polylines_of_strips(const LineMesh& mesh, size_t first, size_t count);

// A closed ring cut to the box (Sutherland-Hodgman): it may run along the box's edges.
Ring clip_ring(const Ring& ring, const Box2& box);
// The parts of an open line that meet the box (whole segments kept: the box is a margin
// beyond what is seen).
std::vector<Ring> clip_polyline(const Ring& line, const Box2& box);
// Douglas-Peucker: drops points closer than `tolerance` to the line kept.
Ring simplify(const Ring& points, double tolerance);

}  // namespace chronomap
