// Writes events into a PostGIS table in one transaction: COPY into a temporary table, then
// INSERT ... ON CONFLICT (id) DO UPDATE, so a failed import leaves the table as it was and
// importing the same ids again updates those rows instead of adding copies.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/events/event_store.h"
#include "postgis/pg_connection.h"

namespace chronomap::postgis {

struct ImportCounts {
    size_t inserted = 0;
    size_t updated = 0;
    size_t repeated_ids = 0;  // ids given twice in this import: the later row was kept
};

// `progress(rows_sent)` is called while rows are sent (the COPY is most of the time).
// Throws PgError; the table is then unchanged.
ImportCounts import_events(PgConnection& db, const std::string& table, const EventStore& store,
                           const std::function<void(size_t)>& progress = {});

// Brings a table to this chronomap's layout (point columns, covering index) and counts its
// summary tables again from every row, in one transaction, then VACUUM ANALYZE: for a table
// written by an older chronomap, or by other programs since the last import. Throws PgError.
struct ReindexCounts {
    long long events = 0, hours = 0, cells = 0, alive = 0;
};
ReindexCounts reindex_table(PgConnection& db, const std::string& table);

}  // namespace chronomap::postgis
