// Reads a GeoJSON geometry object (RFC 7946: Point, LineString, MultiLineString, Polygon,
// MultiPolygon) into a Geometry, and says what is wrong with it the way a user can fix it:
// positions out of range (and whether latitude and longitude look swapped), rings with too
// few points or left open, outlines that cross themselves. What can be used is kept: an
// open ring is closed, a ring too short to draw is left out, the rest is drawn.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/text/diagnostic.h"
#include "core/geometry/event_geometry.h"

namespace chronomap {

struct GeometryProblem {
    Severity severity = Severity::error;
    std::string pointer;  // inside the geometry: "/coordinates/0/3" ("" for the object)
    std::string message;
    std::string hint;
};

struct ParsedGeometry {
    std::optional<Geometry> geometry;  // nullopt: nothing drawable was left
    std::vector<GeometryProblem> problems;
};

ParsedGeometry parse_geojson_geometry(const nlohmann::json& value);

// The geometry's problems that are not about syntax: too few points, open rings (closed
// here), positions out of range, outlines crossing themselves. Rings that cannot be drawn
// are removed. Used by the GeoJSON reader and by importers whose geometries GDAL read.
// `multi`: the parts were written as a MultiPolygon or MultiLineString (pointers say which).
std::vector<GeometryProblem> check_geometry(Geometry& geometry, bool multi, const std::string& pointer_prefix = "/coordinates");

// A warning when the geometry lies far from `place` (the event's own coordinates or geocoded
// position) but would lie near it with longitude and latitude swapped: [lat, lon] order is
// the commonest mistake in hand-written GeoJSON.
std::optional<GeometryProblem> swapped_axes_suspicion(const Geometry& geometry, LonLat place);

// The geometry as GeoJSON (what the writer and the importers put in an event file).
nlohmann::ordered_json geometry_to_geojson(const Geometry& geometry);

}  // namespace chronomap
