// What kind of file a path holds, by its content first and its extension second, so that
// "events.txt" holding CSV opens and "events.csv" holding a PDF is named for what it is.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace chronomap {

enum class SourceFormat {
    native_json,  // chronomap's own event file (docs/event-format.md)
    geojson,
    csv,    // any delimited text with a header row (ACLED, UCDP GED, your own)
    gdelt,  // GDELT 2.0 event table: tab-separated, no header
    xlsx,
    ods,
    kml,
    kmz,
    geopackage,
    shapefile,
    unknown,
};

std::string_view format_name(SourceFormat format);  // "GeoJSON", "CSV" ...

struct DetectedFormat {
    SourceFormat format = SourceFormat::unknown;
    std::string looks_like;  // for an unknown format: "a PDF document", "binary data" ...
    bool utf16 = false;      // text in UTF-16, which chronomap does not read: say to save as UTF-8
};

// Throws std::runtime_error naming the file when it cannot be opened.
DetectedFormat detect_format(const std::filesystem::path& path);
// Same, from the first bytes of a file and its name (tests use this).
DetectedFormat detect_format(std::string_view head, const std::filesystem::path& name);

// One line for errors: the formats chronomap reads.
std::string_view readable_formats();

}  // namespace chronomap
