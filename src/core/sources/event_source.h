// One way in for every event file, whatever its format: a source yields an EventStore (events,
// places, categories) and located problems. The native JSON reader is one source; tables
// (CSV, GDELT, spreadsheets, GeoJSON, KML, GeoPackage, Shapefile) are another, converted
// row by row into the native document so that every command, `import` and the writer see
// one format. A source backed by a server (PostGIS) can answer "events in this window and
// box" itself by overriding load_window().
#pragma once

#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "core/native_json/event_reader.h"
#include "core/sources/field_mapping.h"
#include "core/sources/source_format.h"
#include "core/time/wild_date.h"

namespace chronomap {

struct SourceOptions {
    bool strict = false;                        // any problem refuses the whole file
    DateOrder date_order = DateOrder::unknown;  // for 10/04/2017
    std::string mapping;                        // --map "time=Date,place=Town"
    std::filesystem::path mapping_file;         // the same pairs, one per line
    std::string layer;                          // GeoPackage / KML layer; empty: the first
};

// Events whose time overlaps [start, end) and whose position lies in the box (west may be
// greater than east across the antimeridian). Unplaced events are outside any box.
struct SourceQuery {
    UnixSeconds start = std::numeric_limits<UnixSeconds>::min();
    UnixSeconds end = std::numeric_limits<UnixSeconds>::max();
    bool has_box = false;
    double west = -180, south = -90, east = 180, north = 90;
};

class EventSource {
  public:
    virtual ~EventSource() = default;
    // "ACLED export (CSV)", "chronomap JSON" ...
    virtual std::string description() const = 0;
    virtual LoadResult load() = 0;
    // The default loads everything and keeps what the query asks for.
    virtual LoadResult load_window(const SourceQuery& query);
};

// The source for a path, chosen by content and extension. Never null: a file chronomap
// cannot read gives a source whose load() says so, with the formats it reads.
std::unique_ptr<EventSource> make_event_source(const std::filesystem::path& path,
                                               const SourceOptions& options = {});

// What every command calls: opens any event file and loads it. `result.format` says what the
// file was read as ("ACLED export (CSV), 1,509 rows").
LoadResult open_event_source(const std::filesystem::path& path, const SourceOptions& options = {});

// Sources named by a URI rather than a path ("postgresql://user@host/db"). A library that
// needs a client (libpq) registers its scheme at start-up, so the core links none; a URI
// whose scheme nobody registered gives a source whose load() says so.
using UriSourceFactory = std::unique_ptr<EventSource> (*)(const std::string& uri,
                                                          const SourceOptions& options);
void register_uri_source(std::string scheme, UriSourceFactory factory);  // scheme: "postgresql"
// "postgresql" for "postgresql://...", empty for a file path.
std::string uri_scheme(std::string_view path_or_uri);

// The events of `store` that `query` selects, as a new store (same categories and text).
EventStore select_events(const EventStore& store, const SourceQuery& query);

}  // namespace chronomap
