// Reads a user's layer through GDAL: vector features into drawing classes, simplified per
// detail level and triangulated; rasters warped to Web Mercator (a DEM shaded first).
#include <cpl_conv.h>
#include <gdal_alg.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/user_layers/user_layer_classes.h"
#include "core/user_layers/user_layer_data.h"
#include "core/user_layers/user_layer_geometry.h"
#include "core/map/web_mercator.h"

namespace chronomap {

int user_layer_detail_for_zoom(double zoom) { return zoom < 8 ? 0 : zoom < 12 ? 1 : 2; }

double user_layer_tolerance(int detail) {
    // About half a pixel at the highest zoom each level serves (7.99 and 11.99).
    if (detail >= 2) return 0;
    double zoom = detail == 0 ? 8 : 12;
    return 0.5 / (kTileSize * std::exp2(zoom));
}

namespace {

// The point half the line's length along it: where its name goes (a street of two vertices
// is named in its middle, not at an end).
Point2 halfway_along(const std::vector<Point2>& points) {
    double total = 0;
    for (size_t k = 1; k < points.size(); ++k) total += std::hypot(points[k].x - points[k - 1].x, points[k].y - points[k - 1].y);
    double left = total / 2;
    for (size_t k = 1; k < points.size(); ++k) {
        double step = std::hypot(points[k].x - points[k - 1].x, points[k].y - points[k - 1].y);
        if (step >= left && step > 0) {
            double t = left / step;
            return {points[k - 1].x + t * (points[k].x - points[k - 1].x), points[k - 1].y + t * (points[k].y - points[k - 1].y)};
        }
        left -= step;
    }
    return points[points.size() / 2];
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why) {
    throw std::runtime_error(path.string() + ": " + why);
}

std::string gdal_said() {
    std::string message = CPLGetLastErrorMsg();
    return message.empty() ? "" : " (GDAL: " + message + ")";
}

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Only drivers of the formats we document: a file with a misleading extension is refused
// rather than opened by whichever of GDAL's drivers claims it.
const char* const kDrivers[] = {"GPKG",    "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "TopoJSON", "KML",
                                "LIBKML",  "OSM",            "FlatGeobuf", "GML",    "GTiff",    "COG",
                                "MBTiles", "PNG",            "JPEG",    "VRT",        "netCDF",   "AAIGrid",
                                "EHdr",    "ENVI",           "HFA",     "SRTMHGT",    "WEBP",     nullptr};

// [SECTION] vector

struct RawGroup {
    UserFeatureGroup group;
    std::vector<std::vector<Point2>> lines;
    std::vector<std::vector<std::vector<Point2>>> polygons;  // rings
};

class VectorCollector {
public:
    VectorCollector(const UserLayerStyle& style, bool osm) : style_(style), osm_(osm) {}

    void add(OGRFeature& feature, const std::string& layer_name, OGRCoordinateTransformation* to_wgs84) {
        OGRGeometry* geometry = feature.GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) return;
        std::string class_name;
        if (osm_) {
            OGRFeatureDefn* definition = feature.GetDefnRef();
            class_name = osm_class(layer_name, [&](const char* tag) -> std::string {
                int index = definition->GetFieldIndex(tag);
                return index >= 0 && feature.IsFieldSetAndNotNull(index) ? feature.GetFieldAsString(index) : "";
            });
            if (class_name.empty() || !wanted(class_name)) return;
        }
        std::unique_ptr<OGRGeometry> owned;
        if (to_wgs84) {
            owned.reset(geometry->clone());
            if (owned->transform(to_wgs84) != OGRERR_NONE) {
                ++not_projected_;
                return;
            }
            geometry = owned.get();
        }
        std::string label;
        if (!style_.label.empty()) {
            int index = feature.GetFieldIndex(style_.label.c_str());
            if (index >= 0 && feature.IsFieldSetAndNotNull(index)) label = feature.GetFieldAsString(index);
        }
        size_t before = feature_count_;
        add_geometry(geometry, class_name, label);
        if (feature_count_ == before) ++not_drawn_;
    }

