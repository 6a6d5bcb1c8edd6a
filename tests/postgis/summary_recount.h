// The summary tables counted again from the events, for the tests that check an import, a
// re-import or --reindex kept them right.
#pragma once

#include <iterator>
#include <string>

#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"

namespace chronomap::test {

// Rows of the summary tables (the alive table too) that differ from the same counts made again
// from the events: 0 when the import kept them right.
inline long long summary_differences(postgis::PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    const std::string hours = "SELECT floor(extract(epoch FROM time_start) / 3600)::bigint, COALESCE(category, ''), "
                              "count(*) FROM " + t + " GROUP BY 1, 2";
    std::string cells;
    for (int days : {1, postgis::kShortBlockDays, postgis::kBlockDays})
        for (size_t l = 0; l < std::size(postgis::kCellDegrees); ++l) {
            std::string size = std::to_string(postgis::kCellDegrees[l]) + "::float8", d = std::to_string(days);
            cells += std::string(cells.empty() ? "" : " UNION ALL ") + "SELECT " + std::to_string(l) + "::smallint, " +
                     d + "::smallint, (floor(extract(epoch FROM time_start) / 86400 / " + d + ") * " + d + ")::int, " +
                     postgis::cell_x(size) + ", " + postgis::cell_y(size) + ", count(*) FROM " + t +
                     " WHERE px IS NOT NULL GROUP BY 1, 2, 3, 4, 5";
        }
    auto differing = [&db](const std::string& stored, const std::string& counted) {
        return db.exec("SELECT count(*) FROM ((SELECT * FROM " + stored + " EXCEPT ALL (" + counted +
                       ")) UNION ALL ((" + counted + ") EXCEPT ALL SELECT * FROM " + stored + ")) AS d")
            .number(0, 0);
    };
    // Alive at each midnight strictly inside an event's span; not placed: the coarsest level's (-1, -1).
    std::string alive;
    for (size_t l = 0; l < std::size(postgis::kCellDegrees); ++l) {
        const std::string size = std::to_string(postgis::kCellDegrees[l]) + "::float8";
        const bool coarsest = l + 1 == std::size(postgis::kCellDegrees);
        alive += std::string(alive.empty() ? "" : " UNION ALL ") + "SELECT " + std::to_string(l) +
                 "::smallint, m.day, CASE WHEN px IS NULL THEN -1 ELSE " + postgis::cell_x(size) +
                 " END, CASE WHEN px IS NULL THEN -1 ELSE " + postgis::cell_y(size) + " END, count(*) FROM " + t + " CROSS JOIN LATERAL generate_series(floor(extract(epoch FROM "
                 "time_start) / 86400)::int + 1, ceil(extract(epoch FROM time_end) / 86400)::int - 1) AS m(day)" +
                 (coarsest ? "" : " WHERE px IS NOT NULL") + " GROUP BY 1, 2, 3, 4";
    }
    return differing(db.quote_identifier(postgis::hours_table(table)), hours) +
           differing(db.quote_identifier(postgis::cells_table(table)), cells) +
           differing(db.quote_identifier(postgis::alive_table(table)), alive);
}

}  // namespace chronomap::test
