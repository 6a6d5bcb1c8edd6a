#include "core/gazetteer/gazetteer.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>

#include "core/io/atomic_file.h"

#include "core/gazetteer/edit_distance.h"
#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"
#include "core/gazetteer/region_names.h"
#include "core/gazetteer/short_key_filter.h"

namespace chronomap {
namespace fmt = gazetteer_format;
namespace {

constexpr const char* kRebuildHint =
    "rebuild it: the built-in index with scripts/build (or: chronomap-gazetteer-build --cities "
    "cities500.txt --countries i18n-iso-countries/ --out gazetteer.idx), a gazetteer of your own "
    "with `chronomap gazetteer add` and its source file (e.g. SY.txt)";

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& what) {
    throw GazetteerError("gazetteer index " + path.string() + " " + what + "; " + kRebuildHint);
}

template <typename T>
std::span<const T> section_span(const MappedFile& file, const fmt::SectionRef& ref) {
    return {reinterpret_cast<const T*>(file.data() + ref.offset), ref.size / sizeof(T)};
}

// Where a name too long for its record lies in the names blob; {0, 0} for a name inline.
std::pair<std::uint32_t, std::uint32_t> name_in_blob(const fmt::PlaceRecord& r) {
    if (r.name_length != fmt::kNameInBlob) return {0, 0};
    std::uint32_t where[2];
    std::memcpy(where, r.name, sizeof where);
    return {where[0], where[1]};
}

bool is_monotonic(std::span<const std::uint32_t> values, std::uint32_t last) {
    for (size_t i = 1; i < values.size(); ++i)
        if (values[i] < values[i - 1]) return false;
    return !values.empty() && values.back() == last;
}

}  // namespace

std::shared_ptr<const Gazetteer> Gazetteer::open(const std::filesystem::path& index_file,
                                                 Verify verify) {
    return std::make_shared<const Gazetteer>(index_file, verify);
}

std::filesystem::path Gazetteer::verified_stamp(const std::filesystem::path& index_file) {
    auto stamp = index_file;
    stamp += ".verified";
    return stamp;
}

namespace {

// "size mtime body-checksum": what a verified file looked like. Cheap to compare, and a file
// replaced or rewritten since has another mtime (or size, or header).
std::string file_signature(const std::filesystem::path& file, std::uint64_t body_checksum) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (ec) return {};
    auto mtime = std::filesystem::last_write_time(file, ec);
    if (ec) return {};
    return std::to_string(size) + " " + std::to_string(mtime.time_since_epoch().count()) + " " +
           std::to_string(body_checksum) + "\n";
}

