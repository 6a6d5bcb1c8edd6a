// The user's own gazetteers: `chronomap gazetteer add FILE...` compiles GeoNames dump files
// (SY.txt, allCountries.txt: 19 tab-separated columns) or simple CSV/TSV tables (header row:
// name, lat, lon, and optionally country, region, alternate_names, population) into an index
// of the built-in format, kept in user_gazetteer_dir() and asked after the built-in one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/gazetteer/gazetteer.h"

namespace chronomap {

// $CHRONOMAP_GAZETTEER_DIR, else $XDG_DATA_HOME/chronomap/gazetteers, else
// ~/.local/share/chronomap/gazetteers.
std::filesystem::path user_gazetteer_dir();

struct UserGazetteerInfo {
    std::string name;  // the file's stem: what `gazetteer remove` takes
    std::filesystem::path file;
    size_t places = 0;
    std::uintmax_t bytes = 0;
    std::string note;   // the sources it was built from
    std::string error;  // set when it cannot be opened (stale, corrupt)
};

// The *.idx files of `dir`, by name.
std::vector<UserGazetteerInfo> list_user_gazetteers(const std::filesystem::path& dir);

struct UserGazetteerBuild {
    size_t rows = 0;     // data rows read
    size_t places = 0;   // kept (populated places with a country)
    size_t skipped = 0;  // not places (GeoNames feature class other than P) or no country
    std::uintmax_t bytes = 0;
    std::vector<Diagnostic> problems;  // rows left out (errors) and doubts (warnings)
};

// Streams `sources` into one index written atomically to `output`. Country and region names
// of CSV rows are read with `builtin` ("Syrie", "Idleb"). Throws std::runtime_error when a
// source cannot be read or is in no known format; bad rows are reported and left out.
UserGazetteerBuild build_user_gazetteer(const std::vector<std::filesystem::path>& sources,
                                        const Gazetteer& builtin,
                                        const std::filesystem::path& output);

// A place the user adds from the explorer's review ("add to my gazetteer").
struct UserPlace {
    std::string name;     // as the events write it
    double lat = 0, lon = 0;
    std::string country;  // ISO code or a name the built-in index knows ("SY", "Syrie")
};
inline constexpr std::string_view kMyPlacesName = "my-places";

// Appends `place` to DIR/my-places.tsv (name, lat, lon, country; created with its header)
// and compiles that table into DIR/my-places.idx, so every later lookup in any file finds
// it. Both files are written atomically. Returns the index's path. Throws
// std::runtime_error (a bad place: what to fix) or WriteError.
std::filesystem::path add_user_place(const std::filesystem::path& dir, const Gazetteer& builtin,
                                     const UserPlace& place);

}  // namespace chronomap
