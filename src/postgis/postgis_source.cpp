#include "postgis/postgis_source.h"

#include <algorithm>
#include <limits>
#include <mutex>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/native_json/source_buffer.h"
#include "core/sources/json_text.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_time_ranges.h"
#include "postgis/postgis_window.h"
#include "postgis/postgis_workspace.h"

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
        story_ = parsed.story;
        shown_ = redact_password(uri);
    }
    std::string description() const override { return "PostGIS table \"" + table_ + "\""; }
    LoadResult load() override { return load_window({}); }
    LoadResult load_window(const SourceQuery& query) override;
    std::optional<SourceOverview> overview(int buckets) override;
    WindowContent load_window_content(const SourceQuery& query, const WindowLimits& limits) override;
    void cancel() override;
    std::unique_ptr<SharedWorkspace> workspace() override {
        return open_postgis_workspace(connection_, table_, story_);
    }

  private:
    // One connection for the source's life: a window change costs its query, not a
    // connection and a check of the table. Opened again after the server went away.
    PgConnection& connected();
    // The window's rows as one chronomap document read by the native reader. Throws PgError.
    // `metadata_only`: no row, the title and categories alone.
    LoadResult rows_of(PgConnection& db, const SourceQuery& query, bool metadata_only = false);
    std::string connection_, table_, story_, shown_;
    SourceOptions options_;
    std::mutex db_mutex_;  // cancel() comes from another thread while db_ may be replaced
    std::unique_ptr<PgConnection> db_;
};

PgConnection& PostgisSource::connected() {
    std::lock_guard lock(db_mutex_);
    if (db_ && !db_->is_ok()) db_.reset();
    if (!db_) {
        auto db = std::make_unique<PgConnection>(connection_);
        check_events_table(*db, table_);
        prepare_window_session(*db, table_layout(*db, table_));
        db_ = std::move(db);
    }
    return *db_;
}

void PostgisSource::cancel() {
    std::lock_guard lock(db_mutex_);
    if (db_) db_->cancel();
}

// A bucket length for about `wanted` buckets over `span` seconds: hours dividing a day below a
// day, whole days above, so that bins line up with the dates on the axis.
UnixSeconds bucket_seconds_for(UnixSeconds span, int wanted) {
    UnixSeconds raw = std::max<UnixSeconds>(1, span / std::max(1, wanted) + 1);
    // Hours that divide a day, so that every day holds the same number of buckets (else a
    // daily rhythm shows as alternating bars).
    for (UnixSeconds hours : {1, 2, 3, 4, 6, 8, 12, 24})
        if (raw <= hours * 3600) return hours * 3600;
    return (raw + 86399) / 86400 * 86400;
}

// The first byte of a jsonb value in binary form, before its text.
constexpr char kJsonbVersion = 1;

// A timestamptz in binary form (microseconds since 2000-01-01 UTC) as microseconds since 1970;
// infinity stays the largest (or smallest) value.
long long unix_microseconds(long long since_2000) {
    constexpr long long k2000 = 946684800LL * 1000000;
    if (since_2000 > std::numeric_limits<long long>::max() - k2000) return std::numeric_limits<long long>::max();
    if (since_2000 == std::numeric_limits<long long>::min()) return since_2000;
    return since_2000 + k2000;
}

// A window's row by its start (microseconds) and its position in its file.
struct RowKey {
    long long start_us = 0, import_order = 0;
    int row = 0;
    bool operator<(const RowKey& o) const { return std::tie(start_us, import_order, row) < std::tie(o.start_us, o.import_order, o.row); }
};

LoadResult failed(const std::string& file, const PgError& e) {
    LoadResult result;
    result.diagnostics.push_back(Diagnostic{Severity::error, file, 0, 0, "", e.what(), e.hint});
    return result;
}

LoadResult PostgisSource::load_window(const SourceQuery& query) {
    try {
        return rows_of(connected(), query);
    } catch (const PgError& e) {
        return failed(shown_, e);
    }
}

