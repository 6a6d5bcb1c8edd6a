// The session a source reads windows on (prepare_window_session, src/postgis/postgis_window.h):
// on a summarised table a window's index ranges are read by the session's own process,
// without parallel workers, whose start cost a 10 M-row table's window change more than its
// work (docs/PERFORMANCE.md); an older layout's whole-table scans keep them. The counts are
// the same either way.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "postgis/pg_connection.h"
#include "postgis/pg_test_cluster.h"
#include "postgis/postgis_import.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_source.h"
#include "postgis/postgis_time_ranges.h"
#include "postgis/postgis_window.h"
#include "postgis_test_support.h"
#include "synthetic_events.h"

using chronomap::test::cluster_or_skip;
using chronomap::test::PgTestCluster;
namespace pg = chronomap::postgis;

namespace {
// The plan of a statement, one line per node.
std::string plan_of(pg::PgConnection& db, const std::string& sql, const std::vector<std::string>& values) {
    pg::PgResult r = db.exec_params("EXPLAIN " + sql, values);
    std::string plan;
    for (int i = 0; i < r.rows(); ++i) plan += r.text(i, 0) + "\n";
    return plan;
}
}  // namespace

TEST_CASE("a summarised table's windows are read without parallel workers, and count what the workers count") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    pg::PgConnection db(cluster->uri("session"));
    const chronomap::EventStore store = chronomap::make_synthetic_events(3000, 11);
    pg::import_events(db, "synthetic", store);
    const pg::TableLayout layout = pg::table_layout(db, "synthetic");
    REQUIRE(layout.summary);

    // 30 days from day 200: the window's events as count_in_window reads its edges (those
    // reaching in from before it, from the partial index, and its own, from the covering one).
    chronomap::SourceQuery q;
    q.start = chronomap::kSyntheticStart + 200 * 86400 + 5000;
    q.end = q.start + 30 * 86400;
    std::vector<std::string> values;
    const std::string sql = "SELECT count(*) FROM (" +
                            pg::union_of_ranges(pg::window_time_ranges(q, layout.longest_span, values), "1 AS one",
                                                db.quote_identifier("synthetic"), "") +
                            ") AS e";
    long long in_memory = 0;
    for (size_t i = 0; i < store.size(); ++i)
        in_memory += store.time(i).start < q.end && store.time(i).end > q.start;
    REQUIRE(in_memory > 50);

    // Workers made as attractive at 3 000 rows as a 10 M-row table's estimates made them.
    db.exec("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_index_scan_size = 0; "
            "SET min_parallel_table_scan_size = 0");
    const std::string by_default = plan_of(db, sql, values);
    const long long counted_by_default = db.exec_params(sql, values).number(0, 0);
    pg::prepare_window_session(db, layout);
    const std::string ours = plan_of(db, sql, values);
    const long long counted = db.exec_params(sql, values).number(0, 0);
    pg::prepare_window_session(db, pg::TableLayout{});  // an older layout: the server's setting again
    const std::string older = plan_of(db, sql, values);

    INFO("the server's plan:\n" << by_default << "the window session's:\n" << ours);
    CHECK(by_default.find("Gather") != std::string::npos);  // else the next check proves nothing
    CHECK(ours.find("Gather") == std::string::npos);
    CHECK(older.find("Gather") != std::string::npos);
    CHECK(counted_by_default == in_memory);
    CHECK(counted == in_memory);
}

TEST_CASE("a source's windows on a summarised table give what a session with parallel workers gives") {
    PgTestCluster* cluster = cluster_or_skip();
    if (!cluster) return;
    const std::string uri = cluster->uri("session_source");
    pg::PgConnection db(uri);
    const chronomap::EventStore store = chronomap::make_synthetic_events(3000, 12);
    pg::import_events(db, "synthetic", store);
    db.exec("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_index_scan_size = 0; "
            "SET min_parallel_table_scan_size = 0");
    auto source = pg::make_postgis_source(uri + "?table=synthetic", {});
    for (long long first_day : {0LL, 200LL, 700LL}) {
        chronomap::SourceQuery q;
        q.start = chronomap::kSyntheticStart + first_day * 86400 + 7000;
        q.end = q.start + 30 * 86400;
        chronomap::WindowContent content = source->load_window_content(q, {.markers = 100});
        REQUIRE(content.grid);
        std::int64_t in_grid = 0;
        for (const auto& cell : content.grid->cells) in_grid += cell.events;
        CAPTURE(first_day);
        CHECK(content.server_count == 101);  // past the marker limit: the grid
        CHECK(in_grid == pg::count_in_window(db, "synthetic", q, 1 << 30));
    }
}
