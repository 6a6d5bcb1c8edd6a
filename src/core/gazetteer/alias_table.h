// Aliases and user places: names the gazetteer lacks or that the press writes its own way.
//
// Read from TSV files (geodata/aliases.tsv, curated; `--aliases FILE.tsv`, the user's) and
// from the optional "places" table of an event file. Columns of a TSV line:
//   kind  name  country  geonameid  lat  lon  note
// kind is one of
//   alias    `name` is another name of GeoNames place `geonameid`
//   place    a place GeoNames lacks, at `lat`, `lon`
//   area     a region, road or front: not a point, never placed as a town
//   country  `name` is another name of country `country` (for hints)
//   region   `name` is another name of the first-level region that GeoNames place `geonameid`
//            (its seat) lies in, for region hints: an event dataset's spelling the region
//            tables lack ("Rural Damascus"), an older name ("Tamim"), a region created since
//            GeoNames' snapshot, named by its parent ("Halabja": Sulaymaniyah)
// Empty lines and lines starting with "#" are ignored.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/gazetteer/gazetteer.h"

namespace chronomap {

enum class AliasKind : std::uint8_t { alias, place, area, country, region };

struct AliasEntry {
    AliasKind kind = AliasKind::alias;
    std::string name;
    CountryCode country{};        // {0, 0} when not given
    std::uint32_t geonameid = 0;  // for kinds alias and region
    double lat = 0, lon = 0;      // for kind place
    std::string note;             // where the name comes from, or why it is an area
    std::string origin;           // "FILE:LINE" or "FILE /places/NAME", for messages
    bool user = false;            // the user's own (wins over curated entries)
    bool has_country() const { return country[0] != 0; }
};

class AliasTable {
  public:
    // Indexes the entry under its basic and skeleton keys. Returns false (and adds nothing)
    // when the name folds to nothing or is not valid UTF-8.
    bool add(AliasEntry entry);

    // Entries whose basic key equals `basic_key`, or else whose skeleton equals `skeleton_key`;
    // user entries first. `matched_basic` tells which.
    std::vector<const AliasEntry*> find(std::string_view basic_key, std::string_view skeleton_key,
                                        bool& matched_basic) const;
    // Curated places (GeoNames lacks them) of `country` whose skeleton is one edit from `skeleton_key`
    // or two neighbouring letters swapped (a skeleton of five letters or more): "Kafar Shams" and
    // "Kfar Shams" are the curated Kafr Shams.
    // With aliases too, the curated names of GeoNames places one edit away ("Baghdeda", Qaraqosh).
    std::vector<const AliasEntry*> one_edit_in(std::string_view skeleton_key, const CountryCode& country,
                                               bool with_aliases = false) const;
    size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }
    void merge(const AliasTable& other);

  private:
    std::vector<AliasEntry> entries_;
    std::vector<std::string> skeletons_;  // entries_[i]'s skeleton key
    std::unordered_multimap<std::uint64_t, size_t> by_basic_, by_skeleton_;
};

// Reads a TSV alias file into `table`; problems are returned as diagnostics (FILE:LINE) and
// the bad lines skipped. An unreadable file is one error diagnostic. `display_name` (default:
// the path) names the file in diagnostics and in the entries' origins.
std::vector<Diagnostic> read_alias_file(const std::filesystem::path& path, AliasTable& table,
                                        bool user, const std::string& display_name = "");

// The same, from text (`display_name` names it in diagnostics).
std::vector<Diagnostic> parse_alias_text(std::string_view text, const std::string& display_name,
                                         AliasTable& table, bool user);

// Parses an ISO 3166-1 alpha-2 code ("SY", "sy"); false when it is not two ASCII letters.
bool parse_country_code(std::string_view text, CountryCode& code);

}  // namespace chronomap