LoadResult PostgisSource::rows_of(PgConnection& db, const SourceQuery& query, bool metadata_only) {
    {
        PgResult meta = db.exec_params(
            std::string("SELECT title, lang, (SELECT '{' || COALESCE(string_agg(to_json(key)::text || ':' || "
                        "(value - 'order')::text, ',' ORDER BY (value->>'order')::int, key), '') || '}' "
                        "FROM jsonb_each(categories)), places::text, max_duration_s FROM ") +
                kMetadataTable + " WHERE table_name = $1",
            std::vector<std::string>{table_});
        std::vector<std::string> values;
        long long longest = meta.rows() ? meta.number(0, 4) : std::numeric_limits<int>::max();
        // The window's time as ranges of the time indexes, the box on the geometry index.
        const std::string events =
            metadata_only ? "SELECT event, time_start, import_order FROM " + db.quote_identifier(table_) + " WHERE FALSE"
                          : union_of_ranges(window_time_ranges(query, longest, values), "event, time_start, import_order",
                                            db.quote_identifier(table_), box_condition(query, values));
        // Binary answers: the start (microseconds since 2000) and the file's order come as 8
        // bytes each, where the server wrote them as text from a numeric and the client read
        // them back; `event` as jsonb's version byte and its text (docs/PERFORMANCE.md).
        PgResult rows = db.exec_params_binary("SELECT event, time_start, import_order FROM (" + events + ") AS w",
                                              values);
        // In time order, ties in the file's order: sorted here on two numbers a row rather than
        // by the server, which sorted the rows' text (a fifth of a 7-day window's query at 1 M
        // rows, docs/PERFORMANCE.md).
        std::vector<RowKey> order(static_cast<size_t>(rows.rows()));
        size_t text_bytes = 0;
        for (int r = 0; r < rows.rows(); ++r) {
            if (rows.length(r, 0) < 1 || rows.raw(r, 0)[0] != kJsonbVersion)
                throw PgError("the server at " + db.where() + " sent the events' JSON in a binary form this chronomap "
                              "does not read (jsonb version " +
                                  std::to_string(rows.length(r, 0) ? int(rows.raw(r, 0)[0]) : -1) + ", not 1)",
                              "jsonb's binary form has been version 1 since PostgreSQL 9.4 (tested here with 15): "
                              "a newer server may need a newer chronomap");
            order[static_cast<size_t>(r)] = {unix_microseconds(rows.binary_int8(r, 1)), rows.binary_int8(r, 2), r};
            text_bytes += static_cast<size_t>(rows.length(r, 0)) - 1;
        }
        std::sort(order.begin(), order.end());
        // One chronomap document, read by the native reader: the same rules as for a file.
        std::string head = "{\"chronomap\":1,\"title\":";
        append_json_string(head, meta.rows() && !meta.is_null(0, 0) ? meta.text(0, 0) : table_);
        if (meta.rows() && !meta.is_null(0, 1)) {
            head += ",\"lang\":";
            append_json_string(head, meta.text(0, 1));
        }
        if (meta.rows()) head += ",\"categories\":" + meta.text(0, 2);
        if (meta.rows() && !meta.is_null(0, 3)) head += ",\"places\":" + meta.text(0, 3);
        head += ",\"events\":[\n";
        constexpr std::string_view kBetween = ",\n", kTail = "\n]}\n";
        const size_t size = head.size() + text_bytes + kBetween.size() * (order.empty() ? 0 : order.size() - 1) +
                            kTail.size();
        // Written straight into the reader's buffer: the rows' text is copied once (a string
        // copied again into the buffer was a third of the client's time, mostly page faults).
        auto document = SourceBuffer::written(size, [&](char* at) {
            auto put = [&at](const char* text, size_t length) { at = std::copy_n(text, length, at); };
            put(head.data(), head.size());
            for (size_t i = 0; i < order.size(); ++i) {
                if (i) put(kBetween.data(), kBetween.size());
                put(rows.raw(order[i].row, 0) + 1, static_cast<size_t>(rows.length(order[i].row, 0)) - 1);
            }
            put(kTail.data(), kTail.size());
        });
        const std::string shown = shown_ + " (table " + table_ + ")";
        LoadResult result = parse_event_buffer(std::move(document), shown,
                                               {.strict = options_.strict});
        result.format = description() + " at " + db.where() + ", " + with_thousands(static_cast<size_t>(rows.rows())) + " rows";
        return result;
    }
}