bool verified_before(const std::filesystem::path& file, std::uint64_t body_checksum) {
    std::ifstream in(Gazetteer::verified_stamp(file), std::ios::binary);
    std::string recorded((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string now = file_signature(file, body_checksum);
    return !now.empty() && recorded == now;
}

void record_verified(const std::filesystem::path& file, std::uint64_t body_checksum) {
    std::string signature = file_signature(file, body_checksum);
    if (signature.empty()) return;
    try {
        write_file_atomically(Gazetteer::verified_stamp(file), signature);
    } catch (const std::exception&) {
        // A read-only folder: the file is simply verified again next time.
    }
}

}  // namespace

Gazetteer::Gazetteer(const std::filesystem::path& index_file, Verify verify)
    : path_(index_file), file_([&] {
          std::error_code ec;
          if (!std::filesystem::is_regular_file(index_file, ec))
              throw GazetteerError("gazetteer index " + index_file.string() + " does not exist; " +
                                   kRebuildHint);
          return index_file;
      }(), verify == Verify::every_open) {
    fmt::IndexHeader header{};
    if (file_.size() < sizeof header) refuse(path_, "is truncated (smaller than its header)");
    std::memcpy(&header, file_.data(), sizeof header);
    if (std::memcmp(header.magic, fmt::kMagic, sizeof header.magic) != 0)
        refuse(path_, "is not a chronomap gazetteer index (bad magic)");
    if (header.header_checksum !=
        checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum)))
        refuse(path_, "is corrupt (header checksum mismatch)");
    if (header.format_version != fmt::kFormatVersion || header.folding_version != kFoldingVersion)
        refuse(path_, "is stale: built as format " + std::to_string(header.format_version) +
                          ", folding " + std::to_string(header.folding_version) +
                          "; this chronomap reads format " + std::to_string(fmt::kFormatVersion) +
                          ", folding " + std::to_string(kFoldingVersion));
    if (header.file_size != file_.size())
        refuse(path_, "is truncated or has trailing bytes (" + std::to_string(file_.size()) +
                          " bytes, header says " + std::to_string(header.file_size) + ")");
    if (header.section_count != fmt::section_count) refuse(path_, "is corrupt (bad section table)");
    for (const fmt::SectionRef& ref : header.sections)
        if (ref.offset % 8 != 0 || ref.offset < sizeof header || ref.offset > file_.size() ||
            ref.size > file_.size() - ref.offset)
            refuse(path_, "is corrupt (a section lies outside the file)");
    const std::byte* body = file_.data() + sizeof header;
    // Verified before and unchanged since: its checksum and the structure checks below (one
    // pass over every place and key bucket) passed then; a world index is 1 GB.
    bool vouched = verify == Verify::when_changed && verified_before(path_, header.body_checksum);
    if (!vouched && header.body_checksum != checksum_bytes(body, file_.size() - sizeof header))
        refuse(path_, "is corrupt (body checksum mismatch)");

    const auto& s = header.sections;
    input_checksum_ = header.input_checksum;
    header.source_note[sizeof header.source_note - 1] = '\0';
    source_note_ = header.source_note;
    places_ = section_span<fmt::PlaceRecord>(file_, s[fmt::places]);
    names_ = std::string_view(reinterpret_cast<const char*>(file_.data() + s[fmt::names].offset),
                              s[fmt::names].size);
    auto key_table = [&](fmt::Section buckets, fmt::Section overflow) {
        auto words = section_span<std::uint64_t>(file_, s[buckets]);
        return KeyTable{words, section_span<std::uint64_t>(file_, s[overflow]), words.size() / fmt::kBucketWords};
    };
    basic_ = key_table(fmt::basic_buckets, fmt::basic_overflow);
    skeleton_ = key_table(fmt::skeleton_buckets, fmt::skeleton_overflow);
    fuzzy_offsets_ = section_span<std::uint32_t>(file_, s[fmt::fuzzy_offsets]);
    fuzzy_blob_ =
        std::string_view(reinterpret_cast<const char*>(file_.data() + s[fmt::fuzzy_blob].offset),
                         s[fmt::fuzzy_blob].size);
    deletion_dir_ = section_span<std::uint32_t>(file_, s[fmt::deletion_dir]);
    deletion_entries_ = section_span<std::uint64_t>(file_, s[fmt::deletion_entries]);
    countries_ = section_span<fmt::CountryName>(file_, s[fmt::countries]);
    regions_ = section_span<fmt::RegionRecord>(file_, s[fmt::regions]);
    region_keys_ = section_span<fmt::RegionKey>(file_, s[fmt::region_keys]);
    short_keys_ = section_span<std::uint64_t>(file_, s[fmt::short_keys]);
    short_key_blocks_ = short_keys_.size() / short_key_filter::kBlockWords;
    some_country_unknown_ = (header.flags & fmt::kIndexSomeCountryUnknown) != 0;
    deletion_bits_ = static_cast<std::uint32_t>(std::bit_width(deletion_dir_.size()) - 1);
    for (const KeyTable* table : {&basic_, &skeleton_})
        if (table->bucket_count == 0 || table->buckets.size() != table->bucket_count * fmt::kBucketWords)
            refuse(path_, "is corrupt (key table)");
    if (deletion_dir_.size() < 2 || deletion_dir_.size() != (size_t{1} << deletion_bits_) + 1)
        refuse(path_, "is corrupt (key table)");
    if (short_key_blocks_ == 0 || short_keys_.size() != short_key_blocks_ * short_key_filter::kBlockWords)
        refuse(path_, "is corrupt (short key filter)");
    if (vouched) return;
    for (const fmt::RegionRecord& r : regions_)
        if (size_t{r.name_offset} + r.name_length > names_.size() ||
            size_t{r.name_fr_offset} + r.name_fr_length > names_.size())
            refuse(path_, "is corrupt (region names)");
    for (const fmt::RegionKey& k : region_keys_)
        if (k.region >= regions_.size()) refuse(path_, "is corrupt (region keys)");
    for (const fmt::PlaceRecord& p : places_) {
        if (p.region != fmt::kNoRegion && p.region >= regions_.size())
            refuse(path_, "is corrupt (place regions)");
        if (p.name_length > fmt::kInlineName && p.name_length != fmt::kNameInBlob)
            refuse(path_, "is corrupt (place names)");
        if (auto [offset, length] = name_in_blob(p); size_t{offset} + length > names_.size())
            refuse(path_, "is corrupt (place names)");
    }

    // The structure the lookups rely on (cheap next to the checksum): each bucket's keys end
    // in its line, its overflow lies in the overflow section and is exactly its keys, and
    // every entry names a place.
    for (const KeyTable* table : {&basic_, &skeleton_}) {
        // Keys (a header and its entries) one after the other from words[0]: to the end of
        // `size` exactly (an overflow), or up to a zero word or an overflow word (a bucket).
        auto keys_fill = [&](const std::uint64_t* words, size_t size, bool in_bucket) -> size_t {
            size_t k = 0;
            while (k < size) {
                std::uint64_t key_header = words[k];
                if (in_bucket && (key_header == 0 || (key_header & fmt::kOverflowFlag))) return k;
                std::uint32_t count = fmt::header_count(key_header);
                if (count == 0 || (key_header & fmt::kOverflowFlag) || count > size - k - 1) return SIZE_MAX;
                for (size_t i = k + 1; i <= k + count; ++i)
                    if ((fmt::entry_value(words[i]) >> 1) >= places_.size()) return SIZE_MAX;
                k += 1 + count;
            }
            return k;
        };
        for (std::uint64_t b = 0; b < table->bucket_count; ++b) {
            const std::uint64_t* words = table->buckets.data() + b * fmt::kBucketWords;
            size_t end = keys_fill(words, fmt::kBucketWords, true);
            bool fine = end != SIZE_MAX;
            if (fine && end < fmt::kBucketWords && (words[end] & fmt::kOverflowFlag)) {
                std::uint64_t offset = fmt::overflow_offset(words[end]), count = fmt::overflow_words(words[end]);
                fine = offset + count <= table->overflow.size() &&
                       keys_fill(table->overflow.data() + offset, count, false) == count;
            }
            if (!fine) refuse(path_, "is corrupt (key table)");
        }
    }
    if (!is_monotonic(deletion_dir_, static_cast<std::uint32_t>(deletion_entries_.size())) ||
        !is_monotonic(fuzzy_offsets_, static_cast<std::uint32_t>(fuzzy_blob_.size())))
        refuse(path_, "is corrupt (fuzzy tables)");
    if (verify == Verify::when_changed) record_verified(path_, header.body_checksum);
}

