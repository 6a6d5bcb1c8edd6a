// The table chronomap writes and reads in PostgreSQL/PostGIS (docs/postgis.md describes it
// column by column). One row per event; `event` holds the whole chronomap event (its
// "properties" are the source's original fields), the other columns are what the server
// filters, sorts and aggregates on.
#pragma once

#include <string>

#include "postgis/pg_connection.h"

namespace chronomap::postgis {

inline constexpr const char* kDefaultTable = "events";
// Per table: title, language, categories and the longest span (for window queries).
inline constexpr const char* kMetadataTable = "chronomap_tables";

// PostGIS in the database, created when the user may (CREATE EXTENSION); else a PgError
// saying who must install it.
void require_postgis(PgConnection& db);

// Creates the table, its indexes and the metadata table when missing; refuses a table of
// another shape with the columns that are wrong. Run inside the import's transaction.
void create_events_table(PgConnection& db, const std::string& table);

// Throws PgError when `table` is missing or is not one chronomap wrote.
void check_events_table(PgConnection& db, const std::string& table);

}  // namespace chronomap::postgis
