// PostGIS source and sink at N synthetic events (docs/PERFORMANCE.md, "## PostGIS"): the
// import rate through COPY + upsert, then what the explorer asks the server: opening (the
// histogram of all dates, the count, the density grid of all dates), and a window change
// (count, then the rows when few enough or else the density grid) for a 30-day window
// moved across the two years, and for all dates. Medians and p95 over the moves.
//
// Then the explorer's own path (src/app/server_window.cpp): opening on the source's overview
// (metadata, time extent, box, the histogram per bucket and category), and a window change
// through the WindowLoader (a worker with its own connection) until the answer is ready,
// for a 7-day and a 30-day window moved across the two years and for all dates.
//
// --old-layout first turns the table into what an older chronomap wrote (no summary tables, no
// covering index: bench/postgis_old_layout.h), for before/after figures in one sitting; then
// --reindex (chronomap import --reindex) brings it back and is timed. --explorer-only skips the
// server-side queries and the larger marker limit: the explorer's path alone (on a large table
// the all-dates histogram of the first half reads every index entry, ten times).
//
//   postgis_bench URI --events N [--table NAME] [--no-import] [--moves M] [--old-layout] [--reindex]
//                 [--explorer-only]
// bench/postgis_bench.sh starts a throwaway cluster and runs this at 1 M and 10 M.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/sources/window_loader.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"
#include "postgis_old_layout.h"
#include "synthetic_events.h"

using namespace chronomap;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

struct Stats {
    double median = 0, p95 = 0;
};
Stats stats_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty()) return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}

constexpr std::int64_t kMarkerLimit = 20000;  // the explorer's markers/density switch
constexpr int kGridColumns = 320, kGridRows = 200;
constexpr int kHistogramBuckets = 730;  // one per day of the synthetic two years

