// PostGIS source and sink at N synthetic events (docs/PERFORMANCE.md, "## PostGIS"): the
// import rate through COPY + upsert, then what the explorer asks the server: opening (the
// histogram of all dates, the count, the density grid of all dates), and a window change
// (count, then the rows when few enough or else the density grid) for a 30-day window
// moved across the two years, and for all dates. Medians and p95 over the moves.
//
//   postgis_bench URI --events N [--table NAME] [--no-import] [--moves M]
// bench/postgis_bench.sh starts a throwaway cluster and runs this at 1 M and 10 M.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "postgis/pg_connection.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_window.h"
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
    return postgis::density_grid(db, table, query, kGridColumns, kGridRows).size();
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: postgis_bench URI --events N [--table NAME] [--no-import] [--moves M]\n");
        return 64;
    }
    std::string uri = argv[1], table = "bench_events";
    size_t events = 1'000'000;
    int moves = 20;
    bool import = true;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--events") && i + 1 < argc) events = std::stoull(argv[++i]);
        else if (!std::strcmp(argv[i], "--table") && i + 1 < argc) table = argv[++i];
        else if (!std::strcmp(argv[i], "--moves") && i + 1 < argc) moves = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-import")) import = false;
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
            std::printf("import: %zu rows in %.1f s = %.0f rows/s\n", counts.inserted, s, double(counts.inserted) / s);
            // What autovacuum does shortly after an import: statistics, and the visibility map
            // that lets the histogram read the time index alone.
            auto vacuum = Clock::now();
            db.exec("VACUUM ANALYZE " + db.quote_identifier(table));
            std::printf("vacuum analyze: %.1f s\n", ms_since(vacuum) / 1000);
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
    } catch (const postgis::PgError& e) {
        std::fprintf(stderr, "postgis_bench: %s\n  hint: %s\n", e.what(), e.hint.c_str());
        return 2;
    }
    return 0;
}
