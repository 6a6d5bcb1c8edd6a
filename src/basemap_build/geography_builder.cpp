#include "geography_builder.h"

#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "basemap_builder.h"
#include "core/map/web_mercator.h"
#include "geo_handles.h"

namespace chronomap {

float river_min_zoom(int level) {
    switch (level) {
        case 1: return 3.5f;  // permanent major rivers: the Nile, the Euphrates, the Tigris
        case 2: return 5.f;   // additional major rivers
        case 3: return 6.5f;  // additional rivers (the Khabur, the Orontes)
        case 4: return 8.f;   // minor rivers
        case 5: return 6.5f;  // intermittent major rivers
        case 6: return 8.5f;  // intermittent additional
        case 7: return 9.5f;  // intermittent minor (the wadis)
        case 8: return 6.5f;  // major canals
        case 9: case 10: return 8.5f;
        default: return -1;   // level 0: double-lined rivers are outlines of river-lakes
    }
}

std::uint32_t river_style(int level) {
    if (level == 1) return 0;
    if (level >= 2 && level <= 4) return 1;
    return 2;
}

float lake_min_zoom(double area_km2) {
    if (area_km2 >= 1000) return 0;   // Lake Victoria, the Aral, Lake Nasser
    if (area_km2 >= 100) return 4.5f;  // Lake Assad (about 600 km²), Lake Tiberias (166)
    if (area_km2 >= 10) return 6.5f;
    if (area_km2 >= 1) return 8.5f;
    return -1;
}

std::string region_name_as_town(const std::string& name) {
    // Natural Earth names a few governorates with another scheme than the seat's name on the
    // same map (core/place_names/exonyms.h): "RACCA" above "Raqqa" was two names for one place.
    static const std::pair<const char*, const char*> kSameAsTown[] = {
        {"Racca", "Raqqa"}, {"Al-Raqqah", "Raqqa"}, {"Dahuk", "Dohouk"}};
    for (const auto& [natural_earth, town] : kSameAsTown)
        if (name == natural_earth) return town;
    return name;
}

std::pair<std::string, std::string> split_admin1_code(const std::string& gn_a1_code) {
    size_t dot = gn_a1_code.find('.');
    if (dot != 2 || dot + 1 >= gn_a1_code.size()) return {};
    return {gn_a1_code.substr(0, 2), gn_a1_code.substr(dot + 1)};
}

std::string clean_french_region_name(const std::string& name) {
    for (const char* prefix : {"de la ", "de l'", "des ", "du ", "de ", "d'"}) {
        std::string p = prefix;
        if (name.size() > p.size() && name.compare(0, p.size(), p) == 0) {
            unsigned char first = static_cast<unsigned char>(name[p.size()]);
            if ((first >= 'A' && first <= 'Z') || first >= 0xc3)  // capital or accented
                return region_name_as_town(name.substr(p.size()));
        }
    }
    return region_name_as_town(name);
}

namespace {

// [SECTION] chunking: shapes sorted by (zoom, style, cell), one chunk per group

struct LineShape {
    float min_zoom = 0;
    std::uint32_t style = 0;
    std::vector<Point2> world;  // projected
};

struct FillShape {
    float min_zoom = 0;
    std::vector<Point2> triangles;  // projected
};

struct Box {
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    void add(const Point2& p) { x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y); }
    Point2 centre() const { return {(x0 + x1) / 2, (y0 + y1) / 2}; }
};

Box box_of(const std::vector<Point2>& points) {
    Box b;
    for (const Point2& p : points) b.add(p);
    return b;
}

GeographyChunk chunk_of(float min_zoom, std::uint32_t style, const Box& b, size_t first, size_t count) {
    return {min_zoom, style, static_cast<float>(b.x0), static_cast<float>(b.y0), static_cast<float>(b.x1),
            static_cast<float>(b.y1), static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(count)};
}

template <class Shape, class Key, class Append>
void chunk_shapes(std::vector<Shape>& shapes, Key key, Append append, std::vector<GeographyChunk>& chunks,
                  auto size) {
    std::vector<std::pair<std::tuple<float, std::uint32_t, int>, size_t>> order;
    for (size_t i = 0; i < shapes.size(); ++i) order.push_back({key(shapes[i]), i});
    std::sort(order.begin(), order.end());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        Box box;
        size_t first = size();
        for (; j < order.size() && order[j].first == order[i].first; ++j) {
            Shape& s = shapes[order[j].second];
            Box b = box_of(s.world_points());
            box.add({b.x0, b.y0}), box.add({b.x1, b.y1});
            append(s);
        }
        auto [zoom, style, cell] = order[i].first;
        chunks.push_back(chunk_of(zoom, style, box, first, size() - first));
        i = j;
    }
}

