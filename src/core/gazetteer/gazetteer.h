// Gazetteer: the compiled GeoNames index (gazetteer_format.h), memory-mapped and checked.
//
// Opening verifies magic, versions, sizes and checksums and costs a few milliseconds; the
// lookups below read the mapping directly and allocate only what they return.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer_format.h"
#include "core/gazetteer/mapped_file.h"

namespace chronomap {

// The index is missing, corrupt or stale; what() says which and how to rebuild it.
struct GazetteerError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using CountryCode = std::array<char, 2>;  // ISO 3166-1 alpha-2, upper case
inline std::string_view to_string_view(const CountryCode& code) {
    return {code.data(), 2};
}

using Feature = gazetteer_format::Feature;

struct PlaceView {
    std::uint32_t index = 0;  // position in the gazetteer
    std::uint32_t geonameid = 0;
    std::string_view name;
    CountryCode country{};
    double lat = 0, lon = 0;
    std::uint32_t population = 0;
    Feature feature = Feature::populated;
    std::uint16_t region = gazetteer_format::kNoRegion;  // index of its first-level region
};

// A first-level division: GeoNames admin1 code and a display name.
struct RegionView {
    std::uint16_t index = gazetteer_format::kNoRegion;
    CountryCode country{};
    std::string_view code;  // "12"
    std::string_view name;  // "Idlib Governorate"
    std::string_view name_fr;  // "Gouvernorat d'Idleb"; empty when the sources have none
};

struct RegionMatch {
    std::uint16_t region = 0;
    bool skeleton = false;  // found by a transliteration skeleton, not as written
};

struct KeyMatch {
    std::uint32_t place = 0;  // index
    bool alternate = false;   // matched an alternate name, not the main one
    // gazetteer_format::country_id of the place's country, known without reading the place.
    std::uint16_t country = gazetteer_format::kUnknownCountryId;
};

// The places one key names, in ranking order, read from the index only as far as asked
// (a name of fifty places: the first few cache lines); or a list already decoded.
class KeyRun {
  public:
    KeyRun() = default;
    KeyRun(const std::uint64_t* packed, std::uint32_t count, bool some_country_unknown)
        : packed_(packed), count_(count), some_country_unknown_(some_country_unknown) {}
    explicit KeyRun(std::span<const KeyMatch> decoded);

    size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    KeyMatch operator[](size_t i) const {
        if (!packed_) return decoded_[i];
        std::uint64_t e = packed_[i];
        std::uint32_t value = gazetteer_format::entry_value(e);
        return {value >> 1, (value & gazetteer_format::kAlternateFlag) != 0, gazetteer_format::entry_country(e)};
    }
    // Some place of the key has a country code outside A-Z (its record says which).
    bool some_country_unknown() const { return some_country_unknown_; }
    void append_to(std::vector<KeyMatch>& out) const;

  private:
    const std::uint64_t* packed_ = nullptr;
    std::span<const KeyMatch> decoded_;
    std::uint32_t count_ = 0;
    bool some_country_unknown_ = false;
};

struct FuzzyKey {
    std::string key;   // a skeleton key of the index
    int distance = 0;  // edits from the query's skeleton
};

class Gazetteer {
  public:
    static constexpr std::string_view kFileName = "gazetteer.idx";

    // How much of the body `open` checksums. A user's world index is hundreds of MB: it is
    // verified once, then again only when its size or modification time changes (recorded
    // in INDEX.verified beside it; header and structure are checked at every open).
    enum class Verify : std::uint8_t { every_open, when_changed };

    // Throws GazetteerError.
    static std::shared_ptr<const Gazetteer> open(const std::filesystem::path& index_file,
                                                 Verify verify = Verify::every_open);
    // The file recording that `index_file` was verified.
    static std::filesystem::path verified_stamp(const std::filesystem::path& index_file);

    size_t size() const { return places_.size(); }
    PlaceView place(std::uint32_t index) const;
    std::optional<std::uint32_t> find_geonameid(std::uint32_t geonameid) const;