// What the explorer needs after the window moved: the events as markers when few, else the grid.
size_t window_change(postgis::PgConnection& db, EventSource& source, const std::string& table,
                     const SourceQuery& query) {
    std::int64_t count = postgis::count_in_window(db, table, query, kMarkerLimit);
    if (count <= kMarkerLimit) {
        LoadResult rows = source.load_window(query);
        return rows.store ? rows.store->size() : 0;
    }
    return postgis::density_grid(db, table, query, kGridColumns, kGridRows).cells.size();
}
// One window through the explorer's worker: request, then poll as the frames do until the
// answer is there. Returns the milliseconds; `rows`/`cells` say what came.
double loader_window(WindowLoader& loader, const SourceQuery& query, size_t& rows, size_t& cells) {
    auto t = Clock::now();
    std::uint64_t id = loader.request(query);
    while (true) {
        if (std::optional<WindowAnswer> answer = loader.take(); answer && answer->request == id) {
            rows = answer->content.rows.store ? answer->content.rows.store->size() : 0;
            cells = answer->content.grid ? answer->content.grid->cells.size() : 0;
            return ms_since(t);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

// The explorer's figures: open on the overview, then window changes through the worker.
void explorer_path(const std::string& uri, const std::string& table, int moves, std::int64_t marker_limit) {
    std::string source_uri = uri + "?table=" + table;
    std::vector<double> open;
    std::int64_t rows_on_server = 0;
    for (int round = 0; round < 5; ++round) {
        auto t = Clock::now();
        auto source = postgis::make_postgis_source(source_uri, {});
        std::optional<SourceOverview> overview = source->overview(4096);
        open.push_back(ms_since(t));
        rows_on_server = overview ? overview->rows : -1;
    }
    Stats o = stats_of(open);
    std::printf("explorer open (overview: metadata, extent, box, histogram of %lld rows): median %.0f ms, p95 %.0f ms\n",
                static_cast<long long>(rows_on_server), o.median, o.p95);
    WindowLoader loader(postgis::make_postgis_source(source_uri, {}), WindowLimits{.markers = marker_limit});
    for (long long length : {7LL, 30LL}) {
        std::vector<double> times;
        size_t rows = 0, cells = 0, max_rows = 0, max_cells = 0;
        for (int m = 0; m < moves; ++m) {
            SourceQuery window;
            window.start = kSyntheticStart + (kSyntheticDays - length) * 86400LL * m / std::max(1, moves - 1);
            window.end = window.start + length * 86400;
            times.push_back(loader_window(loader, window, rows, cells));
            max_rows = std::max(max_rows, rows), max_cells = std::max(max_cells, cells);
        }
        Stats w = stats_of(times);
        std::printf("explorer window change, %lld days (up to %zu rows, %zu grid cells; marker limit %lld): "
                    "median %.0f ms, p95 %.0f ms\n",
                    length, max_rows, max_cells, static_cast<long long>(marker_limit), w.median, w.p95);
    }
    std::vector<double> times;
    size_t rows = 0, cells = 0;
    SourceQuery all;  // all dates, the whole world: the density path
    for (int m = 0; m < 5; ++m) times.push_back(loader_window(loader, all, rows, cells));
    Stats a = stats_of(times);
    std::printf("explorer window change, all dates (%zu rows, %zu grid cells): median %.0f ms, p95 %.0f ms\n", rows,
                cells, a.median, a.p95);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: postgis_bench URI --events N [--table NAME] [--no-import] [--moves M]\n");
        return 64;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as it comes, also into a file
    std::string uri = argv[1], table = "bench_events";
    size_t events = 1'000'000;
    int moves = 20;
    bool import = true, old_layout = false, reindex = false, explorer_only = false;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--events") && i + 1 < argc) events = std::stoull(argv[++i]);
        else if (!std::strcmp(argv[i], "--table") && i + 1 < argc) table = argv[++i];
        else if (!std::strcmp(argv[i], "--moves") && i + 1 < argc) moves = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-import")) import = false;
        else if (!std::strcmp(argv[i], "--old-layout")) old_layout = true;
        else if (!std::strcmp(argv[i], "--reindex")) reindex = true;
        else if (!std::strcmp(argv[i], "--explorer-only")) explorer_only = true;
    }
    try {
        postgis::PgConnection db(uri);
        if (import) {
            auto made = Clock::now();
            EventStore store = make_synthetic_events(events);
            std::printf("synthetic events: %zu made in %.1f s\n", store.size(), ms_since(made) / 1000);
            db.exec("DROP TABLE IF EXISTS " + db.quote_identifier(table));
            auto t = Clock::now();
            auto counts = postgis::import_events(db, table, store);
            double s = ms_since(t) / 1000;
            std::printf("import (COPY, upsert, summary, VACUUM ANALYZE): %zu rows in %.1f s = %.0f rows/s\n",
                        counts.inserted, s, double(counts.inserted) / s);
        }
        if (old_layout) {
            auto t = Clock::now();
            make_old_layout(db, table);
            std::printf("turned into an older chronomap's layout in %.1f s\n", ms_since(t) / 1000);
        }
        if (reindex) {
            auto t = Clock::now();
            postgis::ReindexCounts counts = postgis::reindex_table(db, table);
            std::printf("reindex (columns, covering index, summary, VACUUM ANALYZE): %.1f s; %lld hour rows, %lld cell rows, "
                        "%lld alive rows\n",
                        ms_since(t) / 1000, counts.hours, counts.cells, counts.alive);
        }
        const postgis::TableLayout layout = postgis::table_layout(db, table);
        std::printf("layout: %s\n", layout.alive     ? "summary tables (alive at midnights too) and covering index"
                                    : layout.summary ? "summary tables (no alive table) and covering index"
                                                     : "older chronomap's (no summary)");
        if (explorer_only) {
            explorer_path(uri, table, moves, WindowLimits{}.markers);
            return 0;
        }
        SourceQuery all;
        all.start = kSyntheticStart;
        all.end = kSyntheticStart + kSyntheticDays * 86400;
        // Open: connect, the histogram of all dates, the count and the grid of all dates.
        std::vector<double> open;
        for (int round = 0; round < 5; ++round) {
            auto t = Clock::now();
            postgis::PgConnection fresh(uri);
            auto source = postgis::make_postgis_source(uri + "?table=" + table, {});
            auto histogram = postgis::time_histogram(fresh, table, all, kHistogramBuckets);
            window_change(fresh, *source, table, all);
            open.push_back(ms_since(t));
        }
        std::vector<double> histogram_ms;
        for (int round = 0; round < 5; ++round) {
            auto t = Clock::now();
            postgis::time_histogram(db, table, all, kHistogramBuckets);
            histogram_ms.push_back(ms_since(t));
        }
        auto source = postgis::make_postgis_source(uri + "?table=" + table, {});
        std::vector<double> month, whole;
        size_t month_cells = 0;
        for (int m = 0; m < moves; ++m) {
            SourceQuery window;
            window.start = kSyntheticStart + (kSyntheticDays - 30) * 86400LL * m / std::max(1, moves - 1);
            window.end = window.start + 30 * 86400;
            auto t = Clock::now();
            month_cells = window_change(db, *source, table, window);
            month.push_back(ms_since(t));
        }
        for (int m = 0; m < std::min(moves, 5); ++m) {
            auto t = Clock::now();
            window_change(db, *source, table, all);
            whole.push_back(ms_since(t));
        }
        Stats o = stats_of(open), h = stats_of(histogram_ms), w = stats_of(month), a = stats_of(whole);
        std::printf("open (histogram + all-dates grid): median %.0f ms, p95 %.0f ms\n", o.median, o.p95);
        std::printf("histogram of all dates (%d buckets): median %.0f ms\n", kHistogramBuckets, h.median);
        std::printf("window change, 30 days (%zu cells or rows): median %.0f ms, p95 %.0f ms\n", month_cells,
                    w.median, w.p95);
        std::printf("window change, all dates: median %.0f ms, p95 %.0f ms\n", a.median, a.p95);
        explorer_path(uri, table, moves, WindowLimits{}.markers);
        explorer_path(uri, table, std::min(moves, 8), 200000);  // what a larger marker limit would cost
    } catch (const postgis::PgError& e) {
        std::fprintf(stderr, "postgis_bench: %s\n  hint: %s\n", e.what(), e.hint.c_str());
        return 2;
    }
    return 0;
}