void add_lines(std::vector<LineShape>& shapes, ChunkedLines& out) {
    struct Keyed : LineShape {
        const std::vector<Point2>& world_points() const { return world; }
    };
    std::vector<Keyed> keyed;
    for (LineShape& s : shapes) keyed.push_back({std::move(s)});
    chunk_shapes(
        keyed,
        [](const Keyed& s) {
            Point2 c = box_of(s.world).centre();
            return std::tuple{s.min_zoom, s.style, geography_cell(c.x, c.y)};
        },
        [&](const Keyed& s) { extrude_polyline(s.world, false, out.mesh); }, out.chunks,
        [&] { return out.mesh.indices.size(); });
}

void add_fills(std::vector<FillShape>& shapes, ChunkedFill& out) {
    struct Keyed : FillShape {
        const std::vector<Point2>& world_points() const { return triangles; }
    };
    std::vector<Keyed> keyed;
    for (FillShape& s : shapes) keyed.push_back({std::move(s)});
    chunk_shapes(
        keyed,
        [](const Keyed& s) {
            Point2 c = box_of(s.triangles).centre();
            return std::tuple{s.min_zoom, std::uint32_t{0}, geography_cell(c.x, c.y)};
        },
        [&](const Keyed& s) {
            for (const Point2& p : s.triangles) {
                out.triangles.push_back(static_cast<float>(p.x));
                out.triangles.push_back(static_cast<float>(p.y));
            }
        },
        out.chunks, [&] { return out.triangles.size() / 2; });
}

// [SECTION] rivers

std::vector<LineShape> read_rivers(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::map<int, std::vector<std::pair<Point2, Point2>>> segments_by_level;
    std::string line;
    int level = -1, number = 0;
    bool have_previous = false;
    Point2 previous;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty()) continue;
        if (line[0] == '>') {
            size_t at = line.find("Level ");
            level = at == std::string::npos ? -1 : std::atoi(line.c_str() + at + 6);
            have_previous = false;
            continue;
        }
        Point2 p;
        if (std::sscanf(line.c_str(), "%lf %lf", &p.x, &p.y) != 2)
            throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": expected \"lon lat\"");
        if (have_previous && river_min_zoom(level) >= 0) segments_by_level[level].push_back({previous, p});
        previous = p, have_previous = true;
    }
    std::vector<LineShape> shapes;
    for (auto& [lvl, segments] : segments_by_level)
        for (const std::vector<Point2>& chain : chain_segments(segments)) {
            LineShape s{river_min_zoom(lvl), river_style(lvl), {}};
            for (const Point2& p : chain) s.world.push_back(to_world(p));
            shapes.push_back(std::move(s));
        }
    if (shapes.empty()) throw std::runtime_error(path.string() + ": no river segments (is it gmt coast -Ia -M output?)");
    return shapes;
}

// [SECTION] GDAL and GEOS helpers

using Dataset = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

Dataset open_vector(const std::filesystem::path& path) {
    GDALAllRegister();
    Dataset dataset{GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY)};
    if (!dataset || dataset->GetLayerCount() < 1)
        throw std::runtime_error(path.string() + ": GDAL cannot read it as a vector file");
    return dataset;
}

template <class Visit>
void for_each_polygon(GEOSContextHandle_t h, const GEOSGeometry* g, Visit&& visit) {
    int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) visit(g);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION)
        for (int i = 0; i < GEOSGetNumGeometries_r(h, g); ++i) for_each_polygon(h, GEOSGetGeometryN_r(h, g, i), visit);
}

