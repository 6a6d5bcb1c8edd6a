#include "core/geometry/geojson_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace chronomap {
namespace {

std::string at(const std::string& pointer, size_t index) { return pointer + "/" + std::to_string(index); }

GeometryProblem error(std::string pointer, std::string message, std::string hint) {
    return {Severity::error, std::move(pointer), std::move(message), std::move(hint)};
}
GeometryProblem warning(std::string pointer, std::string message, std::string hint) {
    return {Severity::warning, std::move(pointer), std::move(message), std::move(hint)};
}

std::string degrees(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", v);
    return text;
}

const char* kPositionHint = "write each position as [longitude, latitude] in decimal degrees (WGS 84)";

// One position; nullopt (with a problem) when it is not [number, number] on Earth.
std::optional<LonLat> read_position(const nlohmann::json& value, const std::string& pointer,
                                    std::vector<GeometryProblem>& problems) {
    if (!value.is_array() || value.size() < 2 || !value[0].is_number() || !value[1].is_number()) {
        problems.push_back(error(pointer, "a position must be an array of two numbers, [longitude, latitude]", kPositionHint));
        return std::nullopt;
    }
    LonLat p{value[0].get<double>(), value[1].get<double>()};
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || p.lon < -180 || p.lon > 180 || p.lat < -90 || p.lat > 90) {
        bool swapped = std::abs(p.lon) <= 90 && std::abs(p.lat) <= 180;
        problems.push_back(error(pointer,
                                 "position out of range (longitude " + degrees(p.lon) + ", latitude " + degrees(p.lat) + ")",
                                 swapped ? "it looks like [latitude, longitude]: GeoJSON wants [longitude, latitude]"
                                         : kPositionHint));
        return std::nullopt;
    }
    return p;
}

// Positions of one ring or line string; invalid positions are left out (and reported).
std::optional<std::vector<LonLat>> read_positions(const nlohmann::json& value, const std::string& pointer,
                                                  std::vector<GeometryProblem>& problems) {
    if (!value.is_array()) {
        problems.push_back(error(pointer, "expected an array of positions", kPositionHint));
        return std::nullopt;
    }
    std::vector<LonLat> points;
    for (size_t i = 0; i < value.size(); ++i)
        if (auto p = read_position(value[i], at(pointer, i), problems)) points.push_back(*p);
    return points;
}

bool read_polygon(const nlohmann::json& value, const std::string& pointer, Geometry& g,
                  std::vector<GeometryProblem>& problems) {
    if (!value.is_array() || value.empty()) {
        problems.push_back(error(pointer, "a polygon must be an array of rings (its outline first, then any holes)",
                                 "write [[[lon, lat], [lon, lat], [lon, lat], [lon, lat]]] with the first position repeated last"));
        return false;
    }
    for (size_t r = 0; r < value.size(); ++r) {
        auto ring = read_positions(value[r], at(pointer, r), problems);
        if (!ring) return false;
        g.add_ring(*ring);
    }
    g.end_part();
    return true;
}

bool read_line(const nlohmann::json& value, const std::string& pointer, Geometry& g,
               std::vector<GeometryProblem>& problems) {
    auto line = read_positions(value, pointer, problems);
    if (!line) return false;
    g.add_ring(*line);
    g.end_part();
    return true;
}

// Segments (a, b) and (c, d) cross properly (touching at ends does not count).
bool segments_cross(LonLat a, LonLat b, LonLat c, LonLat d) {
    auto orient = [](LonLat p, LonLat q, LonLat r) {
        double v = (q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon);
        return (v > 1e-15) - (v < -1e-15);
    };
    int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
    return o1 * o2 < 0 && o3 * o4 < 0;
}

// The first pair of non-adjacent edges of a closed ring that cross, if any. Quadratic: rings
// past a few thousand points are not checked (hand-drawn zones have dozens).
std::optional<std::pair<size_t, size_t>> first_crossing(std::span<const LonLat> ring) {
    size_t n = ring.size() - 1;  // closed: the last position repeats the first
    if (n < 4 || n > 4000) return std::nullopt;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1) continue;  // they share the first vertex
            if (segments_cross(ring[i], ring[i + 1], ring[j], ring[j + 1])) return std::pair{i, j};
        }
    return std::nullopt;
}

}  // namespace