PlaceView Gazetteer::place(std::uint32_t index) const {
    const fmt::PlaceRecord& r = places_[index];
    PlaceView view;
    view.index = index;
    view.geonameid = r.geonameid;
    if (r.name_length <= fmt::kInlineName) {
        view.name = std::string_view(r.name, r.name_length);
    } else if (auto [offset, length] = name_in_blob(r); offset <= names_.size()) {
        view.name = names_.substr(offset, length);
    }
    view.country = {r.country[0], r.country[1]};
    view.lat = r.lat;
    view.lon = r.lon;
    view.population = r.population;
    view.feature = r.feature;
    view.region = r.region;
    return view;
}

RegionView Gazetteer::region(std::uint16_t index) const {
    RegionView view;
    if (index >= regions_.size()) return view;
    const fmt::RegionRecord& r = regions_[index];
    view.index = index;
    view.country = {r.country[0], r.country[1]};
    view.code = std::string_view(r.code, strnlen(r.code, sizeof r.code));
    view.name = names_.substr(r.name_offset, r.name_length);
    if (r.name_fr_offset <= names_.size()) view.name_fr = names_.substr(r.name_fr_offset, r.name_fr_length);
    return view;
}

std::optional<RegionView> Gazetteer::region_of(std::uint32_t place) const {
    if (place >= places_.size() || places_[place].region == fmt::kNoRegion) return std::nullopt;
    return region(places_[place].region);
}

