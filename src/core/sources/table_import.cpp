#include "core/sources/table_import.h"

#include "core/text/ascii_text.h"
#include "core/text/counted.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "core/geometry/geojson_geometry.h"
#include "core/sources/json_text.h"
#include "core/sources/known_codes.h"
#include "core/time/time_value.h"

namespace chronomap {
namespace {

std::optional<double> parse_number(std::string_view text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A span that is exactly a calendar month or year is that month or year (UCDP writes
// "2017-10-01".."2017-10-31" for "some day in October 2017").
TimeValue narrow_to_unit(TimeValue t) {
    auto stamp = [&](std::string text) {
        return TimeValue::from_stamp(*parse_time_stamp(text).value);
    };
    std::string start = format_time(t.start, TimePrecision::day);
    if (start.ends_with("-01-01")) {
        TimeValue year = stamp(start.substr(0, 4));
        if (year.end == t.end) return year;
    }
    if (start.ends_with("-01")) {
        TimeValue month = stamp(start.substr(0, 7));
        if (month.end == t.end) return month;
    }
    return t;
}

class RowConverter {
  public:
    RowConverter(const TableReader& table, const std::string& file, const DetectedSchema& schema,
                 const TableImportOptions& options, TableImport& out)
        : table_(table), file_(file), schema_(schema), options_(options), out_(out) {
        for (size_t f = 0; f < kFieldCount; ++f) {
            index_[f] = -1;
            for (size_t c = 0; c < table.columns().size(); ++c)
                if (!schema.mapping.column[f].empty() &&
                    table.columns()[c] == schema.mapping.column[f])
                    index_[f] = static_cast<int>(c);
        }
        // Columns shown elsewhere in the event are not repeated under "properties"; the codes
        // (time_precision, geo_precision) are kept there as written.
        represented_.assign(table.columns().size(), false);
        for (Field f : {Field::id, Field::time, Field::time_end, Field::title, Field::category,
                        Field::subcategory, Field::actor1, Field::actor2, Field::place,
                        Field::country, Field::region, Field::lat, Field::lon, Field::fatalities,
                        Field::source, Field::url, Field::notes})
            if (int c = index_[static_cast<size_t>(f)]; c >= 0)
                represented_[static_cast<size_t>(c)] = true;
        if (schema.schema == Schema::generic && options.explicit_mapping[Field::time].empty()) {
            for (std::string_view name : common_date_names())
                for (size_t c = 0; c < table.columns().size(); ++c)
                    if (ascii_lower(table.columns()[c]) == name &&
                        static_cast<int>(c) != index_[static_cast<size_t>(Field::time)]) {
                        other_dates_.push_back(c);
                        represented_[c] = true;
                    }
        }
        // GeoJSON features of one file may each name the toll their own way ("fatalities" in
        // some, "deaths" in others): the other names are read where the mapped one is empty.
        if (options.explicit_mapping[Field::fatalities].empty())
            for (size_t c = 0; c < table.columns().size(); ++c)
                for (std::string_view name : {"fatalities", "deaths", "killed", "dead"})
                    if (ascii_lower(table.columns()[c]) == name && static_cast<int>(c) != index_[static_cast<size_t>(Field::fatalities)]) {
                        fatality_synonyms_.push_back(c);
                        represented_[c] = true;
                    }
        // KML styling, not data.
        for (size_t c = 0; c < table.columns().size(); ++c)
            for (std::string_view name :
                 {"tessellate", "extrude", "visibility", "altitudemode", "draworder", "icon"})
                if (ascii_lower(table.columns()[c]) == name) represented_[c] = true;
    }

    // Appends the row's event to `json` (with a leading comma after the first); false when
    // the row is skipped (its problem is reported).
    bool convert(const TableRow& row, std::string& json);

    const std::map<std::string, std::string>& categories() const { return categories_; }
    bool saw_latin1() const { return latin1_; }

  private:
    std::string_view value(const TableRow& row, Field f) const {
        int c = index_[static_cast<size_t>(f)];
        if (c < 0 || static_cast<size_t>(c) >= row.values.size()) return {};
        return trim(row.values[static_cast<size_t>(c)]);
    }
    void report(Severity severity, const TableRow& row, Field f, std::string message,
                std::string hint = {}) {
        int c = index_[static_cast<size_t>(f)];
        std::string column =
            c >= 0 ? table_.columns()[static_cast<size_t>(c)] : std::string(field_name(f));
        bool lines = table_.row_word() != "feature";
        std::string where = std::string(table_.row_word()) + " " + std::to_string(row.number) +
                            ", column " + std::to_string(c + 1) + " \"" + column + "\"";
        out_.diagnostics.push_back(
            Diagnostic{severity, file_, lines ? static_cast<int>(row.number) : 0, lines ? c + 1 : 0,
                       where, std::move(message), std::move(hint)});
    }
    // "; row skipped", or "; feature skipped" for GeoJSON, KML ...
    std::string skipped() const {
        return "; " + std::string(table_.row_word() == "feature" ? "feature" : "row") + " skipped";
    }
    void string_field(std::string& json, std::string_view key, std::string_view text) {
        json += ",\"";
        json += key;
        json += "\":";
        latin1_ |= !append_json_string(json, text);
    }
    std::optional<TimeValue> read_time(const TableRow& row);
    // The row's line or area, checked as a hand-written one would be (open rings, too few
    // points, crossings), as the event's "geometry".
    void append_geometry(const TableRow& row, std::string& json) {
        ParsedGeometry parsed = parse_geojson_geometry(nlohmann::json::parse(row.geometry_json, nullptr, false));
        for (const GeometryProblem& problem : parsed.problems)
            out_.diagnostics.push_back(Diagnostic{problem.severity == Severity::error ? Severity::warning : problem.severity, file_, 0, 0,
                                                  std::string(table_.row_word()) + " " + std::to_string(row.number) +
                                                      ", geometry" + problem.pointer,
                                                  problem.message + (parsed.geometry ? "" : "; the event keeps its centroid"),
                                                  problem.hint});
        if (!parsed.geometry) return;
        json += ",\"geometry\":";
        json += geometry_to_geojson(*parsed.geometry).dump();
    }

    const TableReader& table_;
    const std::string& file_;
    const DetectedSchema& schema_;
    const TableImportOptions& options_;
    TableImport& out_;
    std::array<int, kFieldCount> index_{};
    std::vector<bool> represented_;
    std::vector<size_t> other_dates_;  // date columns to fall back on, when not mapped by hand
    std::vector<size_t> fatality_synonyms_;  // toll columns to fall back on, per row
    std::map<std::string, std::string> categories_;  // key -> label
    bool first_ = true;
    bool latin1_ = false;
    size_t line_ = 1;  // of the document written: the header takes line 1
};

std::optional<TimeValue> RowConverter::read_time(const TableRow& row) {
    std::string_view text = value(row, Field::time);
    for (size_t i = 0; text.empty() && i < other_dates_.size(); ++i)
        if (other_dates_[i] < row.values.size()) text = trim(row.values[other_dates_[i]]);
    auto fail = [&](Field f, const WildDate& date) -> std::optional<TimeValue> {
        report(Severity::error, row, f, date.stamp.error + skipped(),
               date.ambiguous
                   ? "pass --date-order dmy (day first, 04/10/2017 is 4 October) or "
                     "--date-order mdy (month first, as in the US)"
                   : "fix the date in the file, or map another column with --map time=COLUMN");
        return std::nullopt;
    };
    if (text.empty()) {
        report(Severity::error, row, Field::time, "no date" + skipped(),
               "fill in the date, or map another column with --map time=COLUMN");
        return std::nullopt;
    }
    WildDate start = parse_wild_date(text, options_.date_order);
    if (!start.stamp) return fail(Field::time, start);
    TimeValue time = TimeValue::from_stamp(*start.stamp.value);
    if (std::string_view end_text = value(row, Field::time_end); !end_text.empty()) {
        WildDate end = parse_wild_date(end_text, options_.date_order);
        if (!end.stamp) return fail(Field::time_end, end);
        if (end.stamp.value->end != time.end || end.stamp.value->start != time.start) {
            auto span = make_time_span(*start.stamp.value, *end.stamp.value);
            if (!span) {
                report(Severity::error, row, Field::time_end, span.error + skipped(),
                       "check that the end date is not before the start date");
                return std::nullopt;
            }
            time = narrow_to_unit(*span.value);
        }
    }
    // ACLED: 2 = "during the week around this date", 3 = "some day of this month".
    if (schema_.schema == Schema::acled && time.start_precision == TimePrecision::day &&
        !time.is_span) {
        std::string_view code = value(row, Field::time_precision);
        if (code == "2") {
            time = TimeValue{time.start - 3 * kDay, time.start + 4 * kDay, TimePrecision::day,
                             TimePrecision::day, true};
        } else if (code == "3") {
            std::string month = format_time(time.start, TimePrecision::month);
            time = TimeValue::from_stamp(*parse_time_stamp(month).value);
        }
    }
    return time;
}

void append_time(std::string& json, const TimeValue& t) {
    if (!t.is_span) {
        append_json_string(json, format_time(t.start, t.start_precision));
        return;
    }
    json += "{\"start\":";
    append_json_string(json, format_time(t.start, t.start_precision));
    json += ",\"end\":";
    append_json_string(json, format_time_end(t.end, t.end_precision));
    json += '}';
}

bool RowConverter::convert(const TableRow& row, std::string& json) {
    std::optional<TimeValue> time = read_time(row);
    if (!time) return false;

    // Coordinates exactly as the file gives them; the geometry when no columns are mapped.
    std::optional<double> lon, lat;
    std::string_view lon_text = value(row, Field::lon), lat_text = value(row, Field::lat);
    if (!lon_text.empty() || !lat_text.empty()) {
        lon = parse_number(lon_text);
        lat = parse_number(lat_text);
        if (!lon || !lat) {
            Field bad = lon ? Field::lat : Field::lon;
            report(Severity::error, row, bad,
                   "\"" + std::string(bad == Field::lat ? lat_text : lon_text).substr(0, 40) +
                       "\" is not a number" + skipped(),
                   "write decimal degrees with a point (36.2021), or leave both longitude and "
                   "latitude empty to place the row by its place name");
            return false;
        }
        if (*lon < -180 || *lon > 180 || *lat < -90 || *lat > 90) {
            report(
                Severity::error, row, *lat < -90 || *lat > 90 ? Field::lat : Field::lon,
                "position out of range (longitude " + std::string(lon_text) + ", latitude " +
                    std::string(lat_text) + ")" + skipped(),
                "check that latitude and longitude are not swapped (--map lat=COLUMN,lon=COLUMN)");
            return false;
        }
    } else if (row.has_point) {
        lon = row.x;
        lat = row.y;
        // GDAL reads [15.09, Infinity] or [1e400, 0] as a point; the event file cannot hold it.
        if (!std::isfinite(*lon) || !std::isfinite(*lat) || *lon < -180 || *lon > 180 || *lat < -90 || *lat > 90) {
            char position[96];
            std::snprintf(position, sizeof position, "longitude %.10g, latitude %.10g", *lon, *lat);
            out_.diagnostics.push_back(Diagnostic{
                Severity::error, file_, 0, 0, std::string(table_.row_word()) + " " + std::to_string(row.number) + ", geometry",
                std::string("the point is not a position on Earth (") + position + ")" + skipped(),
                "write its coordinates as [longitude, latitude] in degrees (WGS 84)"});
            return false;
        }
    }

    if (!first_) json += ',';
    first_ = false;
    // The event goes on the line its row had in the file: what the event reader says about
    // it (a duplicate id) then names the file's own line.
    do json += '\n'; while (++line_ < row.number);
    json += "{\"time\":";
    append_time(json, *time);
    if (auto id = value(row, Field::id); !id.empty())
        string_field(json, "id", id);
    else if (!row.feature_id.empty())
        string_field(json, "id", row.feature_id);

    std::string_view category_value = value(row, Field::category);
    std::string label =
        category_value.empty() ? std::string() : category_label(schema_.schema, category_value);
    std::string_view subcategory = value(row, Field::subcategory);
    std::string_view place = value(row, Field::place);
    if (auto title = value(row, Field::title); !title.empty()) {
        string_field(json, "title", title);
    } else if (!label.empty() || !subcategory.empty()) {
        // No title column (ACLED, GDELT): "Armed clash, Deir ez-Zor".
        std::string composed(subcategory.empty() || schema_.schema == Schema::gdelt
                                 ? label
                                 : std::string(subcategory));
        if (!place.empty()) composed += ", " + std::string(place);
        string_field(json, "title", composed);
    }
    std::string_view country = value(row, Field::country), region = value(row, Field::region);
    if (!place.empty() || !country.empty()) {
        json += ",\"place\":{\"name\":";
        latin1_ |= !append_json_string(json, place);
        if (!country.empty()) string_field(json, "country", country);
        if (!region.empty()) string_field(json, "region", region);
        json += '}';
    }
    if (lon) {
        json += ",\"coordinates\":[";
        append_json_number(json, *lon);
        json += ',';
        append_json_number(json, *lat);
        json += ']';
        std::string_view code = value(row, Field::geo_precision);
        if (!code.empty()) {
            json += ",\"coordinates_precision\":{\"level\":";
            append_json_string(json, position_level_name(position_level(schema_.schema, code)));
            string_field(json, "field", schema_.mapping[Field::geo_precision]);
            string_field(json, "code", code);
            json += '}';
        }
    }
    if (!row.geometry_json.empty() && lon_text.empty()) append_geometry(row, json);
    if (auto series = value(row, Field::series); !series.empty()) string_field(json, "series", series);
    if (!label.empty()) {
        std::string key = category_key(label);
        categories_.emplace(key, label);
        string_field(json, "category", key);
    }
    if (!subcategory.empty()) {
        std::string sub = schema_.schema == Schema::gdelt ? "CAMEO " + std::string(subcategory)
                                                          : std::string(subcategory);
        string_field(json, "subcategory", sub);
    }
    std::string_view actor1 = value(row, Field::actor1), actor2 = value(row, Field::actor2);
    if (!actor1.empty() || !actor2.empty()) {
        json += ",\"actors\":[";
        bool comma = false;
        for (std::string_view actor : {actor1, actor2}) {
            if (actor.empty()) continue;
            if (comma) json += ',';
            latin1_ |= !append_json_string(json, actor);
            comma = true;
        }
        json += ']';
    }
    std::string_view fatalities = value(row, Field::fatalities);
    for (size_t i = 0; fatalities.empty() && i < fatality_synonyms_.size(); ++i)
        if (fatality_synonyms_[i] < row.values.size()) fatalities = trim(row.values[fatality_synonyms_[i]]);
    if (!fatalities.empty()) {
        auto n = parse_number(fatalities);
        if (n && *n >= 0 && *n == std::floor(*n) && *n < 2e9) {
            json += ",\"fatalities\":";
            json += std::to_string(static_cast<std::int64_t>(*n));
        } else {
            report(Severity::warning, row, Field::fatalities,
                   "\"" + std::string(fatalities).substr(0, 40) +
                       "\" is not a whole number of people; the event is kept without fatalities",
                   "write a whole number, or leave the cell empty when not stated");
        }
    }
    std::string_view source = value(row, Field::source), url = value(row, Field::url);
    if (!source.empty() || !url.empty()) {
        json += ",\"sources\":[{";
        if (!source.empty()) {
            json += "\"title\":";
            latin1_ |= !append_json_string(json, source);
        }
        if (!url.empty()) {
            if (!source.empty()) json += ',';
            json += "\"url\":";
            latin1_ |= !append_json_string(json, url);
        }
        json += "}]";
    }
    if (auto notes = value(row, Field::notes); !notes.empty()) string_field(json, "notes", notes);

    bool any_property = false;
    for (size_t c = 0; c < table_.columns().size() && c < row.values.size(); ++c) {
        std::string_view v = trim(row.values[c]);
        if (represented_[c] || v.empty()) continue;
        json += any_property ? "," : ",\"properties\":{";
        any_property = true;
        latin1_ |= !append_json_string(json, table_.columns()[c]);
        json += ':';
        latin1_ |= !append_json_string(json, v);
    }
    if (any_property) json += '}';
    json += ",\"source_row\":";
    json += std::to_string(row.number);
    json += '}';
    return true;
}

}  // namespace

TableImport import_table(TableReader& table, const std::string& display_name,
                         const TableImportOptions& options) {
    TableImport out;
    out.format = table.format_name();
    out.schema = detect_schema(table.columns());
    if (std::string error =
            apply_mapping(options.explicit_mapping, table.columns(), out.schema.mapping);
        !error.empty()) {
        out.diagnostics.push_back(Diagnostic{Severity::error, display_name, 0, 0, "", error,
                                             "use the column names as the file writes them"});
        return out;
    }
    if (out.schema.mapping[Field::time].empty()) {
        std::string list;
        for (const std::string& c : table.columns()) list += (list.empty() ? "" : ", ") + c;
        out.diagnostics.push_back(Diagnostic{
            Severity::error, display_name, 0, 0, "",
            "no date column found (read as " + std::string(table.format_name()) +
                "; columns: " + (list.empty() ? "none" : list) + ")",
            "say which column holds the date: --map time=COLUMN (and place=, country=, category=, "
            "lat=, lon= ...)"});
        return out;
    }

    // One string, written once: the events first, then what is only known after them.
    std::string& json = out.json;
    // An ACLED row becomes about 2.3 times its CSV size: one allocation instead of a
    // doubling string copied ten times over.
    json.reserve(table.text_size() / 10 * 25 + 4096);
    json += "{\"chronomap\":1,\"title\":";
    std::string title = table.title();
    if (title.empty()) title = options.title.empty() ? display_name : options.title;
    append_json_string(json, title);
    json += ",\"events\":[";
    RowConverter converter(table, display_name, out.schema, options, out);
    TableRow row;
    size_t ragged = 0;
    while (table.next(row)) {
        ++out.rows;
        // A row whose fields do not match the header is read (missing fields are empty, extra
        // ones dropped) but said: it is often a comma inside a value that lacks its quotes.
        if (table.row_word() == "line" && row.values.size() != table.columns().size() && ++ragged <= 10) {
            size_t have = row.values.size(), want = table.columns().size();
            std::string message = "line " + std::to_string(row.number) + " has " + std::to_string(have) +
                                  (have == 1 ? " field" : " fields") + " where the header has " + std::to_string(want) +
                                  (have < want ? ": the missing ones are read as empty"
                                               : ": the last " + std::to_string(have - want) + " are ignored");
            out.diagnostics.push_back(Diagnostic{Severity::warning, display_name, static_cast<int>(row.number), 1,
                                                 "line " + std::to_string(row.number), std::move(message),
                                                 "a value holding the separator must be in double quotes"});
        }
        if (!converter.convert(row, json)) ++out.skipped;
    }
    if (ragged > 10)
        out.diagnostics.push_back(Diagnostic{Severity::warning, display_name, 0, 0, "",
                                             counted(ragged - 10, "more line does", "more lines do") + " not match the header", ""});
    json += "\n],\n\"categories\":{";
    bool comma = false;
    // Known types keep their chosen colours; the others take the palette's colours in turn,
    // skipping those already used: 13 categories are 13 colours, not five of one orange.
    std::vector<Rgba> used;
    for (const auto& [key, label] : converter.categories())
        if (auto known = known_category_color(label)) used.push_back(*known);
    size_t next_color = 0;
    auto color_of = [&](const std::string& label) {
        if (auto known = known_category_color(label)) return *known;
        for (size_t tries = 0; tries < kDistinctCategoryColors; ++tries) {
            Rgba candidate = default_category_color(next_color++);
            if (std::find(used.begin(), used.end(), candidate) == used.end()) {
                used.push_back(candidate);
                return candidate;
            }
        }
        return stable_category_color(label);
    };
    for (const auto& [key, label] : converter.categories()) {
        json += comma ? ",\n" : "\n";
        comma = true;
        append_json_string(json, key);
        json += ":{\"label\":";
        append_json_string(json, label);
        json += ",\"color\":";
        append_json_string(json, format_color(color_of(label)));
        json += '}';
    }
    json += "},\n\"imported\":{\"file\":";
    append_json_string(json, display_name);
    json += ",\"format\":";
    append_json_string(json, out.format);
    json += ",\"schema\":";
    append_json_string(json, out.schema.name);
    json += ",\"rows\":" + std::to_string(out.rows) + ",\"skipped\":" + std::to_string(out.skipped);
    json += ",\"mapping\":{";
    comma = false;
    for (size_t f = 0; f < kFieldCount; ++f) {
        if (out.schema.mapping.column[f].empty()) continue;
        if (comma) json += ',';
        comma = true;
        append_json_string(json, field_name(static_cast<Field>(f)));
        json += ':';
        append_json_string(json, out.schema.mapping.column[f]);
    }
    json += "}}}\n";
    if (converter.saw_latin1())
        out.diagnostics.push_back(Diagnostic{Severity::warning, display_name, 0, 0, "",
                                             "some text is not UTF-8; it was read as Latin-1",
                                             "save the file as UTF-8 if accents look wrong"});
    return out;
}

}  // namespace chronomap
