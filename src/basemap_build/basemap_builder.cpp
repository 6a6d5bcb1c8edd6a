#include "basemap_builder.h"

#include <geos_c.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "geo_handles.h"
#include "core/map/web_mercator.h"

namespace chronomap {
namespace {

// [SECTION] GEOS plumbing (owners in geo_handles.h)

// Calls `visit` with each ring (exterior and holes) of every polygon in `geometry`.
template <class Visit>
void for_each_ring(GEOSContextHandle_t h, const GEOSGeometry* geometry, Visit&& visit) {
    int type = GEOSGeomTypeId_r(h, geometry);
    if (type == GEOS_POLYGON) {
        visit(ring_points(h, GEOSGetExteriorRing_r(h, geometry)));
        for (int i = 0; i < GEOSGetNumInteriorRings_r(h, geometry); ++i)
            visit(ring_points(h, GEOSGetInteriorRingN_r(h, geometry, i)));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(h, geometry); ++i)
            for_each_ring(h, GEOSGetGeometryN_r(h, geometry, i), visit);
    }
}

// Appends the triangles of one polygon, three lon/lat points each. GEOS's triangulator
// refuses a few Natural Earth 10m polygons (rings touching themselves): those are repaired
// by a zero buffer, then by snapping to a 1e-7 degree grid. Returns false if all fail.
size_t triangulate(GEOSContextHandle_t h, const GEOSGeometry* polygons, std::vector<Point2>& out, int depth = 0);

bool triangulate_polygon(GEOSContextHandle_t h, const GEOSGeometry* polygon, std::vector<Point2>& out, int depth) {
    auto attempt = [&](const GEOSGeometry* candidate) {
        GeosPtr triangles{GEOSConstrainedDelaunayTriangulation_r(h, candidate), {h}};
        if (!triangles) return false;
        for (int i = 0; i < GEOSGetNumGeometries_r(h, triangles.get()); ++i) {
            std::vector<Point2> ring =
                ring_points(h, GEOSGetExteriorRing_r(h, GEOSGetGeometryN_r(h, triangles.get(), i)));
            if (ring.size() >= 3) out.insert(out.end(), ring.begin(), ring.begin() + 3);
        }
        return true;
    };
    if (attempt(polygon)) return true;
    GeosPtr buffered{GEOSBuffer_r(h, polygon, 0, 8), {h}};
    if (buffered && attempt(buffered.get())) return true;
    GeosPtr snapped{GEOSGeom_setPrecision_r(h, polygon, 1e-7, 0), {h}};
    if (snapped && attempt(snapped.get())) return true;
    // Last resort: cut it in four and triangulate the pieces (the bad spot ends up small).
    constexpr int kMaxDepth = 8;
    if (depth >= kMaxDepth) return false;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(h, polygon, &x0), GEOSGeom_getYMin_r(h, polygon, &y0);
    GEOSGeom_getXMax_r(h, polygon, &x1), GEOSGeom_getYMax_r(h, polygon, &y1);
    double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
    const double quarters[4][4] = {{x0, y0, mx, my}, {mx, y0, x1, my}, {x0, my, mx, y1}, {mx, my, x1, y1}};
    size_t failed = 0;
    for (const auto& q : quarters) {
        GeosPtr piece{GEOSClipByRect_r(h, polygon, q[0], q[1], q[2], q[3]), {h}};
        if (!piece) return false;
        failed += triangulate(h, piece.get(), out, depth + 1);
    }
    return failed == 0;
}

// Triangulates every polygon of a polygonal geometry; returns how many could not be.
size_t triangulate(GEOSContextHandle_t h, const GEOSGeometry* polygons, std::vector<Point2>& out, int depth) {
    int type = GEOSGeomTypeId_r(h, polygons);
    if (type == GEOS_POLYGON) return triangulate_polygon(h, polygons, out, depth) ? 0 : 1;
    size_t failed = 0;
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION)
        for (int i = 0; i < GEOSGetNumGeometries_r(h, polygons); ++i)
            failed += triangulate(h, GEOSGetGeometryN_r(h, polygons, i), out, depth);
    return failed;
}

// [SECTION] antimeridian

// A polygon given as rings, longitudes made continuous (a ring crossing 180 E goes on to 181).
GeosPtr polygon_from_rings(GEOSContextHandle_t h, std::vector<std::vector<Point2>> rings, double shift) {
    std::vector<GEOSGeometry*> made;
    for (std::vector<Point2>& ring : rings) {
        for (size_t i = 1; i < ring.size(); ++i) {
            double jump = ring[i].x - ring[i - 1].x;
            if (jump > 180) ring[i].x -= 360 * std::round(jump / 360);
            if (jump < -180) ring[i].x += 360 * std::round(-jump / 360);
        }
        if (ring.size() < 4) continue;
        ring.back() = ring.front();  // unwrapping must keep the ring closed
        GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(h, static_cast<unsigned>(ring.size()), 2);
        for (size_t i = 0; i < ring.size(); ++i)
            GEOSCoordSeq_setXY_r(h, sequence, static_cast<unsigned>(i), ring[i].x + shift, ring[i].y);
        made.push_back(GEOSGeom_createLinearRing_r(h, sequence));
    }
    if (made.empty()) return GeosPtr{nullptr, {h}};
    return GeosPtr{GEOSGeom_createPolygon_r(h, made[0], made.data() + 1, static_cast<unsigned>(made.size() - 1)), {h}};
}

