// Owners for the GEOS and GDAL objects the geodata builders use (basemap meshes, place
// names): a thread context, geometries and datasets freed when they go out of scope.
#pragma once

#include <gdal_priv.h>
#include <geos_c.h>

#include <memory>
#include <vector>

#include "core/map/basemap_mesh.h"
#include "core/map/web_mercator.h"

namespace chronomap {

struct GeosContext {
    GEOSContextHandle_t handle = GEOS_init_r();
    ~GeosContext() { GEOS_finish_r(handle); }
};

struct GeosDeleter {
    GEOSContextHandle_t handle;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
};
using GeosPtr = std::unique_ptr<GEOSGeometry, GeosDeleter>;

struct GdalDatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};

// A GEOS ring's points, lon/lat as the source files hold them.
inline std::vector<Point2> ring_points(GEOSContextHandle_t h, const GEOSGeometry* ring) {
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(h, sequence, &size);
    std::vector<Point2> points(size);
    for (unsigned int i = 0; i < size; ++i) GEOSCoordSeq_getXY_r(h, sequence, i, &points[i].x, &points[i].y);
    return points;
}

// A lon/lat point in the meshes' world coordinates (web_mercator.h).
inline Point2 to_world(const Point2& lonlat) {
    WorldPoint w = lonlat_to_world({lonlat.x, lonlat.y});
    return {w.x, w.y};
}

}  // namespace chronomap
