#include "render/geotiff_writer.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <unistd.h>

#include <vector>

#include "core/io/atomic_file.h"

namespace chronomap {

std::array<double, 6> geotransform_for(const MapView& view) {
    WorldPoint top_left = view.pixel_to_world({0, 0});
    double size = view.mercator_meters_per_device_pixel();
    return {world_x_to_meters(top_left.x), size, 0, world_y_to_meters(top_left.y), 0, -size};
}

void write_geotiff(const std::filesystem::path& path, const Image& image, const MapView& view,
                   const std::string& copyright) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver) throw WriteError("cannot write " + path.string() + ": this GDAL has no GTiff driver");
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(::getpid());
    // ALPHA=NON-PREMULTIPLIED: the fourth band is unassociated alpha (TIFF ExtraSamples=2),
    // as the pixels are; GDAL knows no "UNASSOCIATED" and warned about it.
    const char* options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", "ALPHA=NON-PREMULTIPLIED", nullptr};
    CPLErrorReset();
    GDALDataset* dataset = driver->Create(temporary.c_str(), image.width, image.height, 4, GDT_Byte,
                                          const_cast<char**>(options));
    if (!dataset)
        throw WriteError("cannot create " + path.string() + ": " + CPLGetLastErrorMsg());
    dataset->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
    std::array<double, 6> transform = geotransform_for(view);
    dataset->SetGeoTransform(transform.data());
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    dataset->SetSpatialRef(&mercator);
    if (!copyright.empty()) dataset->SetMetadataItem("TIFFTAG_COPYRIGHT", copyright.c_str());
    CPLErr error = dataset->RasterIO(GF_Write, 0, 0, image.width, image.height,
                                     const_cast<std::uint8_t*>(image.rgba.data()), image.width, image.height,
                                     GDT_Byte, 4, nullptr, 4, 4L * image.width, 1);
    GDALClose(dataset);  // flushes; failures show up as GDAL's last error
    if (error != CE_None || CPLGetLastErrorType() == CE_Failure) {
        std::filesystem::remove(temporary);
        throw WriteError("cannot write " + path.string() + ": " + CPLGetLastErrorMsg());
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary);
        throw WriteError("cannot write " + path.string() + ": " + ec.message());
    }
}

}  // namespace chronomap
