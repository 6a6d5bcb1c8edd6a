// Turns a chronomap table back into what chronomap wrote before the summary tables (issue 23):
// no px/py columns, no covering index nor index of long events (the plain time index instead),
// no summary tables. For
// the "before" figures of bench/postgis_bench and the test that such a table still opens.
#pragma once

#include <string>
#include <utility>

#include "postgis/pg_connection.h"
#include "postgis/postgis_schema.h"

namespace chronomap {

// The summary as chronomap made it before the alive table (postgis::alive_table) and the index
// of ends off midnight: its windows read the events reaching in from the indexes.
inline void drop_alive_summary(postgis::PgConnection& db, const std::string& table) {
    db.exec("DROP TABLE IF EXISTS " + db.quote_identifier(postgis::alive_table(table)));
    db.exec("DROP INDEX IF EXISTS " + db.quote_identifier(postgis::ends_index(table)));
}

inline void make_old_layout(postgis::PgConnection& db, const std::string& table) {
    const std::string t = db.quote_identifier(table);
    drop_alive_summary(db, table);
    db.exec("DROP TABLE IF EXISTS " + db.quote_identifier(postgis::hours_table(table)) + ", " +
            db.quote_identifier(postgis::cells_table(table)));
    db.exec("DROP INDEX IF EXISTS " + db.quote_identifier(table + "_window_idx") + ", " +
            db.quote_identifier(table + "_long_idx"));
    db.exec("ALTER TABLE " + t + " DROP COLUMN IF EXISTS px, DROP COLUMN IF EXISTS py");
    db.exec("CREATE INDEX IF NOT EXISTS " + db.quote_identifier(table + "_time_idx") + " ON " + t +
            " (time_start, time_end)");
    db.exec("VACUUM (ANALYZE) " + t);
}

// The summary tables as chronomap made them before their keys covered the counts (keys
// without INCLUDE (events): a window's sums read the table's pages too), for the test and the
// "before" figures of the covering keys.
inline void make_uncovered_summary_keys(postgis::PgConnection& db, const std::string& table) {
    const std::pair<std::string, const char*> summaries[] = {{postgis::hours_table(table), postgis::kHoursKey},
                                                             {postgis::cells_table(table), postgis::kCellsKey}};
    for (const auto& [summary, key] : summaries) {
        const std::string s = db.quote_identifier(summary);
        db.exec("ALTER TABLE " + s + " DROP CONSTRAINT " + db.quote_identifier(summary + "_pkey") +
                ", ADD PRIMARY KEY (" + key + ")");
        db.exec("VACUUM (ANALYZE) " + s);
    }
}

// The cells summary without its 4-day blocks (postgis::kShortBlockDays), as chronomap made it
// before them.
inline void drop_short_blocks(postgis::PgConnection& db, const std::string& table) {
    db.exec("DELETE FROM " + db.quote_identifier(postgis::cells_table(table)) +
            " WHERE days = " + std::to_string(postgis::kShortBlockDays));
}

}  // namespace chronomap
