// GeoTIFF export through GDAL: EPSG:3857 with a geotransform matching the MapView, so GIS
// software (QGIS) lays the image exactly over other data.
#pragma once

#include <array>
#include <filesystem>
#include <string>

#include "core/map/web_mercator.h"
#include "render/image.h"

namespace chronomap {

// GDAL's six geotransform numbers for an image of `view` at device resolution.
std::array<double, 6> geotransform_for(const MapView& view);

// Written to a temporary file beside `path`, then renamed. Throws WriteError. `copyright`
// (the data's attribution) goes into the TIFF's copyright tag, where GIS software shows it.
void write_geotiff(const std::filesystem::path& path, const Image& image, const MapView& view,
                   const std::string& copyright = {});

}  // namespace chronomap
