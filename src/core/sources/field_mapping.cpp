#include "core/sources/field_mapping.h"

#include "core/text/ascii_text.h"
#include "core/io/input_check.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <initializer_list>
#include <sstream>

namespace chronomap {
namespace {

constexpr std::array<std::string_view, kFieldCount> kFieldNames{
    "id",          "time",   "end",           "time_precision", "title",   "category",
    "subcategory", "actor1", "actor2",        "place",          "country", "region",
    "lat",         "lon",    "geo_precision", "fatalities",     "source",  "url",
    "notes",       "series"};

// The file's own spelling of the first of `names` it has (case-insensitive), or "".
std::string find_column(const std::vector<std::string>& columns,
                        std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        for (const std::string& column : columns)
            if (ascii_lower(column) == name) return column;
    return {};
}

bool has_all(const std::vector<std::string>& columns,
             std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        if (find_column(columns, {name}).empty()) return false;
    return true;
}

std::optional<Field> field_from_name(std::string_view name) {
    std::string n = ascii_lower(name);
    if (n == "actor") return Field::actor1;
    if (n == "time_end" || n == "end_time") return Field::time_end;
    if (n == "type") return Field::category;
    if (n == "latitude") return Field::lat;
    if (n == "longitude" || n == "lng") return Field::lon;
    for (size_t f = 0; f < kFieldCount; ++f)
        if (kFieldNames[f] == n) return static_cast<Field>(f);
    return std::nullopt;
}

std::string known_fields() {
    std::string out;
    for (std::string_view name : kFieldNames) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

}  // namespace

std::string_view field_name(Field field) {
    return kFieldNames[static_cast<size_t>(field)];
}

const std::vector<std::string_view>& common_date_names() {
    static const std::vector<std::string_view> kNames{
        "event_date", "date",       "datetime",   "timestamp", "time",      "when",
        "start",      "start_date", "date_start", "begin",     "start_time"};
    return kNames;
}

const std::vector<std::string>& gdelt_columns() {
    static const std::vector<std::string> kColumns{"GlobalEventID",
                                                   "Day",
                                                   "MonthYear",
                                                   "Year",
                                                   "FractionDate",
                                                   "Actor1Code",
                                                   "Actor1Name",
                                                   "Actor1CountryCode",
                                                   "Actor1KnownGroupCode",
                                                   "Actor1EthnicCode",
                                                   "Actor1Religion1Code",
                                                   "Actor1Religion2Code",
                                                   "Actor1Type1Code",
                                                   "Actor1Type2Code",
                                                   "Actor1Type3Code",
                                                   "Actor2Code",
                                                   "Actor2Name",
                                                   "Actor2CountryCode",
                                                   "Actor2KnownGroupCode",
                                                   "Actor2EthnicCode",
                                                   "Actor2Religion1Code",
                                                   "Actor2Religion2Code",
                                                   "Actor2Type1Code",
                                                   "Actor2Type2Code",
                                                   "Actor2Type3Code",
                                                   "IsRootEvent",
                                                   "EventCode",
                                                   "EventBaseCode",
                                                   "EventRootCode",
                                                   "QuadClass",
                                                   "GoldsteinScale",
                                                   "NumMentions",
                                                   "NumSources",
                                                   "NumArticles",
                                                   "AvgTone",
                                                   "Actor1Geo_Type",
                                                   "Actor1Geo_FullName",
                                                   "Actor1Geo_CountryCode",
                                                   "Actor1Geo_ADM1Code",
                                                   "Actor1Geo_ADM2Code",
                                                   "Actor1Geo_Lat",
                                                   "Actor1Geo_Long",
                                                   "Actor1Geo_FeatureID",
                                                   "Actor2Geo_Type",
                                                   "Actor2Geo_FullName",
                                                   "Actor2Geo_CountryCode",
                                                   "Actor2Geo_ADM1Code",
                                                   "Actor2Geo_ADM2Code",
                                                   "Actor2Geo_Lat",
                                                   "Actor2Geo_Long",
                                                   "Actor2Geo_FeatureID",
                                                   "ActionGeo_Type",
                                                   "ActionGeo_FullName",
                                                   "ActionGeo_CountryCode",
                                                   "ActionGeo_ADM1Code",
                                                   "ActionGeo_ADM2Code",
                                                   "ActionGeo_Lat",
                                                   "ActionGeo_Long",
                                                   "ActionGeo_FeatureID",
                                                   "DATEADDED",
                                                   "SOURCEURL"};
    return kColumns;
}

DetectedSchema detect_schema(const std::vector<std::string>& columns) {
    DetectedSchema out;
    FieldMapping& m = out.mapping;
    auto set = [&](Field f, std::initializer_list<std::string_view> names) {
        m[f] = find_column(columns, names);
    };
    if (has_all(columns, {"event_id_cnty", "event_date"})) {
        out.schema = Schema::acled;
        out.name = "ACLED export";
        set(Field::id, {"event_id_cnty"});
        set(Field::time, {"event_date"});
        set(Field::time_precision, {"time_precision"});
        set(Field::category, {"event_type"});
        set(Field::subcategory, {"sub_event_type"});
        set(Field::actor1, {"actor1"});
        set(Field::actor2, {"actor2"});
        set(Field::place, {"location"});
        set(Field::country, {"country"});
        set(Field::region, {"admin1"});
        set(Field::lat, {"latitude"});
        set(Field::lon, {"longitude"});
        set(Field::geo_precision, {"geo_precision"});
        set(Field::fatalities, {"fatalities"});
        set(Field::source, {"source"});
        set(Field::notes, {"notes"});
        return out;
    }
    if (has_all(columns, {"date_start", "type_of_violence"}) &&
        (has_all(columns, {"where_prec"}) || has_all(columns, {"side_a"}))) {
        out.schema = Schema::ucdp_ged;
        out.name = "UCDP GED";
        set(Field::id, {"id"});
        set(Field::time, {"date_start"});
        set(Field::time_end, {"date_end"});
        set(Field::time_precision, {"date_prec"});
        set(Field::title, {"dyad_name", "conflict_name"});
        set(Field::category, {"type_of_violence"});
        set(Field::actor1, {"side_a"});
        set(Field::actor2, {"side_b"});
        set(Field::place, {"where_coordinates"});
        set(Field::country, {"country"});
        set(Field::region, {"adm_1"});
        set(Field::lat, {"latitude"});
        set(Field::lon, {"longitude"});
        set(Field::geo_precision, {"where_prec"});
        set(Field::fatalities, {"best"});
        set(Field::source, {"source_headline", "source_article"});
        set(Field::notes, {"where_description"});
        return out;
    }
    if (has_all(columns, {"globaleventid"}) &&
        (has_all(columns, {"sqldate"}) || has_all(columns, {"day"}))) {
        out.schema = Schema::gdelt;
        out.name = "GDELT events";
        set(Field::id, {"globaleventid"});
        set(Field::time, {"sqldate", "day"});
        set(Field::category, {"eventrootcode"});
        set(Field::subcategory, {"eventcode"});
        set(Field::actor1, {"actor1name"});
        set(Field::actor2, {"actor2name"});
        set(Field::place, {"actiongeo_fullname"});
        set(Field::country, {"actiongeo_countrycode"});
        set(Field::lat, {"actiongeo_lat"});
        set(Field::lon, {"actiongeo_long"});
        set(Field::geo_precision, {"actiongeo_type"});
        set(Field::url, {"sourceurl"});
        return out;
    }
    // Anything else: the names people, QGIS, kepler.gl and Google Earth (LIBKML) use.
    out.name = "table";
    set(Field::id, {"id", "event_id", "uid"});
    for (std::string_view name : common_date_names()) {
        if (std::string column = find_column(columns, {name}); !column.empty()) {
            m[Field::time] = column;
            break;
        }
    }
    set(Field::time_end, {"end", "end_date", "date_end", "end_time"});
    set(Field::title, {"title", "name", "headline", "event", "summary"});
    set(Field::category, {"category", "event_type", "type", "kind", "class"});
    set(Field::subcategory, {"sub_event_type", "subcategory", "subtype"});
    set(Field::actor1, {"actor1", "actor", "actors", "perpetrator"});
    set(Field::actor2, {"actor2", "target"});
    set(Field::place, {"place", "location", "city", "town", "locality", "place_name"});
    set(Field::country, {"country", "country_code", "iso2", "iso3"});
    set(Field::region, {"region", "admin1", "province", "state", "governorate"});
    set(Field::lat, {"latitude", "lat", "y"});
    set(Field::lon, {"longitude", "lon", "lng", "long", "x"});
    set(Field::fatalities, {"fatalities", "deaths", "killed", "dead"});
    set(Field::source, {"source", "sources"});
    set(Field::url, {"url", "link", "source_url", "sourceurl"});
    set(Field::notes, {"notes", "description", "comment", "comments", "details"});
    set(Field::series, {"series", "serie", "série", "series_key"});
    return out;
}

Parsed<FieldMapping> parse_mapping(std::string_view spec) {
    FieldMapping out;
    size_t start = 0;
    while (start <= spec.size()) {
        size_t comma = spec.find(',', start);
        std::string_view pair = spec.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        start = comma == std::string_view::npos ? spec.size() + 1 : comma + 1;
        if (trim(pair).empty()) continue;
        size_t equals = pair.find('=');
        if (equals == std::string_view::npos)
            return {std::nullopt, "\"" + std::string(trim(pair)) + "\" is not FIELD=COLUMN (e.g. time=Date)"};
        std::string name(trim(pair.substr(0, equals))), column(trim(pair.substr(equals + 1)));
        auto field = field_from_name(name);
        if (!field)
            return {std::nullopt,
                    "unknown field \"" + name + "\"; the fields are " + known_fields()};
        if (column.empty()) return {std::nullopt, "no column given for \"" + name + "\""};
        out[*field] = column;
    }
    return {out, {}};
}

Parsed<FieldMapping> read_mapping_file(const std::filesystem::path& path) {
    if (auto why = why_unreadable(path)) return {std::nullopt, "cannot read the mapping file " + path.string() + ": " + *why};
    std::ifstream in(path);
    if (!in) return {std::nullopt, "cannot read the mapping file " + path.string()};
    std::string joined, line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        if (trim(line).empty()) continue;
        auto one = parse_mapping(line);
        if (!one)
            return {std::nullopt, path.string() + ":" + std::to_string(number) + ": " + one.error};
        joined += (joined.empty() ? "" : ",") + line;
    }
    return parse_mapping(joined);
}

std::string apply_mapping(const FieldMapping& explicit_fields,
                          const std::vector<std::string>& columns, FieldMapping& detected) {
    for (size_t f = 0; f < kFieldCount; ++f) {
        const std::string& wanted = explicit_fields.column[f];
        if (wanted.empty()) continue;
        std::string column = find_column(columns, {ascii_lower(wanted)});
        if (column.empty()) {
            std::string list;
            for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + c;
            return "--map " + std::string(kFieldNames[f]) + "=" + wanted +
                   ": the file has no column \"" + wanted + "\"; its columns are: " + list;
        }
        detected.column[f] = column;
    }
    return {};
}

}  // namespace chronomap
