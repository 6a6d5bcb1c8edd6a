// Turns the rows of a table into a chronomap event document (docs/event-format.md): each
// row's time, place, coordinates, category, actors, sources and notes, with every other
// column kept under "properties". Bad rows are reported where they are and skipped.
#pragma once

#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/sources/field_mapping.h"
#include "core/sources/table_reader.h"
#include "core/time/wild_date.h"

namespace chronomap {

struct TableImportOptions {
    DateOrder date_order = DateOrder::unknown;
    FieldMapping explicit_mapping;  // --map and the mapping file, over what is detected
    std::string title;              // the document's title; empty: the file's name
};

struct TableImport {
    std::string json;  // the native document; empty when the table could not be used
    DetectedSchema schema;
    std::string format;  // what the file was read as: "CSV", "TSV", "Excel workbook" ...
    size_t rows = 0;     // data rows read
    size_t skipped = 0;  // rows left out, each with an error in `diagnostics`
    std::vector<Diagnostic> diagnostics;
};

// `display_name` is what diagnostics call the file; what the table was read as
// (`table.format_name()`) is said in the document.
TableImport import_table(TableReader& table, const std::string& display_name,
                         const TableImportOptions& options);

}  // namespace chronomap
