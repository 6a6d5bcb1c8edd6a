// Events read from a PostGIS table written by `chronomap import ... -o postgresql://...`:
// `info`, `render`, `view` and `present` open "postgresql://user@host:port/db?table=NAME" like
// a file. load_window() asks the server for one time window and box only (indexes on time
// and geometry); the rows come back as chronomap events and go through the native reader,
// so a table reads to the same events as the file it was imported from.
#pragma once

#include <memory>
#include <string>

#include "core/sources/event_source.h"

namespace chronomap::postgis {

std::unique_ptr<EventSource> make_postgis_source(const std::string& uri, const SourceOptions& options);

// Makes open_event_source() take postgresql:// and postgres:// URIs. Called once by programs
// that link this library (the CLI, the tests).
void register_postgis_source();

}  // namespace chronomap::postgis