    UserVectorData finish(std::vector<std::string>& warnings) {
        if (not_projected_ > 0)
            warnings.push_back(std::to_string(not_projected_) + " features could not be reprojected to WGS 84 and were skipped");
        std::vector<RawGroup*> ordered;
        for (auto& [name, raw] : groups_) ordered.push_back(&raw);
        std::stable_sort(ordered.begin(), ordered.end(), [](const RawGroup* a, const RawGroup* b) {
            auto rank = [](const RawGroup* g) {
                return std::pair(osm_class_order(g->group.class_name), static_cast<int>(g->group.geometry == UserGeometry::line) +
                                                                        2 * static_cast<int>(g->group.geometry == UserGeometry::point));
            };
            return rank(a) < rank(b);
        });
        UserVectorData data;
        PolygonTriangulator triangulator;
        for (RawGroup* raw : ordered) {
            UserFeatureGroup& group = raw->group;
            double min_zoom = default_look(group.class_name, group.geometry, false).min_zoom;
            for (int detail = 0; detail < kUserLayerDetails; ++detail) {
                // A class hidden at every zoom this level serves needs no geometry there.
                if (detail == 0 && min_zoom >= 8) continue;
                if (detail == 1 && min_zoom >= 12) continue;
                double tolerance = user_layer_tolerance(detail);
                for (const auto& line : raw->lines) {
                    std::vector<Point2> simple = simplify_polyline(line, tolerance);
                    if (tolerance > 0 && simple.size() == 2 && std::hypot(simple[1].x - simple[0].x, simple[1].y - simple[0].y) < tolerance)
                        continue;  // smaller than a pixel where it is drawn
                    extrude_polyline(simple, false, group.lines[detail]);
                }
                for (const auto& rings : raw->polygons) {
                    std::vector<std::vector<Point2>> simple;
                    for (const auto& ring : rings) {
                        auto [x0, x1] = std::minmax_element(ring.begin(), ring.end(), [](auto& a, auto& b) { return a.x < b.x; });
                        auto [y0, y1] = std::minmax_element(ring.begin(), ring.end(), [](auto& a, auto& b) { return a.y < b.y; });
                        if (tolerance > 0 && x1->x - x0->x < 2 * tolerance && y1->y - y0->y < 2 * tolerance) {
                            if (simple.empty()) break;  // the outer ring is under a pixel: drop it all
                            continue;
                        }
                        std::vector<Point2> s = simplify_polyline(ring, tolerance);
                        if (s.size() >= 3) simple.push_back(std::move(s));
                        else if (simple.empty()) break;
                    }
                    if (simple.empty()) continue;
                    if (!triangulator.fill(simple, group.fill[detail])) ++not_triangulated_;
                    for (const auto& ring : simple) extrude_polyline(ring, true, group.lines[detail]);
                }
            }
            data.groups.push_back(std::move(group));
        }
        if (not_triangulated_ > 0)
            warnings.push_back(std::to_string(not_triangulated_) + " polygons could not be filled (invalid rings); their outlines are drawn");
        return data;
    }

    size_t features() const { return feature_count_; }
    size_t not_drawn() const { return not_drawn_; }
    double west = 180, south = 90, east = -180, north = -90;

private:
    bool wanted(const std::string& class_name) const {
        if (style_.classes.empty()) return true;
        for (const std::string& group : style_.classes)
            if (osm_class_in(class_name, group)) return true;
        return false;
    }

    RawGroup& group_for(const std::string& class_name, UserGeometry geometry) {
        static const char* generic[] = {"point", "line", "area"};
        std::string name = class_name.empty() ? generic[static_cast<int>(geometry)] : class_name;
        RawGroup& raw = groups_[name];
        raw.group.class_name = name;
        raw.group.geometry = geometry;
        return raw;
    }

    Point2 world(double lon, double lat) {
        west = std::min(west, lon), east = std::max(east, lon);
        south = std::min(south, lat), north = std::max(north, lat);
        WorldPoint w = lonlat_to_world({lon, lat});
        return {w.x, w.y};
    }

    std::vector<Point2> points_of(const OGRLineString& line) {
        std::vector<Point2> points;
        points.reserve(static_cast<size_t>(line.getNumPoints()));
        for (int i = 0; i < line.getNumPoints(); ++i) points.push_back(world(line.getX(i), line.getY(i)));
        return points;
    }

