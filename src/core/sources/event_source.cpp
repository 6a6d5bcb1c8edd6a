#include "core/sources/event_source.h"

#include <cctype>
#include <map>
#include <mutex>
#include <stdexcept>

#include "core/io/input_check.h"
#include "core/sources/table_import.h"
#include "core/sources/table_reader.h"

namespace chronomap {
namespace {

std::string with_thousands(size_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

LoadResult failed(const std::string& file, std::string message, std::string hint) {
    LoadResult result;
    result.diagnostics.push_back(
        Diagnostic{Severity::error, file, 0, 0, "", std::move(message), std::move(hint)});
    return result;
}

// What the event reader says about a table's converted events, in the table's own words:
// its file, line and column name (a feature's number and property), not the converted
// document's name and JSON pointer. The converted events sit on their rows' lines
// (table_import.cpp), so a line stays right.
void in_table_words(std::vector<Diagnostic>& diagnostics, const std::string& file,
                    const std::string& converted, const FieldMapping& mapping,
                    const std::vector<std::string>& columns, bool lines) {
    static const std::pair<std::string_view, Field> kFields[] = {
        {"id", Field::id},         {"time", Field::time},         {"title", Field::title},
        {"category", Field::category}, {"subcategory", Field::subcategory}, {"place", Field::place},
        {"coordinates", Field::lat}, {"fatalities", Field::fatalities}, {"actors", Field::actor1},
        {"sources", Field::source}, {"notes", Field::notes}};
    for (Diagnostic& d : diagnostics) {
        if (d.file != converted) continue;
        d.file = file;
        std::string_view key;  // "id" of "/events/4/id"
        if (std::string_view p = d.pointer; p.starts_with("/events/")) {
            p.remove_prefix(8);
            if (size_t slash = p.find('/'); slash != std::string_view::npos) key = p.substr(slash + 1);
            key = key.substr(0, key.find('/'));
        }
        std::string column;
        for (auto [name, field] : kFields)
            if (name == key) column = mapping[field];
        int index = 0;
        for (size_t c = 0; c < columns.size() && !column.empty(); ++c)
            if (columns[c] == column) index = static_cast<int>(c) + 1;
        if (key == "coordinates" && !mapping[Field::lon].empty()) column += "\", \"" + mapping[Field::lon];
        if (lines) {
            if (d.line > 0) d.column = index > 0 ? index : 1;
            d.pointer = column.empty() ? "" : "column \"" + column + "\"";
        } else {
            d.pointer = d.line > 0 ? "feature " + std::to_string(d.line) : "";
            if (!column.empty()) d.pointer += (d.pointer.empty() ? "property \"" : ", property \"") + column + "\"";
            d.line = d.column = 0;
            if (size_t at = d.message.find("the event at line "); at != std::string::npos)
                d.message.replace(at, 18, "feature ");
        }
    }
}

class NativeJsonSource : public EventSource {
  public:
    NativeJsonSource(std::filesystem::path path, bool strict)
        : path_(std::move(path)), strict_(strict) {}
    std::string description() const override { return "chronomap JSON"; }
    LoadResult load() override {
        LoadResult result = load_event_file(path_, {.strict = strict_});
        result.format = description();
        // A JSON file that is not ours: say which formats are, rather than only what is missing.
        if (!result.store)
            for (Diagnostic& d : result.diagnostics)
                if (d.message == "the file must be a JSON object" ||
                    d.message == "the file has no \"events\" array")
                    d.hint += "; chronomap also reads " + std::string(readable_formats()) +
                              " (GeoJSON needs \"type\": \"FeatureCollection\")";
        return result;
    }

  private:
    std::filesystem::path path_;
    bool strict_;
};

class TableSource : public EventSource {
  public:
    TableSource(std::filesystem::path path, SourceFormat format, SourceOptions options)
        : path_(std::move(path)), format_(format), options_(std::move(options)) {}
    std::string description() const override {
        // What the table was read as once it is open ("TSV" for tab-separated text), else
        // what its content and name suggest.
        std::string read_as = read_as_.empty() ? std::string(format_name(format_)) : read_as_;
        return schema_.empty() ? read_as : schema_ + " (" + read_as + ")";
    }
    LoadResult load() override;

  private:
    std::filesystem::path path_;
    SourceFormat format_;
    SourceOptions options_;
    std::string schema_;
    std::string read_as_;
};

LoadResult TableSource::load() {
    const std::string file = path_.string();
    TableImportOptions import_options{
        .date_order = options_.date_order, .explicit_mapping = {}, .title = {}};
    import_options.title = path_.filename().string();
    if (!options_.mapping_file.empty()) {
        auto mapping = read_mapping_file(options_.mapping_file);
        if (!mapping)
            return failed(file, mapping.error, "write one FIELD=COLUMN per line, e.g. time=Date");
        import_options.explicit_mapping = *mapping.value;
    }
    if (!options_.mapping.empty()) {
        auto mapping = parse_mapping(options_.mapping);
        if (!mapping)
            return failed(file, "--map: " + mapping.error,
                          "write --map time=Date,place=Town,country=Pays");
        for (size_t f = 0; f < kFieldCount; ++f)
            if (!mapping.value->column[f].empty())
                import_options.explicit_mapping.column[f] = mapping.value->column[f];
    }
    TableImport imported;
    std::vector<std::string> columns;
    bool by_line = true;
    try {
        auto table = open_table(path_, format_, {.layer = options_.layer});
        imported = import_table(*table, file, import_options);
        columns = table->columns();
        by_line = table->row_word() != "feature";
    } catch (const TableReadError& e) {
        LoadResult result;
        result.diagnostics.push_back(
            Diagnostic{Severity::error, file, e.line, e.column,
                       "line " + std::to_string(e.line) + ", column " + std::to_string(e.column),
                       e.what(), e.hint});
        return result;
    } catch (const std::exception& e) {
        return failed(file, e.what(),
                      "check that the file is whole and in the format its name says");
    }
    schema_ = imported.schema.name;
    read_as_ = imported.format;
    if (imported.json.empty()) {
        LoadResult result;
        result.diagnostics = std::move(imported.diagnostics);
        return result;
    }
    if (options_.strict && has_errors(imported.diagnostics)) {
        LoadResult result;
        result.diagnostics = std::move(imported.diagnostics);
        result.diagnostics.push_back(Diagnostic{
            Severity::error, file, 0, 0, "", "the file has problems and --strict refuses it",
            "fix the rows above, or load without --strict to skip them"});
        return result;
    }
    // The converted document goes through the native reader: one set of rules for events.
    // Copied into the buffer the store keeps, and freed before the store is built: a
    // million rows make close to a gigabyte of text.
    auto buffer = SourceBuffer::copy_of(imported.json);
    std::string().swap(imported.json);  // assigning an empty string would keep the capacity
    const std::string converted = file + " (converted)";
    LoadResult result = parse_event_buffer(std::move(buffer), converted, {.strict = options_.strict});
    in_table_words(result.diagnostics, file, converted, imported.schema.mapping, columns, by_line);
    result.diagnostics.insert(result.diagnostics.begin(), imported.diagnostics.begin(),
                              imported.diagnostics.end());
    result.skipped_events += imported.skipped;
    result.format = description() + ", " + with_thousands(imported.rows) + " rows";
    return result;
}

class UnreadableSource : public EventSource {
  public:
    UnreadableSource(std::filesystem::path path, std::string message, std::string hint)
        : path_(std::move(path)), message_(std::move(message)), hint_(std::move(hint)) {}
    std::string description() const override { return "unknown format"; }
    LoadResult load() override { return failed(path_.string(), message_, hint_); }

  private:
    std::filesystem::path path_;
    std::string message_;
    std::string hint_;
};

bool in_box(const SourceQuery& q, double lon, double lat) {
    if (lat < q.south || lat > q.north) return false;
    if (q.west <= q.east) return lon >= q.west && lon <= q.east;
    return lon >= q.west || lon <= q.east;  // across the antimeridian
}

std::map<std::string, UriSourceFactory>& uri_sources() {
    static std::map<std::string, UriSourceFactory> sources;
    return sources;
}
std::mutex uri_sources_mutex;

}  // namespace

void register_uri_source(std::string scheme, UriSourceFactory factory) {
    std::lock_guard lock(uri_sources_mutex);
    uri_sources()[std::move(scheme)] = factory;
}

std::string uri_scheme(std::string_view path_or_uri) {
    size_t colon = path_or_uri.find("://");
    if (colon == std::string_view::npos || colon == 0) return {};
    for (char c : path_or_uri.substr(0, colon))
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
    return std::string(path_or_uri.substr(0, colon));
}

LoadResult EventSource::load_window(const SourceQuery& query) {
    LoadResult result = load();
    if (result.store) result.store = select_events(*result.store, query);
    return result;
}

std::optional<SourceOverview> EventSource::overview(int) { return std::nullopt; }

WindowContent EventSource::load_window_content(const SourceQuery& query, const WindowLimits&) {
    WindowContent content;
    content.rows = load_window(query);
    content.server_count = content.rows.store ? static_cast<std::int64_t>(content.rows.store->size()) : 0;
    return content;
}

EventStore select_events(const EventStore& store, const SourceQuery& query) {
    std::vector<EventRecord> records;
    for (size_t i = 0; i < store.size(); ++i) {
        TimeValue t = store.time(i);
        if (!t.overlaps(query.start, query.end)) continue;
        if (query.has_box &&
            (!store.is_placed(i) || !in_box(query, store.lon()[i], store.lat()[i])))
            continue;
        EventRecord r;
        r.id = store.id(i);
        r.title = store.title(i);
        r.time = t;
        r.place_name = store.place_name(i);
        r.place_country = store.place_country(i);
        r.place_region = store.place_region(i);
        r.place_district = store.place_district(i);
        r.location_precision = store.location_precision(i);
        r.lon = store.lon()[i];
        r.lat = store.lat()[i];
        r.place_source = store.place_source(i);
        r.category = store.category()[i];
        r.fatalities = store.fatalities()[i];
        r.injured = store.injured()[i];
        r.actors = store.actors(i);
        r.file_index = store.file_index()[i];
        std::string_view json = store.original_json(i);
        r.json_offset =
            json.empty() ? 0 : static_cast<std::uint64_t>(json.data() - store.source_text().data());
        r.json_length = static_cast<std::uint32_t>(json.size());
        records.push_back(std::move(r));
    }
    return EventStore::build(records, store.categories(), store.title_of_file(),
                             SourceBuffer::copy_of(store.source_text()));
}

std::unique_ptr<EventSource> make_event_source(const std::filesystem::path& path,
                                               const SourceOptions& options) {
    if (std::string scheme = uri_scheme(path.string()); !scheme.empty()) {
        UriSourceFactory factory = nullptr;
        {
            std::lock_guard lock(uri_sources_mutex);
            if (auto at = uri_sources().find(scheme); at != uri_sources().end()) factory = at->second;
        }
        if (factory) return factory(path.string(), options);
        // No password in the message: the URI may hold one.
        return std::make_unique<UnreadableSource>(
            scheme + "://", "this chronomap cannot read " + scheme + ":// sources",
            scheme.starts_with("postgres") ? "build chronomap with libpq (Debian: libpq-dev)"
                                           : "give the path of an event file");
    }
    // What is not a file of bounded size is refused before a byte is read: /dev/zero or
    // /dev/urandom would otherwise be read until memory runs out.
    if (auto why = why_unreadable(path)) {
        bool loop = why->find("loop") != std::string::npos, folder = why->find("folder") != std::string::npos;
        return std::make_unique<UnreadableSource>(
            path, (loop ? "cannot open " : "cannot read ") + path.string() + ": " + *why,
            loop ? "point the link at a real file"
                 : folder ? "give the path of an event file inside it"
                          : why->find("4 GiB") != std::string::npos ? "split it, by year or by region"
                                                                    : "give the path of an event file");
    }
    DetectedFormat detected;
    try {
        detected = detect_format(path);
    } catch (const std::exception&) {
        // The native reader says why the file cannot be read, as it always has.
        return std::make_unique<NativeJsonSource>(path, options.strict);
    }
    // Before the format: a UTF-16 CSV or JSON file is otherwise a syntax error at 1:1.
    if (detected.utf16)
        return std::make_unique<UnreadableSource>(
            path,
            "this file is UTF-16; save it as UTF-8 (in Excel: Save As > CSV UTF-8; in an editor: "
            "Encoding > UTF-8)",
            "");
    switch (detected.format) {
        case SourceFormat::native_json:
            return std::make_unique<NativeJsonSource>(path, options.strict);
        case SourceFormat::unknown:
            return std::make_unique<UnreadableSource>(
                path, "chronomap cannot read this file: it is " + detected.looks_like,
                "chronomap reads " + std::string(readable_formats()));
        default:
            return std::make_unique<TableSource>(path, detected.format, options);
    }
}

LoadResult open_event_source(const std::filesystem::path& path, const SourceOptions& options) {
    return make_event_source(path, options)->load();
}

}  // namespace chronomap