// Area of a lon/lat polygon in km², on a sphere, good enough to rank lakes.
double area_km2(GEOSContextHandle_t h, const GEOSGeometry* polygon) {
    double degrees2 = 0, y0 = 0, y1 = 0;
    GEOSArea_r(h, polygon, &degrees2);
    GEOSGeom_getYMin_r(h, polygon, &y0), GEOSGeom_getYMax_r(h, polygon, &y1);
    double km_per_degree = 111.32;
    return degrees2 * km_per_degree * km_per_degree * std::cos((y0 + y1) / 2 * std::numbers::pi / 180);
}

// [SECTION] lakes

std::vector<FillShape> read_lakes(const std::filesystem::path& path) {
    Dataset dataset = open_vector(path);
    GeosContext geos;
    GEOSContextHandle_t h = geos.handle;
    std::vector<FillShape> shapes;
    size_t failed = 0;
    for (auto& feature : *dataset->GetLayer(0)) {
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        GeosPtr all{geometry->exportToGEOS(h), {h}};
        if (!all) continue;
        for_each_polygon(h, all.get(), [&](const GEOSGeometry* polygon) {
            float zoom = lake_min_zoom(area_km2(h, polygon));
            if (zoom < 0) return;
            std::vector<Point2> triangles;
            failed += triangulate_polygons(h, polygon, triangles);
            FillShape s{zoom, {}};
            for (const Point2& p : triangles) s.triangles.push_back(to_world(p));
            if (!s.triangles.empty()) shapes.push_back(std::move(s));
        });
    }
    if (failed > 0) std::fprintf(stderr, "chronomap-build-geography: %zu lake polygons left out (GEOS refused them)\n", failed);
    if (shapes.empty()) throw std::runtime_error(path.string() + ": no lake polygons");
    return shapes;
}

// [SECTION] first-level regions

struct EdgeKey {
    std::int64_t ax, ay, bx, by;
    bool operator==(const EdgeKey&) const = default;
};
struct EdgeKeyHash {
    size_t operator()(const EdgeKey& k) const {
        size_t h = std::hash<std::int64_t>()(k.ax);
        for (std::int64_t v : {k.ay, k.bx, k.by}) h = h * 1000003 ^ std::hash<std::int64_t>()(v);
        return h;
    }
};
struct EdgeUse {
    int count = 0;
    int country = -1;
    bool across_countries = false;
    Point2 a, b;
};

std::string field(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : "";
}
double number_field(OGRFeature& f, const char* name, double fallback) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsDouble(i) : fallback;
}

// Simplified to about half a kilometre: an area event named by its region is a sketch
// (drawn approximate), and the whole world's outlines stay a few megabytes.
constexpr double kOutlineTolerance = 0.005;  // degrees

void add_outline(GEOSContextHandle_t h, const GEOSGeometry* all, const std::string& gn_a1_code,
                 std::map<std::pair<std::string, std::string>, Geometry>& outlines) {
    auto key = split_admin1_code(gn_a1_code);
    if (key.first.empty()) return;
    GeosPtr simple{GEOSTopologyPreserveSimplify_r(h, all, kOutlineTolerance), {h}};
    if (!simple) return;
    Geometry& outline = outlines[key];  // several Natural Earth units may share one code
    outline.kind = GeometryKind::area;
    auto add_ring = [&](const GEOSGeometry* ring) {
        std::vector<LonLat> points;
        for (const Point2& p : ring_points(h, ring)) points.push_back({p.x, p.y});
        if (points.size() >= 4) outline.add_ring(points);
    };
    for_each_polygon(h, simple.get(), [&](const GEOSGeometry* polygon) {
        size_t rings_before = outline.ring_count();
        add_ring(GEOSGetExteriorRing_r(h, polygon));
        if (outline.ring_count() == rings_before) return;  // collapsed to nothing
        for (int i = 0; i < GEOSGetNumInteriorRings_r(h, polygon); ++i) add_ring(GEOSGetInteriorRingN_r(h, polygon, i));
        outline.end_part();
    });
}

