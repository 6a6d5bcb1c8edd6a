#include "place_names_builder.h"

#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

#include "geo_handles.h"
#include "core/place_names/exonyms.h"
#include "core/place_names/seat_towns.h"
#include "core/map/web_mercator.h"

namespace chronomap {
namespace {

nlohmann::json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return nlohmann::json::parse(in);
}

// i18n-iso-countries writes a name or a list of names (the first is the usual one).
std::string first_name(const nlohmann::json& value) {
    if (value.is_array()) return value.empty() ? std::string() : value[0].get<std::string>();
    return value.get<std::string>();
}

// French country names by ISO 3166-1 numeric code ("760": "Syrie").
std::unordered_map<std::string, std::string> french_country_names(
    const std::filesystem::path& package) {
    nlohmann::json codes = read_json(package / "codes.json");
    nlohmann::json french = read_json(package / "langs" / "fr.json").at("countries");
    std::unordered_map<std::string, std::string> names;
    for (const auto& row : codes) {
        std::string alpha2 = row.at(0), numeric = row.at(2);
        if (french.contains(alpha2)) names[numeric] = first_name(french.at(alpha2));
    }
    return names;
}

// A country's polygons in Web Mercator world units, made valid; null when GEOS fails.
GeosPtr to_world(GEOSContextHandle_t h, const GEOSGeometry* lonlat) {
    GeosPtr world{GEOSGeom_transformXY_r(
                      h, lonlat,
                      [](double* x, double* y, void*) {
                          WorldPoint w = lonlat_to_world({*x, *y});
                          *x = w.x, *y = w.y;
                          return 1;
                      },
                      nullptr),
                  {h}};
    if (!world) return GeosPtr{nullptr, {h}};
    return GeosPtr{GEOSMakeValid_r(h, world.get()), {h}};
}

// The label point and inscribed radius of a country's largest polygon, in world units.
std::pair<WorldPoint, double> label_point(GEOSContextHandle_t h, const GEOSGeometry* world) {
    const GEOSGeometry* largest = nullptr;
    double largest_area = 0;
    for (int i = 0; i < GEOSGetNumGeometries_r(h, world); ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, world, i);
        double area = 0;
        if (GEOSGeomTypeId_r(h, part) == GEOS_POLYGON && GEOSArea_r(h, part, &area) &&
            area > largest_area)
            largest = part, largest_area = area;
    }
    if (!largest) return {{}, 0};
    GeosPtr radius_line{GEOSMaximumInscribedCircle_r(h, largest, 1e-5), {h}};
    if (!radius_line) return {{}, 0};
    const GEOSCoordSequence* points = GEOSGeom_getCoordSeq_r(h, radius_line.get());
    WorldPoint centre, edge;
    GEOSCoordSeq_getXY_r(h, points, 0, &centre.x, &centre.y);
    GEOSCoordSeq_getXY_r(h, points, 1, &edge.x, &edge.y);
    return {centre, std::hypot(edge.x - centre.x, edge.y - centre.y)};
}

// More points inside a country, one per cell of a grid of about 0.7 degrees, well away from
// its borders: at story zoom a neighbour's main point is often out of view (Iraq's, on a map
// of the Euphrates valley), and the map would leave the land across the border unnamed.
// The layout names a country once, at its main point when in view, else at the one of these
// nearest the middle (core/place_names/place_name_layout.cpp).
std::vector<WorldPoint> interior_points(GEOSContextHandle_t h, const GEOSGeometry* world) {
    constexpr double cell = 1.0 / 512;
    std::vector<WorldPoint> points;
    double x0, y0, x1, y1;
    if (!GEOSGeom_getXMin_r(h, world, &x0) || !GEOSGeom_getYMin_r(h, world, &y0) ||
        !GEOSGeom_getXMax_r(h, world, &x1) || !GEOSGeom_getYMax_r(h, world, &y1))
        return points;
    GeosPtr boundary{GEOSBoundary_r(h, world), {h}};
    if (!boundary) return points;
    const GEOSPreparedGeometry* inside = GEOSPrepare_r(h, world);
    const GEOSPreparedGeometry* edge = GEOSPrepare_r(h, boundary.get());
    for (double y = (std::floor(y0 / cell) + 0.5) * cell; y < y1; y += cell)
        for (double x = (std::floor(x0 / cell) + 0.5) * cell; x < x1; x += cell) {
            GeosPtr point{GEOSGeom_createPointFromXY_r(h, x, y), {h}};
            double distance = 0;
            if (point && GEOSPreparedContains_r(h, inside, point.get()) == 1 &&
                GEOSPreparedDistance_r(h, edge, point.get(), &distance) && distance > cell * 0.4)
                points.push_back({x, y});
        }
    GEOSPreparedGeom_destroy_r(h, inside);
    GEOSPreparedGeom_destroy_r(h, edge);
    return points;
}

