// Owners for the GEOS and GDAL objects the geodata builders use (basemap meshes, place
// names): a thread context, geometries and datasets freed when they go out of scope.
#pragma once

#include <gdal_priv.h>
#include <geos_c.h>

#include <memory>

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

}  // namespace chronomap
