// libFuzzer target: GeoJSON and KML through GDAL/OGR and the importers' field mapping, then
// the native reader, as `chronomap import events.geojson` does. The bytes become an
// in-memory GDAL file (/vsimem/); the first byte picks the format (even: GeoJSON, odd:
// KML). GDAL's own parsers are fuzzed by OSS-Fuzz; what this reaches is our side: feature
// ids, geometries turned into points, field values as text, dates, the mapping.
#include <cpl_error.h>
#include <cpl_vsi.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/native_json/source_buffer.h"
#include "core/sources/table_import.h"
#include "core/sources/table_reader.h"
#include "fuzz_check.h"

using namespace chronomap;

// GDAL's own complaints about broken input go nowhere: printing them slowed the run tenfold.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    bool kml = data[0] % 2 == 1;
    SourceFormat format = kml ? SourceFormat::kml : SourceFormat::geojson;
    std::string path = kml ? "/vsimem/fuzz.kml" : "/vsimem/fuzz.geojson";
    // GDAL reads the buffer in place (no copy, not freed by GDAL).
    VSILFILE* file = VSIFileFromMemBuffer(path.c_str(), const_cast<GByte*>(data + 1), size - 1, FALSE);
    if (!file) return 0;
    VSIFCloseL(file);
    TableImport imported;
    try {
        auto table = open_table(path, format);
        TableImportOptions options;
        options.title = path;
        imported = import_table(*table, path, options);
    } catch (const TableReadError& e) {
        FUZZ_CHECK(e.line >= 1 && e.column >= 1);
        VSIUnlink(path.c_str());
        return 0;
    } catch (const std::runtime_error& e) {  // GDAL cannot read it: said in words
        FUZZ_CHECK(*e.what() != '\0');
        VSIUnlink(path.c_str());
        return 0;
    }
    VSIUnlink(path.c_str());
    for (const Diagnostic& d : imported.diagnostics) (void)d.format();
    if (imported.json.empty()) {
        FUZZ_CHECK(has_errors(imported.diagnostics));
        return 0;
    }
    // The converted document must be one the native reader accepts as a document.
    LoadResult result = parse_event_buffer(SourceBuffer::copy_of(imported.json), "fuzz (converted)");
    if (!result.store)
        for (const Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    FUZZ_CHECK(result.store.has_value());
    fuzz::check_result(result);
    return 0;
}
