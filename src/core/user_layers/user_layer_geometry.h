// Geometry steps for user layers: simplification per detail level and polygon fill
// triangles (GEOS's constrained Delaunay triangulation, which keeps holes).
#pragma once

#include <vector>

#include "core/map/basemap_mesh.h"

namespace chronomap {

// Douglas-Peucker: keeps the end points and every point further than `tolerance` from the
// simplified line. tolerance 0 returns the points as they are.
std::vector<Point2> simplify_polyline(const std::vector<Point2>& points, double tolerance);

// Appends the triangles (x y per vertex, as floats) filling a polygon given as its rings
// (the first is the outer one). Returns false when GEOS could not triangulate it.
class PolygonTriangulator {
public:
    PolygonTriangulator();
    ~PolygonTriangulator();
    PolygonTriangulator(const PolygonTriangulator&) = delete;
    PolygonTriangulator& operator=(const PolygonTriangulator&) = delete;
    bool fill(const std::vector<std::vector<Point2>>& rings, std::vector<float>& triangles);

private:
    void* context_;  // GEOSContextHandle_t, kept out of this header
};

}  // namespace chronomap
