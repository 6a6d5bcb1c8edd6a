// Rows of a table, whatever holds it: delimited text (read here, so that every row keeps
// its line number) or any vector format GDAL/OGR reads (spreadsheets, GeoJSON, KML,
// GeoPackage, Shapefile). Values come as text exactly as written; numbers stored as
// numbers come back in their shortest exact form; a geometry comes back as a point (a line's or area's centroid) and, for lines and
// areas, as GeoJSON.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/sources/source_format.h"

namespace chronomap {

// A table that breaks off where it cannot be read on (an unclosed quote): the file is refused.
struct TableReadError : std::runtime_error {
    TableReadError(int at_line, int at_column, const std::string& what, std::string what_to_do)
        : std::runtime_error(what), line(at_line), column(at_column), hint(std::move(what_to_do)) {}
    int line, column;
    std::string hint;
};

struct TableRow {
    size_t number =
        0;  // the line of a text file, the row of a spreadsheet, or the feature (1-based)
    std::vector<std::string_view> values;  // one per column; valid until the next row
    bool has_point = false;
    double x = 0, y = 0;             // longitude, latitude (WGS 84)
    std::string_view geometry_note;  // "centroid of a polygon" when not a point
    std::string geometry_json;       // a line or area as GeoJSON in WGS 84; empty for points
    std::string feature_id;          // a GeoJSON feature's "id", a GeoPackage's fid; else empty
};

class TableReader {
  public:
    virtual ~TableReader() = default;
    const std::vector<std::string>& columns() const { return columns_; }
    // What `TableRow::number` counts, for messages: "line", "row" or "feature".
    virtual std::string_view row_word() const = 0;
    // False at the end. Throws std::runtime_error on a file that breaks off.
    virtual bool next(TableRow& row) = 0;
    // The size of the text read, when known: the converted document is reserved from it.
    virtual size_t text_size() const { return 0; }
    // What the file was read as, for messages: "CSV", "TSV", "Excel workbook" ...
    virtual std::string_view format_name() const = 0;
    // The title the file gives itself (a KML document's <name>); empty when none.
    virtual std::string title() const { return {}; }

  protected:
    std::vector<std::string> columns_;
};

struct TableOpenOptions {
    std::string layer;  // GeoPackage / KML layer name; empty: the first with features
};

// Throws std::runtime_error naming the file and the reason when it cannot be read.
std::unique_ptr<TableReader> open_table(const std::filesystem::path& path, SourceFormat format,
                                        const TableOpenOptions& options = {});

}  // namespace chronomap