    void add_geometry(const OGRGeometry* geometry, const std::string& class_name, const std::string& label) {
        switch (wkbFlatten(geometry->getGeometryType())) {
            case wkbPoint: {
                auto* p = geometry->toPoint();
                Point2 w = world(p->getX(), p->getY());
                RawGroup& raw = group_for(class_name, UserGeometry::point);
                raw.group.points.push_back(static_cast<float>(w.x));
                raw.group.points.push_back(static_cast<float>(w.y));
                add_label(raw, w, label);
                ++raw.group.features, ++feature_count_;
                break;
            }
            case wkbLineString:
            case wkbCircularString:
            case wkbCompoundCurve: {
                std::unique_ptr<OGRLineString> linear;
                const OGRLineString* line = nullptr;
                if (wkbFlatten(geometry->getGeometryType()) == wkbLineString) {
                    line = geometry->toLineString();
                } else {
                    linear.reset(geometry->toCurve()->getLinearGeometry()->toLineString());
                    line = linear.get();
                }
                std::vector<Point2> points = points_of(*line);
                if (points.size() < 2) break;
                RawGroup& raw = group_for(class_name, UserGeometry::line);
                add_label(raw, halfway_along(points), label);
                raw.lines.push_back(std::move(points));
                ++raw.group.features, ++feature_count_;
                break;
            }
            case wkbPolygon: {
                const OGRPolygon* polygon = geometry->toPolygon();
                std::vector<std::vector<Point2>> rings;
                if (!polygon->getExteriorRing()) break;
                rings.push_back(points_of(*polygon->getExteriorRing()));
                for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
                    rings.push_back(points_of(*polygon->getInteriorRing(i)));
                if (rings[0].size() < 3) break;
                RawGroup& raw = group_for(class_name, UserGeometry::area);
                Point2 middle{0, 0};
                for (const Point2& p : rings[0]) middle.x += p.x, middle.y += p.y;
                middle.x /= static_cast<double>(rings[0].size()), middle.y /= static_cast<double>(rings[0].size());
                add_label(raw, middle, label);
                raw.polygons.push_back(std::move(rings));
                ++raw.group.features, ++feature_count_;
                break;
            }
            case wkbCurvePolygon:
            case wkbMultiSurface: {
                std::unique_ptr<OGRGeometry> linear(geometry->getLinearGeometry());
                if (linear) add_geometry(linear.get(), class_name, label);
                break;
            }
            case wkbMultiPoint:
            case wkbMultiLineString:
            case wkbMultiPolygon:
            case wkbGeometryCollection:
            case wkbMultiCurve: {
                const OGRGeometryCollection* collection = geometry->toGeometryCollection();
                for (int i = 0; i < collection->getNumGeometries(); ++i)
                    add_geometry(collection->getGeometryRef(i), class_name, i == 0 ? label : std::string());
                break;
            }
            default: break;
        }
    }

    void add_label(RawGroup& raw, Point2 at, const std::string& text) {
        if (!text.empty()) raw.group.labels.push_back({static_cast<float>(at.x), static_cast<float>(at.y), text});
    }

