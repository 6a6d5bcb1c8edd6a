// What `chronomap info` says of a PostGIS table, counted by the server: no row crosses the
// network, so it answers for a table of any size with the numbers it gives for the file the
// table came from (the coordinates-against-places check aside: it needs each event).
#pragma once

#include <array>
#include <map>
#include <string>

#include "core/time/time_value.h"
#include "postgis/pg_connection.h"

namespace chronomap::postgis {

struct TableInfo {
    long long events = 0;
    TimeValue first, last;  // the first start and the latest end, with their precisions
    std::array<long long, kTimePrecisionCount> by_start_precision{};
    long long spans = 0;                       // events whose time is {"start", "end"}
    std::map<std::string, long long> by_category;  // key ("" when none) -> events
    long long distinct_places = 0;  // (name, country, region) of events without own coordinates
    long long placed = 0, with_coordinates = 0, without_place = 0;
};

// Throws PgError.
TableInfo table_info(PgConnection& db, const std::string& table);

}  // namespace chronomap::postgis