void read_regions(const std::filesystem::path& path, std::vector<LineShape>& boundaries, std::vector<RegionName>& names,
                  RegionShapes& shapes) {
    std::map<std::pair<std::string, std::string>, Geometry> outlines;
    Dataset dataset = open_vector(path);
    GeosContext geos;
    GEOSContextHandle_t h = geos.handle;
    std::unordered_map<EdgeKey, EdgeUse, EdgeKeyHash> edges;
    std::map<std::string, int> countries;
    auto snapped = [](const Point2& p) { return std::pair{std::llround(p.x * 1e7), std::llround(p.y * 1e7)}; };
    for (auto& feature : *dataset->GetLayer(0)) {
        double min_label = number_field(*feature, "min_label", 8);
        std::string country_code = field(*feature, "adm0_a3");
        int country = countries.emplace(country_code, static_cast<int>(countries.size())).first->second;
        std::string name_en = field(*feature, "name_en");
        if (name_en.empty()) name_en = field(*feature, "name");
        // Natural Earth marks odd units (the UNDOF zone in the Golan) with a huge min_label.
        if (!name_en.empty() && min_label <= 11)
            names.push_back({static_cast<float>(std::clamp(min_label - 1, 5.5, 9.0)), number_field(*feature, "longitude", 0),
                             number_field(*feature, "latitude", 0), region_name_as_town(name_en),
                             clean_french_region_name(field(*feature, "name_fr"))});
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry) continue;
        GeosPtr all{geometry->exportToGEOS(h), {h}};
        if (!all) continue;
        add_outline(h, all.get(), field(*feature, "gn_a1_code"), outlines);
        for_each_polygon(h, all.get(), [&](const GEOSGeometry* polygon) {
            auto visit = [&](const std::vector<Point2>& ring) {
                for (size_t i = 0; i + 1 < ring.size(); ++i) {
                    auto a = snapped(ring[i]), b = snapped(ring[i + 1]);
                    if (a == b) continue;
                    bool forward = a < b;
                    EdgeKey k = forward ? EdgeKey{a.first, a.second, b.first, b.second}
                                        : EdgeKey{b.first, b.second, a.first, a.second};
                    EdgeUse& use = edges[k];
                    if (use.count > 0 && use.country != country) use.across_countries = true;
                    use.count++, use.country = country, use.a = ring[i], use.b = ring[i + 1];
                }
            };
            visit(ring_points(h, GEOSGetExteriorRing_r(h, polygon)));
            for (int i = 0; i < GEOSGetNumInteriorRings_r(h, polygon); ++i)
                visit(ring_points(h, GEOSGetInteriorRingN_r(h, polygon, i)));
        });
    }
    // Shared by two regions of one country: an internal boundary. Country borders and
    // coastlines are the basemap's.
    std::vector<std::pair<Point2, Point2>> shared;
    for (const auto& [k, use] : edges)
        if (use.count >= 2 && !use.across_countries) shared.push_back({use.a, use.b});
    for (const std::vector<Point2>& chain : chain_segments(shared)) {
        LineShape s{5.5f, 0, {}};
        for (const Point2& p : chain) s.world.push_back(to_world(p));
        boundaries.push_back(std::move(s));
    }
    if (names.empty()) throw std::runtime_error(path.string() + ": no admin-1 regions with names");
    for (auto& [codes, outline] : outlines)
        if (outline.part_count() > 0) shapes.regions.push_back({codes.first, codes.second, std::move(outline)});
}

}  // namespace

GeographyBuild build_geography(const GeographyInputs& inputs) {
    GeographyBuild out;
    std::vector<LineShape> rivers = read_rivers(inputs.rivers_text);
    add_lines(rivers, out.mesh.rivers);
    std::vector<FillShape> lakes = read_lakes(inputs.lakes_geojson);
    add_fills(lakes, out.mesh.lakes);
    std::vector<LineShape> boundaries;
    read_regions(inputs.admin1_geojson, boundaries, out.region_names, out.region_shapes);
    add_lines(boundaries, out.mesh.regions);
    return out;
}

}  // namespace chronomap