std::vector<GeometryProblem> check_geometry(Geometry& g, bool multi, const std::string& prefix) {
    std::vector<GeometryProblem> problems;
    Geometry kept;
    kept.kind = g.kind;
    for (size_t p = 0; p < g.part_count(); ++p) {
        std::string part_pointer = multi ? at(prefix, p) : prefix;
        size_t rings_kept = 0;
        for (size_t r = g.part_starts[p]; r < g.part_starts[p + 1]; ++r) {
            std::vector<LonLat> ring(g.ring(r).begin(), g.ring(r).end());
            size_t in_part = r - g.part_starts[p];
            std::string pointer = g.kind == GeometryKind::area ? at(part_pointer, in_part) : part_pointer;
            if (g.kind == GeometryKind::line) {
                if (ring.size() < 2) {
                    problems.push_back(error(pointer, "a line needs at least 2 positions, this one has " + std::to_string(ring.size()),
                                             "add the positions the line passes through, or use a Point"));
                    continue;
                }
            } else if (g.kind == GeometryKind::area) {
                bool outline = in_part == 0;
                if (ring.size() >= 3 && !(ring.front() == ring.back())) {
                    problems.push_back(warning(pointer, std::string(outline ? "the outline" : "a hole") + " is not closed; it is closed by joining its last position to its first",
                                               "repeat the first position at the end of the ring, as GeoJSON asks"));
                    ring.push_back(ring.front());
                }
                if (ring.size() < 4) {
                    problems.push_back(error(pointer,
                                             std::string(outline ? "the outline" : "a hole") + " needs at least 3 distinct positions and the first repeated last (4 in all), this one has " +
                                                 std::to_string(ring.size()),
                                             outline ? "draw the area with at least three corners, or use a Point"
                                                     : "remove the hole or give it three corners"));
                    if (outline) break;  // no outline: the polygon is left out, holes with it
                    continue;
                }
                if (auto crossing = first_crossing(ring))
                    problems.push_back(warning(pointer,
                                               std::string(outline ? "the outline" : "a hole") + " crosses itself (edges " + std::to_string(crossing->first + 1) +
                                                   " and " + std::to_string(crossing->second + 1) + "); it is drawn as written, but its fill may look wrong",
                                               "reorder the positions so the outline goes round the area once"));
            }
            kept.add_ring(ring);
            ++rings_kept;
        }
        if (rings_kept > 0) kept.end_part();
    }
    g = std::move(kept);
    return problems;
}

