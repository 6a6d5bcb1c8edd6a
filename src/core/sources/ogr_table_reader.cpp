// Tables that GDAL/OGR reads: spreadsheets, GeoJSON, KML/KMZ, GeoPackage, Shapefile.
#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <charconv>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include "core/sources/delimited_text_reader.h"
#include "core/native_json/source_buffer.h"
#include "core/sources/field_mapping.h"
#include "core/sources/kml_text.h"
#include "core/sources/table_reader.h"

namespace chronomap {
namespace {

std::string last_gdal_error() {
    std::string message = CPLGetLastErrorMsg();
    return message.empty() ? "GDAL could not open it" : message;
}

// The shortest text that reads back as the same double: "36.2", not "36.200000000000003".
std::string exact_number(double value) {
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc{} ? std::string(buffer, end) : std::string();
}

class OgrTableReader : public TableReader {
  public:
    OgrTableReader(const std::filesystem::path& path, SourceFormat format,
                   const TableOpenOptions& options)
        : format_(format) {
        static std::once_flag registered;
        std::call_once(registered, [] { GDALAllRegister(); });
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
        const char* drivers_xlsx[] = {"XLSX", nullptr};
        const char* drivers_ods[] = {"ODS", nullptr};
        const char* drivers_kml[] = {"LIBKML", "KML", nullptr};
        // Only the driver of the format asked for: a ".geojson" holding XML is refused as
        // GeoJSON, not opened by whichever of GDAL's 80 drivers recognises it (found by
        // fuzzing: an XML driver reached that way leaked in GDAL).
        const char* drivers_geojson[] = {"GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON", nullptr};
        const char* drivers_geopackage[] = {"GPKG", nullptr};
        const char* drivers_shapefile[] = {"ESRI Shapefile", nullptr};
        const char* const* allowed = nullptr;
        if (format == SourceFormat::xlsx) allowed = drivers_xlsx;
        if (format == SourceFormat::ods) allowed = drivers_ods;
        if (format == SourceFormat::kml || format == SourceFormat::kmz) allowed = drivers_kml;
        if (format == SourceFormat::geojson) allowed = drivers_geojson;
        if (format == SourceFormat::geopackage) allowed = drivers_geopackage;
        if (format == SourceFormat::shapefile) allowed = drivers_shapefile;
        // Spreadsheets: the first row names the columns, even when every cell is text (the
        // drivers read these settings while the layer is read, so they stay set until then).
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
        CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
        dataset_ =
            GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed, nullptr, nullptr);
        CPLPopErrorHandler();
        if (!dataset_)
            throw std::runtime_error("cannot read it as " + std::string(chronomap::format_name(format)) +
                                     ": " + last_gdal_error());
        choose_layer(options.layer);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer_);
        for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
            columns_.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
        ogr_fields_ = columns_.size();
        if (format == SourceFormat::kml) read_kml_times(path);
        // Positions in WGS 84 longitude, latitude whatever the layer's system.
        if (OGRSpatialReferenceH layer_srs = OGR_L_GetSpatialRef(layer_)) {
            wgs84_ = OSRNewSpatialReference(nullptr);
            OSRSetWellKnownGeogCS(wgs84_, "WGS84");
            OSRSetAxisMappingStrategy(wgs84_, OAMS_TRADITIONAL_GIS_ORDER);
            if (!OSRIsSame(layer_srs, wgs84_))
                transform_ = OCTNewCoordinateTransformation(layer_srs, wgs84_);
        }
        OGR_L_ResetReading(layer_);
    }
    ~OgrTableReader() override {
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
        CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
        if (feature_) OGR_F_Destroy(feature_);
        if (transform_) OCTDestroyCoordinateTransformation(transform_);
        if (wgs84_) OSRDestroySpatialReference(wgs84_);
        if (dataset_) GDALClose(dataset_);
    }
    std::string_view format_name() const override { return chronomap::format_name(format_); }
    std::string_view row_word() const override {
        return format_ == SourceFormat::xlsx || format_ == SourceFormat::ods ? "row" : "feature";
    }

