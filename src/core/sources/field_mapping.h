// Which column of a table says what: the time, the place, the category ... Known schemas
// (ACLED, UCDP GED, GDELT, KML, common GeoJSON names) are recognised from their column
// names; anything else is mapped by the user: --map time=Date,place=Town or a mapping file.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/time_value.h"

namespace chronomap {

enum class Field {
    id,
    time,
    time_end,
    time_precision,
    title,
    category,
    subcategory,
    actor1,
    actor2,
    place,
    country,
    region,
    lat,
    lon,
    geo_precision,
    fatalities,
    source,
    url,
    notes,
    series,  // states of one series (zones held week after week) replace one another
};
inline constexpr size_t kFieldCount = static_cast<size_t>(Field::series) + 1;

std::string_view field_name(Field field);  // as written in --map: "time", "place" ...

// The schemas whose codes chronomap knows (precision codes, category labels).
enum class Schema { generic, acled, ucdp_ged, gdelt };

struct FieldMapping {
    std::array<std::string, kFieldCount> column{};  // column name per field; empty: none
    const std::string& operator[](Field f) const { return column[static_cast<size_t>(f)]; }
    std::string& operator[](Field f) { return column[static_cast<size_t>(f)]; }
};

struct DetectedSchema {
    Schema schema = Schema::generic;
    std::string name;  // "ACLED export", "UCDP GED", "GDELT 2.0 events", "table"
    FieldMapping mapping;
};

// Matches column names (case-insensitive) against the known schemas, then common names.
DetectedSchema detect_schema(const std::vector<std::string>& columns);

// Column names (lower case) that hold a date in files of no known schema, most telling
// first. A row whose date column is empty takes the next of these it fills (KML features
// have either a TimeStamp or a TimeSpan's begin).
const std::vector<std::string_view>& common_date_names();

// The 61 columns of a GDELT 2.0 event table, in order (the files have no header).
const std::vector<std::string>& gdelt_columns();

// "time=Date,place=Town,country=Pays": fields over what was detected. The error names the
// unknown field or the column that is not in the file.
Parsed<FieldMapping> parse_mapping(std::string_view spec);
// A file of the same pairs, one per line, '#' starting a comment.
Parsed<FieldMapping> read_mapping_file(const std::filesystem::path& path);
// Puts `explicit_fields` over `detected`; reports columns the file does not have.
std::string apply_mapping(const FieldMapping& explicit_fields,
                          const std::vector<std::string>& columns, FieldMapping& detected);

}  // namespace chronomap
