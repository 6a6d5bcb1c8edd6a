// Collects places one row at a time and writes the index file (gazetteer_format.h).
//
// Shared by the build-time compiler (cities500) and `chronomap gazetteer add` (GeoNames
// extracts, CSV): rows are folded into keys as they come, so a source file is streamed
// and only the compact records and keys stay in memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/gazetteer/gazetteer_builder.h"
#include "core/gazetteer/gazetteer_format.h"

namespace chronomap {

struct PlaceRow {
    std::uint32_t geonameid = 0;
    std::string_view name, ascii_name;
    std::string_view alternates;  // comma-separated
    double lat = 0, lon = 0;
    gazetteer_format::Feature feature = gazetteer_format::Feature::populated;
    char country[2] = {0, 0};
    std::string_view admin1;  // GeoNames admin1 code; empty when unknown
    std::uint64_t population = 0;
};

// GeoNames feature code -> Feature.
gazetteer_format::Feature feature_of(std::string_view code);

// Splits one line of a GeoNames dump (19 tab-separated columns) into a row. Returns an
// error text (empty when fine); `skip` is set for rows of no use (no country, not a place).
std::string parse_geonames_line(std::string_view line, std::vector<std::string_view>& columns,
                                PlaceRow& row, bool& skip);

class IndexWriter {
  public:
    // Throws std::runtime_error when the index would hold more places than its format can.
    void add(const PlaceRow& row);
    size_t size() const { return records_.size(); }

    // Names of a region seen in the rows (country + admin1 code), display name first.
    void add_region_names(std::string_view country, std::string_view code,
                          const std::vector<std::string>& names);
    bool has_region(std::string_view country, std::string_view code) const;
    // The name a reader of French is shown ("Gouvernorat d'Alep"); none when never set.
    void set_region_french_name(std::string_view country, std::string_view code, std::string name);

    GazetteerBuildReport write(const std::vector<gazetteer_format::CountryName>& countries,
                               std::uint64_t input_checksum, const std::string& note,
                               const std::filesystem::path& output);

  private:
    // 12 bytes, not 16: a whole-country source holds tens of millions of keys.
#pragma pack(push, 4)
    struct KeyEntry {
        std::uint64_t hash;
        std::uint32_t value;
        bool operator<(const KeyEntry& o) const {
            return hash != o.hash ? hash < o.hash : value < o.value;
        }
    };
#pragma pack(pop)
    // Keys split by the top 8 bits of their hash: each part grows (and is sorted) on its
    // own, so no single array of all keys is ever reallocated or copied.
    struct KeyBuckets {
        std::vector<KeyEntry> parts[256];
        void push(std::uint64_t hash, std::uint32_t value) {
            parts[hash >> 56].push_back({hash, value});
        }
        size_t size() const;
    };
    std::uint16_t region_id(const char country[2], std::string_view code);
    void add_name(std::uint32_t place, std::string_view name, bool alternate, bool fuzzy_worthy);

    std::vector<gazetteer_format::PlaceRecord> records_;
    std::string names_;
    KeyBuckets basic_, skeleton_;
    std::vector<std::uint64_t> short_key_items_;  // short_key_filter::item of short skeleton keys
    std::vector<std::uint64_t> row_keys_;  // the current place's key hashes (no repeats)
    std::unordered_set<std::string> fuzzy_set_;
    std::map<std::string, std::uint16_t> region_ids_;     // country + code -> id
    std::vector<std::string> region_keys_;                // id -> country + code
    std::vector<std::vector<std::string>> region_names_;  // id -> names, display name first
    std::vector<std::string> region_french_names_;        // id -> French name, may be empty
    std::vector<std::uint16_t> region_seats_;
};

}  // namespace chronomap