std::vector<RegionMatch> Gazetteer::find_regions(std::string_view name) const {
    std::vector<RegionMatch> found;
    auto find_hash = [&](std::uint64_t hash, bool skeleton) {
        auto it = std::lower_bound(
            region_keys_.begin(), region_keys_.end(), hash,
            [](const fmt::RegionKey& k, std::uint64_t h) { return k.key_hash < h; });
        for (; it != region_keys_.end() && it->key_hash == hash; ++it)
            if ((it->skeleton != 0) == skeleton) found.push_back({it->region, skeleton});
    };
    std::vector<std::string> keys = region_name_keys(name);
    for (const std::string& key : keys) find_hash(hash_key(key), false);
    if (found.empty())
        for (const std::string& key : keys)
            if (std::string skeleton = fold_skeleton(key); skeleton.size() >= 3)
                find_hash(hash_key(skeleton), true);
    std::sort(found.begin(), found.end(),
              [](const RegionMatch& a, const RegionMatch& b) { return a.region < b.region; });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const RegionMatch& a, const RegionMatch& b) {
                                return a.region == b.region;
                            }),
                found.end());
    return found;
}

std::optional<std::uint16_t> Gazetteer::find_region_code(const CountryCode& country,
                                                         std::string_view code) const {
    for (std::uint16_t i = 0; i < regions_.size(); ++i) {
        const fmt::RegionRecord& r = regions_[i];
        if (r.country[0] == country[0] && r.country[1] == country[1] &&
            std::string_view(r.code, strnlen(r.code, sizeof r.code)) == code)
            return i;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> Gazetteer::find_geonameid(std::uint32_t geonameid) const {
    auto it = std::lower_bound(
        places_.begin(), places_.end(), geonameid,
        [](const fmt::PlaceRecord& r, std::uint32_t id) { return r.geonameid < id; });
    if (it == places_.end() || it->geonameid != geonameid) return std::nullopt;
    return static_cast<std::uint32_t>(it - places_.begin());
}

KeyRun::KeyRun(std::span<const KeyMatch> decoded)
    : decoded_(decoded), count_(static_cast<std::uint32_t>(decoded.size())) {
    some_country_unknown_ = std::any_of(decoded.begin(), decoded.end(), [](const KeyMatch& m) {
        return m.country == fmt::kUnknownCountryId;
    });
}

void KeyRun::append_to(std::vector<KeyMatch>& out) const {
    out.reserve(out.size() + count_);
    for (size_t i = 0; i < count_; ++i) out.push_back((*this)[i]);
}

// A bucket is one line: asked for before it is read, so the reads of several keys overlap.
void Gazetteer::prefetch_bucket(const KeyTable& table, std::uint64_t hash) {
    __builtin_prefetch(table.bucket(hash));
}

// A 48-byte record (its name inside) crosses a cache line one time in two: both lines are
// asked for.
void Gazetteer::prefetch_place(std::uint32_t place) const {
    const auto* record = reinterpret_cast<const char*>(&places_[place]);
    __builtin_prefetch(record);
    __builtin_prefetch(record + sizeof(fmt::PlaceRecord) - 1);
}

KeyRun Gazetteer::run_in(const KeyTable& table, std::uint64_t hash) const {
    std::uint64_t tag = hash & fmt::kHashTagMask;
    // Header to header in the bucket's line, then in its overflow if it has one (checked at
    // open: every count stays in its bucket or overflow). Two keys of one bucket sharing a
    // 28-bit tag, 1 in 2^28, would read as the first.
    const std::uint64_t* words = table.bucket(hash);
    size_t size = fmt::kBucketWords;
    for (size_t k = 0; k < size;) {
        std::uint64_t header = words[k];
        if (header == 0) break;
        if (header & fmt::kOverflowFlag) {
            words = table.overflow.data() + fmt::overflow_offset(header);
            size = fmt::overflow_words(header);
            k = 0;
            continue;
        }
        std::uint32_t count = fmt::header_count(header);
        if (count > size - k - 1) break;  // checked at open; never read past the bucket
        if (fmt::entry_tag(header) == tag)
            return KeyRun(words + k + 1, count, (header & fmt::kSomeCountryUnknown) != 0);
        k += 1 + count;
    }
    return {};
}

void Gazetteer::find_both(std::string_view basic_key, std::string_view skeleton_key, KeyRun& basic_out,
                          KeyRun& skeleton_out, size_t prefetched) const {
    std::uint64_t h1 = hash_key(basic_key), h2 = hash_key(skeleton_key);
    // Ask for both buckets' lines before reading either.
    prefetch_bucket(basic_, h1);
    if (!skeleton_key.empty()) prefetch_bucket(skeleton_, h2);
    basic_out = run_in(basic_, h1);
    skeleton_out = skeleton_key.empty() ? KeyRun() : run_in(skeleton_, h2);
    // The places a lookup reads first (the best ranked: see gazetteer_format.h): those bearing
    // the name as written, then look-alikes up to the same number (a name of few places, most
    // names, is read whole), at least one (a world lookup is bound by its cache misses: asked
    // for together, they overlap).
    for (size_t i = 0; i < basic_out.size() && i < prefetched; ++i) prefetch_place(basic_out[i].place);
    size_t look_alikes = basic_out.size() < prefetched ? prefetched - basic_out.size() : 1;
    for (size_t i = 0; i < skeleton_out.size() && i < look_alikes; ++i) prefetch_place(skeleton_out[i].place);
}

void Gazetteer::find_basic(std::string_view basic_key, std::vector<KeyMatch>& out) const {
    run_in(basic_, hash_key(basic_key)).append_to(out);
}

bool Gazetteer::has_basic(std::string_view basic_key) const {
    return !run_in(basic_, hash_key(basic_key)).empty();
}

bool Gazetteer::has_skeleton(std::string_view skeleton_key) const {
    return !run_in(skeleton_, hash_key(skeleton_key)).empty();
}

void Gazetteer::find_skeleton(std::string_view skeleton_key, std::vector<KeyMatch>& out) const {
    run_in(skeleton_, hash_key(skeleton_key)).append_to(out);
}

void Gazetteer::find_skeletons(const std::vector<FuzzyKey>& keys, std::vector<KeyRun>& out,
                               size_t prefetched) const {
    std::vector<std::uint64_t> hashes(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        hashes[i] = hash_key(keys[i].key);
        prefetch_bucket(skeleton_, hashes[i]);
    }
    out.clear();
    for (std::uint64_t hash : hashes) {
        const KeyRun& run = out.emplace_back(run_in(skeleton_, hash));
        for (size_t i = 0; i < run.size() && prefetched > 0; ++i, --prefetched) prefetch_place(run[i].place);
    }
}

std::string_view Gazetteer::fuzzy_key(std::uint32_t id) const {
    return fuzzy_blob_.substr(fuzzy_offsets_[id], fuzzy_offsets_[id + 1] - fuzzy_offsets_[id]);
}

void Gazetteer::keys_with_deletion(std::uint64_t hash, std::vector<std::uint32_t>& ids) const {
    size_t slot = hash >> (64 - deletion_bits_);
    auto tag = static_cast<std::uint32_t>(hash);
    for (std::uint32_t k = deletion_dir_[slot]; k < deletion_dir_[slot + 1]; ++k)
        if (static_cast<std::uint32_t>(deletion_entries_[k] >> 32) == tag)
            ids.push_back(static_cast<std::uint32_t>(deletion_entries_[k]));
}

void Gazetteer::find_fuzzy(std::string_view query, std::vector<FuzzyKey>& out) const {
    if (query.size() <= fmt::kMinFuzzyKey || query.size() > fmt::kMaxFuzzyKey) return;
    // One edit apart means: the key is the query with one letter more (the query is one of
    // its deletions), or one letter less (a deletion of the query is the key: the skeleton
    // table has it), or one letter changed (they share a deletion).
    // The query and its deletions are all probed: their directory lines, then their entries,
    // are asked for at once, so the misses of a big index overlap instead of adding up.
    std::vector<std::string> deleted{std::string(query)};
    for (size_t at = 0; at < query.size(); ++at) {
        if (at > 0 && query[at] == query[at - 1]) continue;
        deleted.emplace_back(query.substr(0, at)).append(query.substr(at + 1));
    }
    std::vector<std::uint64_t> hashes(deleted.size());
    for (size_t i = 0; i < deleted.size(); ++i) {
        hashes[i] = hash_key(deleted[i]);
        __builtin_prefetch(&deletion_dir_[hashes[i] >> (64 - deletion_bits_)]);
        if (i > 0) prefetch_bucket(skeleton_, hashes[i]);
    }
    for (size_t i = 0; i < deleted.size(); ++i)
        __builtin_prefetch(&deletion_entries_[deletion_dir_[hashes[i] >> (64 - deletion_bits_)]]);
    std::vector<std::uint32_t> ids;
    for (size_t i = 0; i < deleted.size(); ++i) {
        keys_with_deletion(hashes[i], ids);
        if (i > 0 && !run_in(skeleton_, hashes[i]).empty()) out.push_back({deleted[i], 1});
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t id : ids)
        if (id + 1 < fuzzy_offsets_.size()) __builtin_prefetch(&fuzzy_offsets_[id]);
    for (std::uint32_t id : ids)
        if (id + 1 < fuzzy_offsets_.size()) __builtin_prefetch(fuzzy_blob_.data() + fuzzy_offsets_[id]);
    for (std::uint32_t id : ids) {
        if (id + 1 >= fuzzy_offsets_.size()) continue;
        std::string_view key = fuzzy_key(id);
        if (bounded_edit_distance(query, key, 1) == 1) out.push_back({std::string(key), 1});
    }
}

bool Gazetteer::may_have_skeleton_in(std::string_view skeleton_key, std::uint16_t country) const {
    if (skeleton_key.size() < short_key_filter::kMinKey || skeleton_key.size() > short_key_filter::kMaxKey) return true;
    std::uint64_t hash = hash_key(skeleton_key);
    auto in_filter = [&](std::uint16_t id) {
        return short_key_filter::may_contain(short_keys_.data(), short_key_blocks_, short_key_filter::item(hash, id));
    };
    // A place of an unusual code is known to be in the country only by reading it.
    return in_filter(country) || (some_country_unknown_ && country != fmt::kUnknownCountryId &&
                                  in_filter(fmt::kUnknownCountryId));
}

std::optional<CountryCode> Gazetteer::country_from_key(std::string_view basic_key) const {
    std::uint64_t hash = hash_key(basic_key);
    auto it =
        std::lower_bound(countries_.begin(), countries_.end(), hash,
                         [](const fmt::CountryName& c, std::uint64_t h) { return c.key_hash < h; });
    if (it == countries_.end() || it->key_hash != hash) return std::nullopt;
    return CountryCode{it->country[0], it->country[1]};
}

}  // namespace chronomap