    const UserLayerStyle& style_;
    bool osm_;
    std::map<std::string, RawGroup> groups_;
    size_t feature_count_ = 0, not_drawn_ = 0, not_projected_ = 0, not_triangulated_ = 0;
};

std::unique_ptr<OGRCoordinateTransformation> transform_to_wgs84(OGRLayer& layer, std::vector<std::string>& warnings) {
    const OGRSpatialReference* source = layer.GetSpatialRef();
    if (!source) {
        warnings.push_back("layer \"" + std::string(layer.GetName()) +
                           "\" names no coordinate system: read as WGS 84 longitude, latitude");
        return nullptr;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (source->IsSame(&wgs84)) return nullptr;
    return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(source, &wgs84));
}

void read_vector(GDALDataset& dataset, const std::filesystem::path& path, const UserLayerStyle& style,
                 UserLayerData& data) {
    bool osm = std::string(dataset.GetDriverName()) == "OSM";
    VectorCollector collector(style, osm);
    std::vector<OGRLayer*> layers;
    for (OGRLayer* layer : dataset.GetLayers()) {
        std::string name = layer->GetName();
        if (!style.layer.empty() && name != style.layer) continue;
        // The OSM driver's points (shops, benches) and relations would clutter a street map.
        if (osm && style.layer.empty() && name != "lines" && name != "multipolygons") continue;
        layers.push_back(layer);
    }
    if (layers.empty()) {
        std::string names;
        for (OGRLayer* layer : dataset.GetLayers()) names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
        fail(path, style.layer.empty() ? "holds no vector layer" : "has no layer \"" + style.layer + "\" (its layers: " + names + ")");
    }
    std::map<OGRLayer*, std::unique_ptr<OGRCoordinateTransformation>> transforms;
    std::map<OGRLayer*, bool> usable;
    size_t filter_failures = 0;
    std::string filter_error;
    for (OGRLayer* layer : layers) {
        transforms[layer] = transform_to_wgs84(*layer, data.warnings);
        usable[layer] = true;
        if (!style.where.empty()) {
            CPLErrorReset();
            if (layer->SetAttributeFilter(style.where.c_str()) != OGRERR_NONE) {
                usable[layer] = false;
                ++filter_failures;
                filter_error = CPLGetLastErrorMsg();
            }
        }
    }
    if (filter_failures == layers.size())
        fail(path, "where=" + style.where + " is not a filter GDAL accepts here: " + filter_error +
                       " (write it as an SQL condition on the layer's fields, e.g. highway = 'primary')");
    if (osm) {
        // The OSM driver reads the file once for all layers (interleaved reading).
        for (OGRLayer* layer : dataset.GetLayers()) {
            bool wanted = std::find(layers.begin(), layers.end(), layer) != layers.end() && usable[layer];
            if (!wanted) layer->SetAttributeFilter("0 = 1");
        }
        OGRLayer* layer = nullptr;
        for (;;) {
            std::unique_ptr<OGRFeature> feature(dataset.GetNextFeature(&layer, nullptr, nullptr, nullptr));
            if (!feature) break;
            if (!usable.contains(layer) || !usable[layer]) continue;
            collector.add(*feature, layer->GetName(), transforms[layer].get());
        }
    } else {
        for (OGRLayer* layer : layers) {
            if (!usable[layer]) continue;
            layer->ResetReading();
            for (auto& feature : *layer) collector.add(*feature, layer->GetName(), transforms[layer].get());
        }
    }
    if (CPLGetLastErrorType() >= CE_Failure && collector.features() == 0)
        fail(path, "could not be read" + gdal_said());
    data.vector = collector.finish(data.warnings);
    if (collector.features() == 0)
        data.warnings.push_back(osm ? "no roads, railways, rivers, water, built-up areas, parks or buildings in it"
                                    : (style.where.empty() ? "no features with a geometry" : "no feature matches where=" + style.where));
    if (collector.features() > 0) {
        data.west = collector.west, data.east = collector.east, data.south = collector.south, data.north = collector.north;
    }
}

// [SECTION] raster

constexpr int kMaxRasterSide = 4096;  // a texture this size stays cheap on software GL

bool looks_like_dem(GDALDataset& dataset) {
    if (dataset.GetRasterCount() != 1) return false;
    GDALRasterBand* band = dataset.GetRasterBand(1);
    if (band->GetColorTable()) return false;
    GDALDataType type = band->GetRasterDataType();
    return type != GDT_Byte;  // heights come as integers wider than a byte, or floats
}

DatasetPtr run_translate(GDALDataset* source, std::vector<std::string> args, const std::filesystem::path& path) {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALTranslateOptions* options = GDALTranslateOptionsNew(argv.data(), nullptr);
    int usage_error = 0;
    DatasetPtr out(GDALDataset::FromHandle(GDALTranslate("", GDALDataset::ToHandle(source), options, &usage_error)));
    GDALTranslateOptionsFree(options);
    if (!out) fail(path, "could not be converted" + gdal_said());
    return out;
}

DatasetPtr hillshade(GDALDataset* dem, const std::filesystem::path& path) {
    std::vector<std::string> args = {"-of", "MEM", "-compute_edges", "-z", "2", "-multidirectional"};
    const OGRSpatialReference* srs = dem->GetSpatialRef();
    if (srs && srs->IsGeographic()) args.insert(args.end(), {"-s", "111120"});  // degrees vs metres
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALDEMProcessingOptions* options = GDALDEMProcessingOptionsNew(argv.data(), nullptr);
    int usage_error = 0;
    DatasetPtr out(GDALDataset::FromHandle(
        GDALDEMProcessing("", GDALDataset::ToHandle(dem), "hillshade", nullptr, options, &usage_error)));
    GDALDEMProcessingOptionsFree(options);
    if (!out) fail(path, "could not be shaded as relief" + gdal_said());
    return out;
}

DatasetPtr warp_to_mercator(GDALDataset* source, const std::filesystem::path& path, bool nearest) {
    if (!source->GetSpatialRef() && !source->GetGCPSpatialRef())
        fail(path, "is not georeferenced (no coordinate system): GDAL cannot place it on the map");
    // The output size GDAL suggests, capped: a 20000 px drone image becomes a 4096 px texture.
    void* transformer = GDALCreateGenImgProjTransformer2(GDALDataset::ToHandle(source), nullptr,
                                                         std::array<char*, 2>{const_cast<char*>("DST_SRS=EPSG:3857"), nullptr}.data());
    if (!transformer) fail(path, "cannot be reprojected to Web Mercator" + gdal_said());
    double geotransform[6];
    int width = 0, height = 0;
    CPLErr error = GDALSuggestedWarpOutput(GDALDataset::ToHandle(source), GDALGenImgProjTransform, transformer,
                                           geotransform, &width, &height);
    GDALDestroyGenImgProjTransformer(transformer);
    if (error != CE_None || width <= 0 || height <= 0) fail(path, "cannot be reprojected to Web Mercator" + gdal_said());
    double shrink = std::max(1.0, static_cast<double>(std::max(width, height)) / kMaxRasterSide);
    width = std::max(1, static_cast<int>(width / shrink)), height = std::max(1, static_cast<int>(height / shrink));
    std::vector<std::string> args = {"-of", "MEM", "-t_srs", "EPSG:3857", "-r", nearest ? "near" : "bilinear",
                                     "-dstalpha", "-ts", std::to_string(width), std::to_string(height),
                                     "-wo", "SAMPLE_GRID=YES"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH sources[] = {GDALDataset::ToHandle(source)};
    int usage_error = 0;
    DatasetPtr out(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, sources, options, &usage_error)));
    GDALWarpAppOptionsFree(options);
    if (!out) fail(path, "could not be reprojected to Web Mercator" + gdal_said());
    return out;
}