bool crosses_antimeridian(const std::vector<Point2>& ring) {
    for (size_t i = 1; i < ring.size(); ++i)
        if (std::abs(ring[i].x - ring[i - 1].x) > 180) return true;
    return false;
}

// Each polygon of `geometry`, with those that cross the antimeridian cut into the pieces
// that fall on either side (otherwise their triangles would span the whole map).
std::vector<GeosPtr> split_at_antimeridian(GEOSContextHandle_t h, const GEOSGeometry* geometry) {
    std::vector<GeosPtr> pieces;
    int type = GEOSGeomTypeId_r(h, geometry);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(h, geometry); ++i)
            for (GeosPtr& piece : split_at_antimeridian(h, GEOSGetGeometryN_r(h, geometry, i))) pieces.push_back(std::move(piece));
        return pieces;
    }
    if (type != GEOS_POLYGON) return pieces;
    std::vector<std::vector<Point2>> rings;
    bool crossing = false;
    for_each_ring(h, geometry, [&](const std::vector<Point2>& ring) {
        crossing = crossing || crosses_antimeridian(ring);
        rings.push_back(ring);
    });
    if (!crossing) {
        pieces.emplace_back(GEOSGeom_clone_r(h, geometry), GeosDeleter{h});
        return pieces;
    }
    for (double shift : {0.0, -360.0, 360.0}) {
        GeosPtr polygon = polygon_from_rings(h, rings, shift);
        if (polygon) pieces.push_back(std::move(polygon));
    }
    return pieces;
}

// [SECTION] lines

// Natural Earth cuts shapes along the antimeridian and closes Antarctica along the south
// pole: those edges are not coastlines or borders.
bool is_artificial_edge(const Point2& a, const Point2& b) {
    constexpr double kEdge = 179.9999;
    if (std::abs(a.x) >= kEdge && std::abs(b.x) >= kEdge) return true;
    if (std::abs(a.x - b.x) > 180) return true;  // wraps around the world
    return a.y < -84.5 && b.y < -84.5;
}

// Splits a ring at artificial edges, projects it and extrudes the pieces.
void add_ring_as_lines(const std::vector<Point2>& ring, LineMesh& mesh) {
    std::vector<Point2> piece;
    bool whole = true;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
        if (is_artificial_edge(ring[i], ring[i + 1])) {
            whole = false;
            if (piece.size() >= 2) extrude_polyline(piece, false, mesh);
            piece.clear();
            continue;
        }
        if (piece.empty()) piece.push_back(to_world(ring[i]));
        piece.push_back(to_world(ring[i + 1]));
    }
    if (piece.size() >= 2) extrude_polyline(piece, whole, mesh);
}

struct PointKey {
    std::int64_t x, y;
    bool operator==(const PointKey&) const = default;
};
struct PointKeyHash {
    size_t operator()(const PointKey& k) const { return std::hash<std::int64_t>()(k.x * 1000003 ^ k.y); }
};
PointKey key_of(const Point2& p) { return {std::llround(p.x * 1e7), std::llround(p.y * 1e7)}; }


}  // namespace

std::vector<std::vector<Point2>> chain_segments(const std::vector<std::pair<Point2, Point2>>& segments) {
    std::unordered_map<PointKey, std::vector<size_t>, PointKeyHash> at;
    for (size_t i = 0; i < segments.size(); ++i) {
        at[key_of(segments[i].first)].push_back(i);
        at[key_of(segments[i].second)].push_back(i);
    }
    std::vector<bool> used(segments.size(), false);
    std::vector<std::vector<Point2>> lines;
    auto walk = [&](size_t start, const Point2& from) {
        std::vector<Point2> line{from};
        size_t current = start;
        Point2 here = from;
        while (true) {
            used[current] = true;
            const auto& [a, b] = segments[current];
            here = key_of(a) == key_of(here) ? b : a;
            line.push_back(here);
            const auto& next = at[key_of(here)];
            if (next.size() != 2) break;  // an end, or a junction of three borders
            size_t candidate = next[0] == current ? next[1] : next[0];
            if (used[candidate]) break;
            current = candidate;
        }
        lines.push_back(std::move(line));
    };
    // Open chains start at ends and junctions; what is left are closed loops.
    for (const auto& [key, list] : at)
        if (list.size() != 2)
            for (size_t s : list)
                if (!used[s]) walk(s, key_of(segments[s].first) == key ? segments[s].first : segments[s].second);
    for (size_t s = 0; s < segments.size(); ++s)
        if (!used[s]) walk(s, segments[s].first);
    return lines;
}

size_t triangulate_polygons(GEOSContextHandle_t h, const GEOSGeometry* polygons, std::vector<Point2>& out) {
    return triangulate(h, polygons, out);
}

