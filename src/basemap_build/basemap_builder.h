// Builds the basemap mesh (core/map/basemap_mesh.h) from a Natural Earth TopoJSON file of the
// npm package world-atlas (objects "land" and "countries"), read through GDAL's OGR
// TopoJSON driver. Land is triangulated with GEOS's constrained Delaunay triangulation
// (holes and concave outlines are kept); borders are the edges two countries share.
#pragma once

#include <geos_c.h>

#include <filesystem>
#include <vector>

#include "core/map/basemap_mesh.h"

namespace chronomap {

// Throws std::runtime_error naming the file and what is wrong.
BasemapMesh build_basemap_mesh(const std::filesystem::path& countries_topojson);

// Triangles (lon/lat, three points each) covering a WKT polygon or multipolygon exactly,
// holes left open. For tests.
std::vector<Point2> triangulate_wkt(const std::string& wkt);

// Appends the triangles (three lon/lat points each) of every polygon of a GEOS polygonal
// geometry, repairing what GEOS refuses; returns how many polygons could not be triangulated.
size_t triangulate_polygons(GEOSContextHandle_t h, const GEOSGeometry* polygons, std::vector<Point2>& out);

// Joins undirected segments that meet end to end into polylines.
std::vector<std::vector<Point2>> chain_segments(const std::vector<std::pair<Point2, Point2>>& segments);

}  // namespace chronomap