void read_raster(GDALDataset& dataset, const std::filesystem::path& path, const UserLayerStyle& style, UserLayerData& data) {
    bool dem = style.dem.value_or(looks_like_dem(dataset));
    DatasetPtr prepared;
    GDALDataset* source = &dataset;
    if (dem) {
        if (dataset.GetRasterCount() != 1) fail(path, "dem=yes needs a single band of heights; it has " + std::to_string(dataset.GetRasterCount()));
        int side = std::max(dataset.GetRasterXSize(), dataset.GetRasterYSize());
        if (side > kMaxRasterSide) {  // shade what will be shown, not 50000 px of heights
            double shrink = static_cast<double>(side) / kMaxRasterSide;
            prepared = run_translate(source, {"-of", "MEM", "-r", "average", "-outsize",
                                              std::to_string(static_cast<int>(dataset.GetRasterXSize() / shrink)),
                                              std::to_string(static_cast<int>(dataset.GetRasterYSize() / shrink))}, path);
            source = prepared.get();
        }
        prepared = hillshade(source, path);
        source = prepared.get();
    } else if (dataset.GetRasterBand(1)->GetColorTable()) {
        prepared = run_translate(source, {"-of", "MEM", "-expand", "rgba"}, path);
        source = prepared.get();
    }
    DatasetPtr warped = warp_to_mercator(source, path, false);
    int width = warped->GetRasterXSize(), height = warped->GetRasterYSize();
    int bands = warped->GetRasterCount();
    UserRasterData& raster = data.raster;
    raster.width = width, raster.height = height, raster.hillshade = dem;
    raster.rgba.assign(static_cast<size_t>(width) * height * 4, 0);
    // Colour bands first, then the alpha band GDAL added where the source has data.
    int alpha_band = 0;
    std::vector<int> colour_bands;
    for (int b = 1; b <= bands; ++b) {
        if (warped->GetRasterBand(b)->GetColorInterpretation() == GCI_AlphaBand) alpha_band = b;
        else if (colour_bands.size() < 3) colour_bands.push_back(b);
    }
    std::vector<std::uint8_t> plane(static_cast<size_t>(width) * height);
    auto read_band = [&](int band) {
        if (warped->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, width, height, plane.data(), width, height, GDT_Byte, 0, 0) != CE_None)
            fail(path, "could not be read" + gdal_said());
    };
    for (int c = 0; c < 3; ++c) {
        if (colour_bands.empty()) break;
        read_band(colour_bands[std::min<size_t>(c, colour_bands.size() - 1)]);  // grey: the one band thrice
        for (size_t i = 0; i < plane.size(); ++i) raster.rgba[4 * i + c] = plane[i];
    }
    if (alpha_band) {
        read_band(alpha_band);
        for (size_t i = 0; i < plane.size(); ++i) raster.rgba[4 * i + 3] = plane[i];
    } else {
        for (size_t i = 0; i < plane.size(); ++i) raster.rgba[4 * i + 3] = 255;
    }
    if (dem) {
        // Relief as shade over the map's own colours: shadows darken, sunlit slopes lighten a
        // little, flat ground (GDAL's 181 for a flat cell in multidirectional mode) is clear.
        for (size_t i = 0; i < plane.size(); ++i) {
            std::uint8_t* px = &raster.rgba[4 * i];
            if (px[3] == 0) continue;
            int shade = px[0];
            bool dark = shade < 181;
            // Shadows count more than light (as on printed relief maps); the ramp saturates
            // at 90 and 60 steps from flat so that gentle terrain still reads.
            double strength = dark ? (181.0 - shade) / 90.0 : (shade - 181.0) / 60.0;
            std::uint8_t value = dark ? 30 : 255;
            px[0] = px[1] = px[2] = value;
            px[3] = static_cast<std::uint8_t>(std::clamp(strength, 0.0, 1.0) * (dark ? 190.0 : 120.0) * px[3] / 255);
        }
    }
    // Premultiplied, so that the GPU's filtering of a shrunk image does not mix the colour of
    // transparent pixels (flat ground, outside the image) into their neighbours.
    for (size_t i = 0; i < plane.size(); ++i) {
        std::uint8_t* px = &raster.rgba[4 * i];
        for (int c = 0; c < 3; ++c) px[c] = static_cast<std::uint8_t>((px[c] * px[3] + 127) / 255);
    }
    double gt[6];
    warped->GetGeoTransform(gt);
    auto world_x = [](double m) { return (m / kMercatorHalfExtentMeters + 1) / 2; };
    auto world_y = [](double m) { return (1 - m / kMercatorHalfExtentMeters) / 2; };
    raster.x0 = world_x(gt[0]), raster.x1 = world_x(gt[0] + gt[1] * width);
    raster.y0 = world_y(gt[3]), raster.y1 = world_y(gt[3] + gt[5] * height);
    LonLat nw = world_to_lonlat({raster.x0, raster.y0}), se = world_to_lonlat({raster.x1, raster.y1});
    data.west = nw.lon, data.north = nw.lat, data.east = se.lon, data.south = se.lat;
}

}  // namespace