ParsedGeometry parse_geojson_geometry(const nlohmann::json& value) {
    ParsedGeometry out;
    auto& problems = out.problems;
    const char* kTypes = "\"Polygon\", \"MultiPolygon\", \"LineString\", \"MultiLineString\" or \"Point\"";
    if (!value.is_object()) {
        problems.push_back(error("", "\"geometry\" must be a GeoJSON geometry object",
                                 std::string("write {\"type\": \"Polygon\", \"coordinates\": [...]}; the type is one of ") + kTypes));
        return out;
    }
    auto type_it = value.find("type");
    if (type_it == value.end() || !type_it->is_string()) {
        problems.push_back(error("/type", "the geometry has no \"type\"", std::string("give it a \"type\": ") + kTypes));
        return out;
    }
    std::string type = type_it->get<std::string>();
    auto coordinates = value.find("coordinates");
    if (type == "GeometryCollection" || type == "Feature" || type == "FeatureCollection") {
        problems.push_back(error("/type", "a " + type + " cannot be an event's geometry",
                                 std::string("give one geometry per event (its \"type\" one of ") + kTypes + "); for a Feature, use its \"geometry\""));
        return out;
    }
    if (coordinates == value.end()) {
        problems.push_back(error("/coordinates", "the " + type + " has no \"coordinates\"", kPositionHint));
        return out;
    }
    Geometry g;
    const nlohmann::json& c = *coordinates;
    bool ok = true;
    if (type == "Point") {
        g.kind = GeometryKind::point;
        auto p = read_position(c, "/coordinates", problems);
        if (!p) return out;
        g.add_ring(std::span<const LonLat>(&*p, 1));
        g.end_part();
    } else if (type == "LineString") {
        g.kind = GeometryKind::line;
        ok = read_line(c, "/coordinates", g, problems);
    } else if (type == "MultiLineString") {
        g.kind = GeometryKind::line;
        ok = c.is_array();
        for (size_t i = 0; ok && i < c.size(); ++i) ok = read_line(c[i], at("/coordinates", i), g, problems);
    } else if (type == "Polygon") {
        g.kind = GeometryKind::area;
        ok = read_polygon(c, "/coordinates", g, problems);
    } else if (type == "MultiPolygon") {
        g.kind = GeometryKind::area;
        ok = c.is_array();
        for (size_t i = 0; ok && i < c.size(); ++i) ok = read_polygon(c[i], at("/coordinates", i), g, problems);
    } else {
        problems.push_back(error("/type", "\"" + type + "\" is not a geometry type chronomap draws", std::string("use ") + kTypes));
        return out;
    }
    if (!ok) {
        if (problems.empty())
            problems.push_back(error("/coordinates", "the coordinates of a " + type + " must be an array", kPositionHint));
        return out;
    }
    if (g.kind != GeometryKind::point) {
        auto found = check_geometry(g, type.starts_with("Multi"), "/coordinates");
        problems.insert(problems.end(), found.begin(), found.end());
    }
    if (g.part_count() == 0 || g.vertices.empty()) {
        problems.push_back(error("", "nothing of this " + type + " can be drawn; the event is placed by its place name if it has one",
                                 "fix the positions reported above"));
        return out;
    }
    out.geometry = std::move(g);
    return out;
}

std::optional<GeometryProblem> swapped_axes_suspicion(const Geometry& g, LonLat place) {
    if (g.vertices.empty() || std::isnan(place.lon) || std::isnan(place.lat)) return std::nullopt;
    LonLatBox box = bounding_box(g);
    auto distance_to = [](double west, double south, double east, double north, LonLat p) {
        double dx = p.lon < west ? west - p.lon : p.lon > east ? p.lon - east : 0;
        double dy = p.lat < south ? south - p.lat : p.lat > north ? p.lat - north : 0;
        return std::hypot(dx, dy);
    };
    double as_written = distance_to(box.west, box.south, box.east, box.north, place);
    double swapped = distance_to(box.south, box.west, box.north, box.east, place);
    constexpr double kFar = 3, kNear = 1;  // degrees
    if (as_written > kFar && swapped < kNear) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "the geometry lies %.0f degrees from the event's position (%.4g, %.4g) but would lie on it with "
                      "longitude and latitude swapped",
                      as_written, place.lon, place.lat);
        return warning("/coordinates", text, "GeoJSON positions are [longitude, latitude]: swap the two numbers of every position");
    }
    return std::nullopt;
}

nlohmann::ordered_json geometry_to_geojson(const Geometry& g) {
    auto ring_json = [&](size_t r) {
        nlohmann::ordered_json ring = nlohmann::ordered_json::array();
        for (const LonLat& p : g.ring(r)) ring.push_back({p.lon, p.lat});
        return ring;
    };
    nlohmann::ordered_json out;
    if (g.kind == GeometryKind::point) {
        out["type"] = "Point";
        out["coordinates"] = {g.vertices.front().lon, g.vertices.front().lat};
        return out;
    }
    nlohmann::ordered_json parts = nlohmann::ordered_json::array();
    for (size_t p = 0; p < g.part_count(); ++p) {
        if (g.kind == GeometryKind::line) {
            parts.push_back(ring_json(g.part_starts[p]));
            continue;
        }
        nlohmann::ordered_json polygon = nlohmann::ordered_json::array();
        for (size_t r = g.part_starts[p]; r < g.part_starts[p + 1]; ++r) polygon.push_back(ring_json(r));
        parts.push_back(polygon);
    }
    bool single = parts.size() == 1;
    out["type"] = g.kind == GeometryKind::line ? (single ? "LineString" : "MultiLineString") : (single ? "Polygon" : "MultiPolygon");
    out["coordinates"] = single ? parts[0] : parts;
    return out;
}

}  // namespace chronomap
