#include "core/sources/source_format.h"

#include "core/text/ascii_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <stdexcept>

namespace chronomap {
namespace {

std::string lower_extension(const std::filesystem::path& path) {
    return ascii_lower(path.extension().string());
}

std::string_view first_line(std::string_view text) {
    size_t end = text.find('\n');
    std::string_view line = end == std::string_view::npos ? text : text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

size_t count_of(std::string_view line, char c) {
    return static_cast<size_t>(std::count(line.begin(), line.end(), c));
}

bool is_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// GDELT 2.0 event tables: 61 tab-separated columns, no header, an event id then an 8-digit
// SQLDATE. (GDELT 1.0's 57 or 58 columns are in another order: read them with --map.)
bool looks_like_gdelt(std::string_view line) {
    if (count_of(line, '\t') + 1 != 61) return false;
    size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    return is_digits(line.substr(0, tab1)) && tab2 - tab1 - 1 == 8 &&
           is_digits(line.substr(tab1 + 1, 8));
}

bool looks_like_text(std::string_view head) {
    if (head.empty()) return false;
    return std::none_of(head.begin(), head.end(), [](char c) { return c == '\0'; });
}

// A header line of a table: several fields split by one of the usual delimiters.
bool looks_like_delimited(std::string_view head) {
    std::string_view line = first_line(head);
    for (char delimiter : {',', ';', '\t', '|'})
        if (count_of(line, delimiter) >= 1) return true;
    return false;
}

// UTF-16 (Excel's "Unicode text", Notepad's "Unicode"): a byte-order mark FF FE or FE FF, or,
// without one, a NUL byte in every other byte of text that is mostly ASCII.
bool looks_like_utf16(std::string_view head) {
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return true;
    size_t pairs = std::min(head.size(), size_t{512}) / 2;
    if (pairs < 2) return false;
    size_t low_nul = 0, high_nul = 0;
    for (size_t i = 0; i < pairs; ++i) {
        char first = head[2 * i], second = head[2 * i + 1];
        if (first != '\0' && second == '\0') ++low_nul;
        if (first == '\0' && second != '\0') ++high_nul;
    }
    return low_nul * 4 >= pairs * 3 || high_nul * 4 >= pairs * 3;
}

std::string_view skip_bom_and_space(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    return text;
}

}  // namespace

std::string_view format_name(SourceFormat format) {
    switch (format) {
        case SourceFormat::native_json:
            return "chronomap JSON";
        case SourceFormat::geojson:
            return "GeoJSON";
        case SourceFormat::csv:
            return "CSV";
        case SourceFormat::gdelt:
            return "GDELT event table";
        case SourceFormat::xlsx:
            return "Excel workbook";
        case SourceFormat::ods:
            return "OpenDocument spreadsheet";
        case SourceFormat::kml:
            return "KML";
        case SourceFormat::kmz:
            return "KMZ";
        case SourceFormat::geopackage:
            return "GeoPackage";
        case SourceFormat::shapefile:
            return "Shapefile";
        case SourceFormat::unknown:
            return "unknown";
    }
    return "unknown";
}

std::string_view readable_formats() {
    return "chronomap JSON, CSV/TSV (ACLED, UCDP GED, or any table with --map), GDELT event "
           "tables, Excel (.xlsx), OpenDocument (.ods), GeoJSON, KML/KMZ, GeoPackage (.gpkg), "
           "Shapefile (.shp)";
}

DetectedFormat detect_format(std::string_view head, const std::filesystem::path& name) {
    std::string ext = lower_extension(name);
    std::string_view text = skip_bom_and_space(head);
    if (text.empty()) {
        if (ext == ".json") return {SourceFormat::native_json, {}};  // says "the file is empty"
        return {SourceFormat::unknown, "an empty file"};
    }
    // Binary formats announce themselves in their first bytes.
    if (head.starts_with(std::string_view("SQLite format 3\0", 16)))
        return {SourceFormat::geopackage, {}};
    if (head.starts_with("PK\x03\x04")) {
        if (ext == ".ods" || head.find("opendocument.spreadsheet") != std::string_view::npos)
            return {SourceFormat::ods, {}};
        if (ext == ".kmz" || head.find(".kml") != std::string_view::npos)
            return {SourceFormat::kmz, {}};
        if (ext == ".xlsx" || head.find("xl/") != std::string_view::npos)
            return {SourceFormat::xlsx, {}};
        return {SourceFormat::unknown, "a ZIP archive that is not a spreadsheet or KMZ"};
    }
    if (head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0x00 &&
        static_cast<unsigned char>(head[1]) == 0x00 &&
        static_cast<unsigned char>(head[2]) == 0x27 && static_cast<unsigned char>(head[3]) == 0x0a)
        return {SourceFormat::shapefile, {}};
    if (head.starts_with("%PDF")) return {SourceFormat::unknown, "a PDF document"};
    if (head.starts_with("\xD0\xCF\x11\xE0"))
        return {SourceFormat::unknown, "an old Excel (.xls) or Word file: save it as .xlsx or CSV"};
    if (looks_like_utf16(head)) return {SourceFormat::unknown, "UTF-16 text", /*utf16=*/true};

    if (text.starts_with("{") || text.starts_with("[")) {
        // GeoJSON says so near its start; a chronomap file has "events".
        bool geo = text.find("\"FeatureCollection\"") != std::string_view::npos ||
                   text.find("\"Feature\"") != std::string_view::npos;
        bool native = text.find("\"events\"") != std::string_view::npos ||
                      text.find("\"chronomap\"") != std::string_view::npos;
        if (geo && !native) return {SourceFormat::geojson, {}};
        if (ext == ".geojson" && !native) return {SourceFormat::geojson, {}};
        return {SourceFormat::native_json, {}};
    }
    if (text.starts_with("<")) {
        if (text.find("<kml") != std::string_view::npos || ext == ".kml")
            return {SourceFormat::kml, {}};
        return {SourceFormat::unknown, "an XML or HTML document that is not KML"};
    }
    if (ext == ".json")
        return {SourceFormat::native_json, {}};  // the JSON reader says what is wrong
    if (ext == ".geojson") return {SourceFormat::geojson, {}};
    if (looks_like_text(head)) {
        if (looks_like_gdelt(first_line(text))) return {SourceFormat::gdelt, {}};
        if (looks_like_delimited(text)) return {SourceFormat::csv, {}};
        if (ext == ".csv" || ext == ".tsv") return {SourceFormat::csv, {}};
        if (text.empty()) return {SourceFormat::unknown, "an empty file"};
        return {SourceFormat::unknown, "plain text with no delimited columns"};
    }
    if (ext == ".shp") return {SourceFormat::shapefile, {}};
    return {SourceFormat::unknown, "binary data"};
}

DetectedFormat detect_format(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::array<char, 4096> buffer{};
    in.read(buffer.data(), buffer.size());
    return detect_format(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())), path);
}

}  // namespace chronomap