UserLayerData read_user_layer(const std::filesystem::path& path, const UserLayerStyle& style) {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) fail(path, "no such file");
    if (std::filesystem::is_directory(path, ec) && path.extension() != ".gdb")
        fail(path, "is a folder; name the layer's file (.gpkg, .shp, .geojson, .osm.pbf, .tif, .mbtiles)");
    CPLPushErrorHandler(CPLQuietErrorHandler);
    struct PopHandler {
        ~PopHandler() { CPLPopErrorHandler(); }
    } pop;
    CPLErrorReset();
    // The OSM driver's defaults suit a street map; its temporary database goes to the cache
    // folder's parent temp, not next to the user's data.
    DatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY, kDrivers));
    if (!dataset) {
        std::string said = CPLGetLastErrorMsg();
        fail(path, said.empty() ? "is not a layer GDAL can read (supported: GeoPackage, Shapefile, GeoJSON, KML, "
                                  "OpenStreetMap .osm/.osm.pbf, GeoTIFF, MBTiles)"
                                : "GDAL cannot open it: " + said);
    }
    UserLayerData data;
    data.driver = dataset->GetDriverName();
    if (dataset->GetLayerCount() > 0) {
        read_vector(*dataset, path, style, data);
    } else if (dataset->GetRasterCount() > 0) {
        data.is_raster = true;
        read_raster(*dataset, path, style, data);
    } else {
        fail(path, "holds neither features nor an image" + gdal_said());
    }
    return data;
}

}  // namespace chronomap