void add_countries(const PlaceNameSources& sources, std::vector<PlaceName>& out) {
    std::unordered_map<std::string, std::string> french =
        french_country_names(sources.iso_countries);
    GDALAllRegister();
    const char* drivers[] = {"TopoJSON", nullptr};
    std::unique_ptr<GDALDataset, GdalDatasetCloser> dataset{GDALDataset::Open(
        sources.countries_topojson.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers)};
    OGRLayer* countries = dataset ? dataset->GetLayerByName("countries") : nullptr;
    if (!countries)
        throw std::runtime_error(sources.countries_topojson.string() +
                                 ": no \"countries\" (world-atlas TopoJSON)");
    GeosContext geos;
    for (auto& feature : *countries) {
        std::string id = feature->GetFieldAsString("id"), name = feature->GetFieldAsString("name");
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || name.empty() || id == "010")
            continue;  // Antarctica: beyond the map's edge
        // Only countries with an ISO 3166-1 code (and Kosovo, XK): no label for disputed or
        // unrecognised areas (N. Cyprus, Somaliland, Siachen Glacier), which the map leaves to the
        // reader.
        if (id.empty() && name != "Kosovo") continue;
        GeosPtr polygons{geometry->exportToGEOS(geos.handle), {geos.handle}};
        if (!polygons) continue;
        GeosPtr world = to_world(geos.handle, polygons.get());
        if (!world) continue;
        auto [point, radius] = label_point(geos.handle, world.get());
        if (radius <= 0) continue;
        LonLat at = world_to_lonlat(point);
        auto fr = french.find(id);
        std::string name_fr = fr != french.end() && fr->second != name ? fr->second : std::string();
        out.push_back({PlaceNameKind::country, country_min_zoom(radius), at.lon, at.lat, 0, name, name_fr});
        float main_min_zoom = out.back().min_zoom;
        for (WorldPoint inner : interior_points(geos.handle, world.get())) {
            LonLat in = world_to_lonlat(inner);
            out.push_back({PlaceNameKind::country_interior, std::max(kCountryInteriorMinZoom, main_min_zoom), in.lon, in.lat, 0,
                           name, name_fr});
        }
    }
}

// The curated names (geodata/exonyms.tsv); a bad line stops the build with its place.
ExonymTable read_exonyms(const std::filesystem::path& path) {
    if (path.empty()) return {};
    std::vector<Diagnostic> problems;
    ExonymTable table = ExonymTable::read(path, problems);
    if (!problems.empty()) {
        const Diagnostic& d = problems.front();
        throw std::runtime_error(d.file + ":" + std::to_string(d.line) + ": " + d.message);
    }
    return table;
}

void add_cities(const PlaceNameSources& sources, std::vector<PlaceName>& out) {
    ExonymTable exonyms = read_exonyms(sources.exonyms);
    std::ifstream in(sources.cities500);
    if (!in) throw std::runtime_error("cannot read " + sources.cities500.string());
    // Populated places that are towns today (not city quarters, ruins or former places).
    static const std::string kept_codes[] = {"PPL",   "PPLA", "PPLA2", "PPLA3",
                                             "PPLA4", "PPLC", "PPLG"};
    std::string line;
    std::vector<std::string> f;
    size_t first = out.size();
    std::vector<TownFacts> facts;  // parallel to the cities added
    while (std::getline(in, line)) {
        f.clear();
        size_t start = 0;
        for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
            f.push_back(line.substr(start, tab - start));
        f.push_back(line.substr(start));
        if (f.size() < 15 || f[6] != "P") continue;
        if (std::find(std::begin(kept_codes), std::end(kept_codes), f[7]) == std::end(kept_codes))
            continue;
        std::int64_t population = std::atoll(f[14].c_str());
        bool capital = f[7] == "PPLC";
        float zoom = city_min_zoom(population, capital);
        if (population == 0 && f[7].starts_with("PPLA"))
            zoom = unknown_size_seat_min_zoom(f[7] == "PPLA" ? 1 : f[7][4] - '0');
        if (zoom < 0) continue;
        // One rule for every name of a place (core/place_names/exonyms.h).
        auto id = static_cast<std::uint32_t>(std::strtoul(f[0].c_str(), nullptr, 10));
        std::string name = display_name(exonyms, id, f[1], f[8], NameLanguage::en);
        std::string french = display_name(exonyms, id, f[1], f[8], NameLanguage::fr);
        // Kept when curated though the same ("Misrata"): a region named after the town takes
        // a curated French name only (core/place_names/region_seat_names.h).
        if (french == name && !exonyms.find(id, NameLanguage::fr)) french.clear();
        out.push_back({capital ? PlaceNameKind::capital : PlaceNameKind::city, zoom,
                       std::atof(f[5].c_str()), std::atof(f[4].c_str()), population, name, french});
        facts.push_back({capital || f[7] == "PPLA", f[7] == "PPL", f[8]});
    }
    rank_seats_with_their_towns(std::span(out).subspan(first), facts);
    // Largest first: the order in which they are placed.
    std::stable_sort(
        out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
        [](const PlaceName& a, const PlaceName& b) { return a.population > b.population; });
}

}  // namespace

std::vector<PlaceName> build_place_names(const PlaceNameSources& sources) {
    std::vector<PlaceName> names;
    add_countries(sources, names);
    add_cities(sources, names);
    return names;
}

}  // namespace chronomap
