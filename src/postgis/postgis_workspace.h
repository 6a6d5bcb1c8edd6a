// The shared workspace of a PostGIS events table (core/sources/shared_workspace.h): review
// choices go into chronomap_tables.places and onto the rows naming them, story decks into
// chronomap_stories (docs/postgis.md, "Working on one table together").
#pragma once

#include <memory>
#include <string>

#include "core/sources/shared_workspace.h"

namespace chronomap::postgis {

// The decks of every table, one row per (table, name).
inline constexpr const char* kStoriesTable = "chronomap_stories";

// Connects now (throws PgError when it cannot, or when `table` is not an events table).
// `deck`: the deck asked for with ?story=NAME; empty: the table's own name.
std::unique_ptr<SharedWorkspace> open_postgis_workspace(const std::string& connection, const std::string& table,
                                                        const std::string& deck);

}  // namespace chronomap::postgis
