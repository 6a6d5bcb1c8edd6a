#include "postgis/postgis_source.h"

#include <limits>

#include "core/native_json/source_buffer.h"
#include "core/sources/json_text.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_window.h"

namespace chronomap::postgis {
namespace {

std::string with_thousands(size_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

class PostgisSource : public EventSource {
  public:
    PostgisSource(const std::string& uri, SourceOptions options) : options_(std::move(options)) {
        ParsedUri parsed = split_chronomap_parameters(uri);
        connection_ = parsed.connection;
        table_ = parsed.table.empty() ? kDefaultTable : parsed.table;
        shown_ = redact_password(uri);
    }
    std::string description() const override { return "PostGIS table \"" + table_ + "\""; }
    LoadResult load() override { return load_window({}); }
    LoadResult load_window(const SourceQuery& query) override;

  private:
    // One connection for the source's life: a window change costs its query, not a
    // connection and a check of the table. Opened again after the server went away.
    PgConnection& connected();
    std::string connection_, table_, shown_;
    SourceOptions options_;
    std::unique_ptr<PgConnection> db_;
};

PgConnection& PostgisSource::connected() {
    if (db_ && !db_->is_ok()) db_.reset();
    if (!db_) {
        auto db = std::make_unique<PgConnection>(connection_);
        check_events_table(*db, table_);
        db_ = std::move(db);
    }
    return *db_;
}

LoadResult failed(const std::string& file, const PgError& e) {
    LoadResult result;
    result.diagnostics.push_back(Diagnostic{Severity::error, file, 0, 0, "", e.what(), e.hint});
    return result;
}

LoadResult PostgisSource::load_window(const SourceQuery& query) {
    try {
        PgConnection& db = connected();
        PgResult meta = db.exec_params(
            std::string("SELECT title, lang, (SELECT '{' || COALESCE(string_agg(to_json(key)::text || ':' || "
                        "(value - 'order')::text, ',' ORDER BY (value->>'order')::int, key), '') || '}' "
                        "FROM jsonb_each(categories)), places::text, max_duration_s FROM ") +
                kMetadataTable + " WHERE table_name = $1",
            std::vector<std::string>{table_});
        std::vector<std::string> values;
        long long longest = meta.rows() ? meta.number(0, 4) : std::numeric_limits<int>::max();
        std::string where = window_condition(query, longest, values);
        PgResult rows = db.exec_params("SELECT event::text FROM " + db.quote_identifier(table_) +
                                           " WHERE " + where + " ORDER BY time_start, import_order",
                                       values);
        // One chronomap document, read by the native reader: the same rules as for a file.
        std::string document = "{\"chronomap\":1,\"title\":";
        append_json_string(document, meta.rows() && !meta.is_null(0, 0) ? meta.text(0, 0) : table_);
        if (meta.rows() && !meta.is_null(0, 1)) {
            document += ",\"lang\":";
            append_json_string(document, meta.text(0, 1));
        }
        if (meta.rows()) document += ",\"categories\":" + meta.text(0, 2);
        if (meta.rows() && !meta.is_null(0, 3)) document += ",\"places\":" + meta.text(0, 3);
        document += ",\"events\":[\n";
        size_t total = 0;
        for (int r = 0; r < rows.rows(); ++r) total += static_cast<size_t>(rows.length(r, 0)) + 2;
        document.reserve(document.size() + total + 8);
        for (int r = 0; r < rows.rows(); ++r) {
            if (r) document += ",\n";
            document.append(rows.raw(r, 0), static_cast<size_t>(rows.length(r, 0)));
        }
        document += "\n]}\n";
        const std::string shown = shown_ + " (table " + table_ + ")";
        LoadResult result = parse_event_buffer(SourceBuffer::copy_of(document), shown,
                                               {.strict = options_.strict});
        result.format = description() + " at " + db.where() + ", " + with_thousands(static_cast<size_t>(rows.rows())) + " rows";
        return result;
    } catch (const PgError& e) {
        return failed(shown_, e);
    }
}

std::unique_ptr<EventSource> make_source(const std::string& uri, const SourceOptions& options) {
    return std::make_unique<PostgisSource>(uri, options);
}

}  // namespace

std::unique_ptr<EventSource> make_postgis_source(const std::string& uri, const SourceOptions& options) {
    return make_source(uri, options);
}

void register_postgis_source() {
    register_uri_source("postgresql", &make_source);
    register_uri_source("postgres", &make_source);
}

}  // namespace chronomap::postgis
