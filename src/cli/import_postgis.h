// `chronomap import IN -o postgresql://...`: the loaded events written into a PostGIS table.
#pragma once

#include <string>

#include "core/native_json/event_reader.h"

namespace chronomap::cli {

// postgresql:// or postgres://
bool is_database_uri(const std::string& output);

// Exit code as the JSON import's: 0, 1 (rows skipped on reading), 2 (cannot connect, no
// PostGIS, a table of another shape), 3 (the server refused the rows: nothing written).
int import_into_postgis(const LoadResult& loaded, const std::string& input, const std::string& uri,
                        const std::string& table);

// `chronomap import --reindex -o postgresql://...`: the table's covering index and summary
// tables made or counted again from its rows. Exit 0, 2 (cannot connect, no such table),
// 3 (the server refused: the table is as it was).
int reindex_postgis(const std::string& uri, const std::string& table);

}  // namespace chronomap::cli
