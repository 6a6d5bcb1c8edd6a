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
#include "core/timeline/time_histogram.h"
#include "core/map/view_state.h"
#include "core/sources/field_mapping.h"
#include "core/sources/shared_workspace.h"
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

// What a server-backed source says about its table without sending its rows: the explorer
// opens on this, then asks for one window at a time (load_window_content).
struct SourceOverview {
    LoadResult metadata;             // a store with no events: title, language, categories
    std::int64_t rows = 0;           // events in the table
    UnixSeconds first = 0, last = 0; // the events' starts: earliest, latest
    std::optional<GeoBox> extent;    // the placed events' box (the camera fits it)
    TimeBuckets histogram;           // events per time bucket and category (the timeline)
    std::string where;               // "127.0.0.1:5433/news", for the status bar
};

// Events per cell of a columns x rows grid over a box, counted by the server.
struct DensityGrid {
    GeoBox box;
    int columns = 0, rows = 0;
    struct Cell {
        int column = 0, row = 0;  // row 0 is the south edge
        std::int64_t events = 0;
    };
    std::vector<Cell> cells;  // empty cells left out
};

// What one window holds, as the explorer draws it: the rows when few enough to draw as
// markers, else the server's density grid for the box.
struct WindowContent {
    LoadResult rows;                  // a store when rows were fetched; diagnostics on failure
    std::optional<DensityGrid> grid;  // set instead of rows above the marker limit
    std::int64_t server_count = 0;    // events in the window on the server (limit + 1: more)
    bool cancelled = false;           // cancel() stopped it: nothing to show
};

struct WindowLimits {
    // Above kDensityThreshold (20 000) drawn markers the map shows a density grid anyway, so
    // rows past that would cross the network only to be counted into cells: the server
    // counts them instead.
    std::int64_t markers = 20000;
    int grid_columns = 320, grid_rows = 200;
    // false: above `markers`, neither rows nor a grid, only the count (server_count) and the
    // metadata: the caller asks smaller windows (core/sources/frame_windows.h).
    bool grid = true;
};

class EventSource {
  public:
    virtual ~EventSource() = default;
    // "ACLED export (CSV)", "chronomap JSON" ...
    virtual std::string description() const = 0;
    virtual LoadResult load() = 0;
    // The default loads everything and keeps what the query asks for.
    virtual LoadResult load_window(const SourceQuery& query);

    // A source that answers windows itself (a server) gives its overview; a file gives
    // nullopt and is loaded whole. `buckets`: about how many time buckets the histogram has.
    virtual std::optional<SourceOverview> overview(int buckets);
    // The window's rows, or its density grid above `limits.markers` events. The default
    // loads the window's rows.
    virtual WindowContent load_window_content(const SourceQuery& query, const WindowLimits& limits);
    // Stops the query running in load_window_content from another thread; it then returns
    // with `cancelled` set. Does nothing for files.
    virtual void cancel() {}
    // Where review choices and story decks are shared with the other users of a server's
    // table (its own connection); nullptr for a file, whose choices go into the file.
    // Throws std::runtime_error (with what to do) when the server cannot be reached.
    virtual std::unique_ptr<SharedWorkspace> workspace() { return nullptr; }
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
