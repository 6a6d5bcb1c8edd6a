// Triangles of a polygon with holes, by ear clipping (holes joined to the outline by a
// bridge first, as earcut does). No Debian package ships earcut's C++ header, and GEOS's
// constrained Delaunay triangulation costs a geometry conversion per polygon; zones drawn
// by hand have tens of points, where ear clipping is quick. Self-intersecting outlines still
// give triangles (the check in geojson_geometry.h warns about them).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/map/basemap_mesh.h"  // Point2

namespace chronomap {

// `rings`: the outline first, then holes; each may repeat its first point last. Returns
// indices into the rings' points taken one after another (repeated closing points included,
// never referenced), three per triangle.
std::vector<std::uint32_t> triangulate_polygon(std::span<const std::vector<Point2>> rings);

}  // namespace chronomap