std::vector<Point2> triangulate_wkt(const std::string& wkt) {
    GeosContext geos;
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos.handle);
    GeosPtr geometry{GEOSWKTReader_read_r(geos.handle, reader, wkt.c_str()), {geos.handle}};
    GEOSWKTReader_destroy_r(geos.handle, reader);
    if (!geometry) throw std::runtime_error("not WKT: " + wkt);
    std::vector<Point2> triangles;
    if (triangulate(geos.handle, geometry.get(), triangles) > 0) throw std::runtime_error("cannot triangulate " + wkt);
    return triangles;
}

BasemapMesh build_basemap_mesh(const std::filesystem::path& path) {
    GDALAllRegister();
    const char* drivers[] = {"TopoJSON", nullptr};
    std::unique_ptr<GDALDataset, GdalDatasetCloser> dataset{
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers)};
    if (!dataset) throw std::runtime_error(path.string() + ": GDAL cannot read it as TopoJSON");
    OGRLayer* land = dataset->GetLayerByName("land");
    OGRLayer* countries = dataset->GetLayerByName("countries");
    if (!land || !countries)
        throw std::runtime_error(path.string() + ": expected the objects \"land\" and \"countries\" (world-atlas)");

    GeosContext geos;
    GEOSContextHandle_t h = geos.handle;
    BasemapMesh mesh;

    // Land: fill and coastline. Clipped to the Mercator latitude limit before triangulating.
    GeosPtr mercator_box{GEOSGeom_createRectangle_r(h, -180, -kMaxMercatorLatitude, 180, kMaxMercatorLatitude), {h}};
    std::vector<Point2> triangles;
    size_t failed_polygons = 0;
    for (auto& feature : *land) {
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        GeosPtr polygons{geometry->exportToGEOS(h), {h}};
        if (!polygons) throw std::runtime_error(path.string() + ": a land feature cannot be converted for GEOS");
        for_each_ring(h, polygons.get(), [&](const std::vector<Point2>& ring) { add_ring_as_lines(ring, mesh.coastlines); });
        for (GeosPtr& piece : split_at_antimeridian(h, polygons.get())) {
            GeosPtr valid{GEOSisValid_r(h, piece.get()) == 1 ? GEOSGeom_clone_r(h, piece.get())
                                                            : GEOSMakeValid_r(h, piece.get()),
                          {h}};
            GeosPtr clipped{GEOSIntersection_r(h, valid.get(), mercator_box.get()), {h}};
            if (!clipped) throw std::runtime_error(path.string() + ": GEOS could not clip the land to the map");
            if (GEOSisEmpty_r(h, clipped.get()) == 1) continue;
            GeosPtr valid_clip{GEOSisValid_r(h, clipped.get()) == 1 ? GEOSGeom_clone_r(h, clipped.get())
                                                                     : GEOSMakeValid_r(h, clipped.get()),
                               {h}};
            failed_polygons += triangulate(h, valid_clip.get(), triangles);
        }
    }
    if (failed_polygons > 0)
        throw std::runtime_error(path.string() + ": GEOS could not triangulate " + std::to_string(failed_polygons) +
                                 " land polygons, even after repair");
    mesh.land.reserve(triangles.size() * 2);
    for (const Point2& p : triangles) {
        Point2 w = to_world(p);
        mesh.land.push_back(static_cast<float>(w.x));
        mesh.land.push_back(static_cast<float>(w.y));
    }

    // Borders: an edge that appears in the rings of two countries is the border between them.
    std::map<std::pair<PointKey, PointKey>, std::pair<int, std::pair<Point2, Point2>>,
             decltype([](const auto& a, const auto& b) {
                 return std::tie(a.first.x, a.first.y, a.second.x, a.second.y) <
                        std::tie(b.first.x, b.first.y, b.second.x, b.second.y);
             })>
        edge_count;
    for (auto& feature : *countries) {
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        GeosPtr polygons{geometry->exportToGEOS(h), {h}};
        if (!polygons) continue;
        for_each_ring(h, polygons.get(), [&](const std::vector<Point2>& ring) {
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                PointKey a = key_of(ring[i]), b = key_of(ring[i + 1]);
                if (a == b || is_artificial_edge(ring[i], ring[i + 1])) continue;
                bool forward = std::tie(a.x, a.y) < std::tie(b.x, b.y);
                auto& entry = edge_count[forward ? std::pair{a, b} : std::pair{b, a}];
                entry.first++;
                entry.second = {ring[i], ring[i + 1]};
            }
        });
    }
    std::vector<std::pair<Point2, Point2>> shared;
    for (const auto& [key, entry] : edge_count)
        if (entry.first >= 2) shared.push_back(entry.second);
    for (const std::vector<Point2>& line : chain_segments(shared)) {
        std::vector<Point2> projected;
        for (const Point2& p : line) projected.push_back(to_world(p));
        extrude_polyline(projected, false, mesh.borders);
    }
    return mesh;
}

}  // namespace chronomap