    // Places whose name folds to this key (fold_basic / fold_skeleton); appended to `out` in
    // ranking order (gazetteer_format.h: best posting_score first, then by place).
    void find_basic(std::string_view basic_key, std::vector<KeyMatch>& out) const;
    // Whether some place's name folds to this key (one bucket read, no place read).
    bool has_basic(std::string_view basic_key) const;
    bool has_skeleton(std::string_view skeleton_key) const;
    void find_skeleton(std::string_view skeleton_key, std::vector<KeyMatch>& out) const;
    // Several skeleton keys' places (the fuzzy stage's keys), one run each in `out`: their
    // lines are asked for together, and the first `prefetched` places over all of them.
    void find_skeletons(const std::vector<FuzzyKey>& keys, std::vector<KeyRun>& out,
                        size_t prefetched) const;
    // Both at once, unread: the memory reads of the two tables overlap instead of waiting in
    // turn (a lookup is bound by cache misses, not by computing), and the first `prefetched`
    // places of each are asked for (those a lookup reads first).
    void find_both(std::string_view basic_key, std::string_view skeleton_key, KeyRun& basic_out,
                   KeyRun& skeleton_out, size_t prefetched) const;

    // Indexed skeleton keys exactly one edit from `skeleton_key` (an ASCII skeleton of at
    // least kMinFuzzyKey + 1 letters): about one probe per letter, so the work stays
    // bounded. Appended to `out`.
    void find_fuzzy(std::string_view skeleton_key, std::vector<FuzzyKey>& out) const;

    // Whether the skeleton table may hold this key for a place of this country (a
    // gazetteer_format::country_id): false only when it surely does not (short_key_filter.h),
    // read from a few MB that stay in the caches where a probe of a world index's table is a
    // miss. Always true for keys of other lengths than the filter's.
    bool may_have_skeleton_in(std::string_view skeleton_key, std::uint16_t country) const;

    size_t region_count() const { return regions_.size(); }
    RegionView region(std::uint16_t index) const;
    // The region a place lies in, or nullopt.
    std::optional<RegionView> region_of(std::uint32_t place) const;
    // Regions named so ("Idleb", "Gouvernorat d'Idleb", "Dar'a"), as written first: when
    // some region is named exactly so, skeleton matches are left out.
    std::vector<RegionMatch> find_regions(std::string_view name) const;
    // The region of this country with this admin1 code.
    std::optional<std::uint16_t> find_region_code(const CountryCode& country,
                                                  std::string_view code) const;

    // A country from a basic-folded name or code ("syrie", "sy", "syr").
    std::optional<CountryCode> country_from_key(std::string_view basic_key) const;

    std::uint64_t input_checksum() const { return input_checksum_; }
    std::string_view source_note() const { return source_note_; }
    const std::filesystem::path& path() const { return path_; }

    explicit Gazetteer(const std::filesystem::path& index_file,
                       Verify verify = Verify::every_open);  // use open()

  private:
    struct KeyTable {
        std::span<const std::uint64_t> buckets;   // kBucketWords each (gazetteer_format.h)
        std::span<const std::uint64_t> overflow;  // the keys that did not fit in their bucket
        std::uint64_t bucket_count = 0;
        const std::uint64_t* bucket(std::uint64_t hash) const {
            return buckets.data() + gazetteer_format::bucket_of(hash, bucket_count) * gazetteer_format::kBucketWords;
        }
    };
    KeyRun run_in(const KeyTable& table, std::uint64_t hash) const;
    static void prefetch_bucket(const KeyTable& table, std::uint64_t hash);
    void prefetch_place(std::uint32_t place) const;
    std::string_view fuzzy_key(std::uint32_t id) const;
    void keys_with_deletion(std::uint64_t deletion_hash, std::vector<std::uint32_t>& ids) const;

    std::filesystem::path path_;
    MappedFile file_;
    std::uint64_t input_checksum_ = 0;
    std::string source_note_;
    std::span<const gazetteer_format::PlaceRecord> places_;
    std::string_view names_;
    KeyTable basic_, skeleton_;
    std::span<const std::uint32_t> fuzzy_offsets_;
    std::string_view fuzzy_blob_;
    std::uint32_t deletion_bits_ = 0;
    std::span<const std::uint32_t> deletion_dir_;
    std::span<const std::uint64_t> deletion_entries_;
    std::span<const gazetteer_format::CountryName> countries_;
    std::span<const gazetteer_format::RegionRecord> regions_;
    std::span<const gazetteer_format::RegionKey> region_keys_;
    std::span<const std::uint64_t> short_keys_;
    std::uint64_t short_key_blocks_ = 0;
    bool some_country_unknown_ = false;  // IndexHeader::flags
};

}  // namespace chronomap