    bool next(TableRow& row) override {
        if (feature_) OGR_F_Destroy(feature_);
        feature_ = OGR_L_GetNextFeature(layer_);
        if (!feature_) return false;
        ++ordinal_;
        // A spreadsheet row as the user sees it: the header is row 1. (Feature ids are not
        // used: the XLSX driver numbers them differently once the layer has been counted.)
        row.number = row_word() == "row" ? ordinal_ + 1 : ordinal_;
        text_.assign(columns_.size(), std::string());
        row.values.resize(columns_.size());
        for (size_t i = 0; i < ogr_fields_; ++i) {
            int field = static_cast<int>(i);
            if (!OGR_F_IsFieldSetAndNotNull(feature_, field)) {
                text_[i].clear();
            } else if (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature_, field)) == OFTReal) {
                text_[i] = exact_number(OGR_F_GetFieldAsDouble(feature_, field));
            } else {
                text_[i] = OGR_F_GetFieldAsString(feature_, field);
            }
        }
        if (!kml_.placemarks.empty()) use_kml_times();
        for (size_t i = 0; i < columns_.size(); ++i) row.values[i] = text_[i];
        read_point(row);
        // Identifiers the file gives to features (not Shapefile or KML record numbers).
        row.feature_id.clear();
        if (format_ == SourceFormat::geojson || format_ == SourceFormat::geopackage)
            if (GIntBig fid = OGR_F_GetFID(feature_); fid != OGRNullFID)
                row.feature_id = std::to_string(fid);
        return true;
    }

    std::string title() const override { return kml_.document_name; }

  private:
    // GDAL turns a TimeSpan of months into days and drops a gYear <when>: the times are
    // taken from the text as written (core/sources/kml_text.h), matched by placemark name.
    void read_kml_times(const std::filesystem::path& path) {
        try {
            auto text = SourceBuffer::read_file(path);
            kml_ = scan_kml_text(text->text());
        } catch (const std::exception&) {
            return;  // GDAL's reading stands
        }
        auto column = [&](std::string_view name) {
            for (size_t i = 0; i < columns_.size(); ++i)
                if (columns_[i] == name) return i;
            columns_.emplace_back(name);  // no feature had it as GDAL reads them
            return columns_.size() - 1;
        };
        when_column_ = column("timestamp"), begin_column_ = column("begin"), end_column_ = column("end");
    }
    void use_kml_times() {
        int name_field = OGR_F_GetFieldIndex(feature_, "Name");
        std::string name = name_field >= 0 && OGR_F_IsFieldSetAndNotNull(feature_, name_field)
                               ? OGR_F_GetFieldAsString(feature_, name_field)
                               : "";
        for (size_t k = next_placemark_; k < kml_.placemarks.size(); ++k) {
            const KmlPlacemarkTimes& p = kml_.placemarks[k];
            if (p.name != name) continue;
            next_placemark_ = k + 1;
            if (!p.when.empty()) text_[when_column_] = p.when;
            if (!p.begin.empty()) text_[begin_column_] = p.begin;
            if (!p.end.empty()) text_[end_column_] = p.end;
            return;
        }
    }

    void choose_layer(const std::string& name) {
        if (!name.empty()) {
            layer_ = GDALDatasetGetLayerByName(dataset_, name.c_str());
            if (!layer_)
                throw std::runtime_error("it has no layer \"" + name +
                                         "\"; its layers are: " + layer_names());
            return;
        }
        // The first layer with features (KML files often start with an empty folder).
        for (int i = 0; i < GDALDatasetGetLayerCount(dataset_); ++i) {
            OGRLayerH layer = GDALDatasetGetLayer(dataset_, i);
            if (OGR_L_GetFeatureCount(layer, 1) > 0) {
                layer_ = layer;
                return;
            }
        }
        if (GDALDatasetGetLayerCount(dataset_) > 0) layer_ = GDALDatasetGetLayer(dataset_, 0);
        if (!layer_) throw std::runtime_error("it has no layer of features");
    }
    std::string layer_names() const {
        std::string out;
        for (int i = 0; i < GDALDatasetGetLayerCount(dataset_); ++i)
            out += (out.empty() ? "" : ", ") +
                   std::string(OGR_L_GetName(GDALDatasetGetLayer(dataset_, i)));
        return out;
    }
    void read_point(TableRow& row) {
        row.has_point = false;
        row.geometry_note = {};
        row.geometry_json.clear();
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature_);
        if (!geometry || OGR_G_IsEmpty(geometry)) return;
        OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(geometry));
        double x = 0, y = 0;
        if (type == wkbPoint) {
            x = OGR_G_GetX(geometry, 0);
            y = OGR_G_GetY(geometry, 0);
        } else {
            // A line or an area stands on the map by its centroid; the event says so.
            OGRGeometryH centroid = OGR_G_CreateGeometry(wkbPoint);
            if (OGR_G_Centroid(geometry, centroid) != OGRERR_NONE) {
                OGR_G_DestroyGeometry(centroid);
                return;
            }
            x = OGR_G_GetX(centroid, 0);
            y = OGR_G_GetY(centroid, 0);
            OGR_G_DestroyGeometry(centroid);
            row.geometry_note = type == wkbLineString || type == wkbMultiLineString
                                    ? "centroid of a line"
                                    : "centroid of an area";
            read_shape(geometry, type, row);
        }
        if (transform_ && !OCTTransform(transform_, 1, &x, &y, nullptr)) return;
        row.has_point = true;
        row.x = x;
        row.y = y;
    }

    // Lines and areas (KML's gx:Track comes as a line) as GeoJSON in WGS 84, heights and
    // measures dropped; 7 decimals (1 cm) keep the event file small.
    void read_shape(OGRGeometryH geometry, OGRwkbGeometryType type, TableRow& row) {
        if (type != wkbLineString && type != wkbMultiLineString && type != wkbPolygon && type != wkbMultiPolygon)
            return;
        OGRGeometryH copy = OGR_G_Clone(geometry);
        if (transform_ && OGR_G_Transform(copy, transform_) != OGRERR_NONE) {
            OGR_G_DestroyGeometry(copy);
            return;
        }
        OGR_G_FlattenTo2D(copy);
        char* options[] = {const_cast<char*>("COORDINATE_PRECISION=7"), nullptr};
        if (char* json = OGR_G_ExportToJsonEx(copy, options)) {
            row.geometry_json = json;
            CPLFree(json);
        }
        OGR_G_DestroyGeometry(copy);
    }

    SourceFormat format_;
    GDALDatasetH dataset_ = nullptr;
    OGRLayerH layer_ = nullptr;
    OGRFeatureH feature_ = nullptr;
    OGRSpatialReferenceH wgs84_ = nullptr;
    OGRCoordinateTransformationH transform_ = nullptr;
    std::vector<std::string> text_;
    size_t ordinal_ = 0;
    size_t ogr_fields_ = 0;  // the columns after these are the KML times GDAL lacks
    KmlText kml_;
    size_t next_placemark_ = 0;
    size_t when_column_ = 0, begin_column_ = 0, end_column_ = 0;
};

}  // namespace

std::unique_ptr<TableReader> open_table(const std::filesystem::path& path, SourceFormat format,
                                        const TableOpenOptions& options) {
    if (format == SourceFormat::csv || format == SourceFormat::gdelt) {
        auto text = SourceBuffer::read_file(path);
        return std::make_unique<DelimitedTextReader>(
            std::move(text),
            format == SourceFormat::gdelt ? gdelt_columns() : std::vector<std::string>{});
    }
    return std::make_unique<OgrTableReader>(path, format, options);
}

}  // namespace chronomap
