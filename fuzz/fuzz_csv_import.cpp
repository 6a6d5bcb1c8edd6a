// libFuzzer target: delimited text (CSV, TSV, GDELT's headerless table) through the
// importers' field mapping (automatic ACLED / UCDP GED / GDELT detection, wild dates) and
// then the native reader, as `chronomap info events.csv` does, all in memory.
//
// An input starting with "MAP:" has its first line read as a --map spec (time=Date,...).
// The first byte also picks the day/month order for dates such as 10/04/2017.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/native_json/source_buffer.h"
#include "core/sources/delimited_text_reader.h"
#include "core/sources/field_mapping.h"
#include "core/sources/source_format.h"
#include "core/sources/table_import.h"
#include "core/sources/table_reader.h"
#include "fuzz_check.h"

using namespace chronomap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    TableImportOptions options;
    options.title = "fuzz.csv";
    if (size > 0) options.date_order = static_cast<DateOrder>(data[0] % 3);
    if (text.starts_with("MAP:")) {
        size_t eol = text.find('\n');
        std::string_view spec = text.substr(4, eol == std::string_view::npos ? eol : eol - 4);
        auto mapping = parse_mapping(spec);
        if (!mapping) FUZZ_CHECK(!mapping.error.empty());
        else options.explicit_mapping = *mapping.value;
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    }
    // GDELT is told apart by content; anything else delimited is read as CSV/TSV.
    DetectedFormat detected = detect_format(text.substr(0, 4096), "fuzz.csv");
    SourceFormat format = detected.format == SourceFormat::gdelt ? SourceFormat::gdelt
                                                                 : SourceFormat::csv;
    TableImport imported;
    try {
        DelimitedTextReader table(SourceBuffer::copy_of(text),
                                  format == SourceFormat::gdelt ? gdelt_columns()
                                                                : std::vector<std::string>{});
        imported = import_table(table, "fuzz.csv", options);
    } catch (const TableReadError& e) {
        FUZZ_CHECK(e.line >= 1 && e.column >= 1);
        return 0;
    }
    for (const Diagnostic& d : imported.diagnostics) (void)d.format();
    if (imported.json.empty()) {
        FUZZ_CHECK(has_errors(imported.diagnostics));
        return 0;
    }
    // The converted document must be one the native reader accepts as a document.
    LoadResult result = parse_event_buffer(SourceBuffer::copy_of(imported.json),
                                           "fuzz.csv (converted)");
    if (!result.store)
        for (const Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    FUZZ_CHECK(result.store.has_value());
    fuzz::check_result(result);
    return 0;
}