std::optional<SourceOverview> PostgisSource::overview(int buckets) {
    SourceOverview out;
    try {
        PgConnection& db = connected();
        out.where = db.where();
        // The metadata alone: an empty window gives the title and categories, no row.
        out.metadata = rows_of(db, {}, true);
        if (!out.metadata.store) return out;
        const std::string table = db.quote_identifier(table_);
        const TableLayout layout = table_layout(db, table_);
        // The first start and the last end, as a file's time extent: index probes, then the
        // ends of the events that reach past the last start, as ranges of the time indexes
        // with the bounds known to the planner (a bound computed in the same query made it
        // guess, and read the whole table).
        PgResult extent = db.exec("SELECT floor(extract(epoch FROM min(time_start)))::bigint, "
                                  "floor(extract(epoch FROM max(time_start)))::bigint FROM " + table);
        if (extent.rows() == 0 || extent.is_null(0, 0)) return out;  // an empty table
        out.first = extent.number(0, 0), out.last = extent.number(0, 1);
        SourceQuery after_last_start;  // events ending at or after the last start
        after_last_start.start = out.last - 1;
        std::vector<std::string> values;
        PgResult end = db.exec_params(
            "SELECT floor(extract(epoch FROM max(time_end)))::bigint FROM (" +
                union_of_ranges(window_time_ranges(after_last_start, layout.longest_span, values), "time_end", table, "") +
                ") AS e",
            values);
        if (end.rows() && !end.is_null(0, 0)) out.last = std::max(out.last, static_cast<UnixSeconds>(end.number(0, 0)));
        // The box the camera fits: the planner's estimate (no scan) when the table was
        // analysed, else the exact extent.
        std::optional<PgResult> box;
        try {
            box.emplace(db.exec_params("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM "
                                       "(SELECT ST_EstimatedExtent($1, 'geom')::geometry AS b) AS e",
                                       std::vector<std::string>{table_}));
        } catch (const PgCancelled&) {
            throw;
        } catch (const PgError&) {
        }
        if (!box || box->rows() == 0 || box->is_null(0, 0))
            box.emplace(db.exec("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM "
                                "(SELECT ST_Extent(geom)::geometry AS b FROM " + table + ") AS e"));
        if (box->rows() && !box->is_null(0, 0))
            out.extent = GeoBox{std::stod(box->text(0, 0)), std::stod(box->text(0, 1)), std::stod(box->text(0, 2)),
                                std::stod(box->text(0, 3))};
        // The timeline's histogram: events per bucket and category, counted by the server.
        TimeBuckets& h = out.histogram;
        h.seconds = bucket_seconds_for(out.last - out.first, buckets);
        h.start = out.first - ((out.first % 86400) + 86400) % 86400;  // midnight UTC before the first
        h.buckets = static_cast<size_t>((out.last - h.start) / h.seconds + 1);  // starts are before the last end
        const auto& categories = out.metadata.store->categories();
        h.categories = std::max<size_t>(categories.size(), 1);
        h.counts.assign(h.buckets * h.categories, 0);
        std::unordered_map<std::string, size_t> index;
        for (size_t c = 0; c < categories.size(); ++c) index[categories[c].key] = c;
        // From the summary's hours when the table has one (buckets are whole hours, so the sums
        // are exact); else from every row, and the user is told how to add the summary.
        PgResult r = db.exec_params(
            layout.summary
                ? "SELECT (hour * 3600 - $1::bigint) / $2::bigint, NULLIF(category, ''), sum(events)::bigint FROM " +
                      db.quote_identifier(hours_table(table_)) + " WHERE hour * 3600 >= $1::bigint GROUP BY 1, 2"
                : "SELECT (floor(extract(epoch FROM time_start))::bigint - $1::bigint) / $2::bigint, category, "
                  "count(*) FROM " + table + " WHERE time_start >= to_timestamp($1) GROUP BY 1, 2",
            std::vector<std::string>{std::to_string(h.start), std::to_string(h.seconds)});
        if (!layout.summary)
            out.metadata.diagnostics.push_back(Diagnostic{
                Severity::warning, shown_, 0, 0, "",
                "the table \"" + table_ + "\" was written by an older chronomap: no summary table, so the "
                "timeline and long windows are counted from every row (slow on large tables)",
                "run once: chronomap import --reindex -o '" + shown_ + "' (needs the right to alter the table)"});
        else if (!layout.alive)
            out.metadata.diagnostics.push_back(Diagnostic{
                Severity::warning, shown_, 0, 0, "",
                "the table \"" + table_ + "\" was summarised by an older chronomap: no table of the events alive at "
                "each midnight, so every window reads the events reaching into it (slower as the table grows)",
                "run once: chronomap import --reindex -o '" + shown_ + "' (needs the right to alter the table)"});
        for (int i = 0; i < r.rows(); ++i) {
            long long b = r.number(i, 0);
            if (b < 0 || static_cast<size_t>(b) >= h.buckets) continue;
            auto found = r.is_null(i, 1) ? index.end() : index.find(r.text(i, 1));
            size_t c = found != index.end() ? found->second : h.categories - 1;  // unknown: the last
            h.counts[static_cast<size_t>(b) * h.categories + c] += static_cast<std::uint32_t>(r.number(i, 2));
            out.rows += r.number(i, 2);
        }
        out.metadata.format = description() + " at " + db.where() + ", " + with_thousands(static_cast<size_t>(out.rows)) + " rows";
    } catch (const PgError& e) {
        out.metadata = failed(shown_, e);
    }
    return out;
}

WindowContent PostgisSource::load_window_content(const SourceQuery& query, const WindowLimits& limits) {
    WindowContent content;
    try {
        PgConnection& db = connected();
        const TableLayout layout = table_layout(db, table_);
        content.server_count = count_in_window(db, table_, layout, query, limits.markers);
        if (content.server_count <= limits.markers) {
            content.rows = rows_of(db, query);
            return content;
        }
        if (!limits.grid) {
            content.rows = rows_of(db, query, true);  // the count alone: the caller asks again
            return content;
        }
        content.grid = density_grid(db, table_, layout, query, limits.grid_columns, limits.grid_rows);
        content.rows = rows_of(db, query, true);  // no row: the categories for the legend
    } catch (const PgCancelled&) {
        content.cancelled = true;
    } catch (const PgError& e) {
        content.rows = failed(shown_, e);
    }
    return content;
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
