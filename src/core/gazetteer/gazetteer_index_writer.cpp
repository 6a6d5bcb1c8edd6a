#include "core/gazetteer/gazetteer_index_writer.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <functional>
#include <numeric>
#include <stdexcept>

#include "core/io/atomic_file.h"
#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"
#include "core/gazetteer/region_names.h"
#include "core/gazetteer/short_key_filter.h"

namespace chronomap {
namespace fmt = gazetteer_format;
namespace {

template <typename T>
bool parse_number(std::string_view text, T& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

// Airport and other codes ("DEZ", "QHS") sit among GeoNames' alternate names: not names.
bool is_code(std::string_view name) {
    if (name.size() > 4) return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::uint32_t directory_bits(size_t keys) {
    // The fuzzy stage's deletion directory: a power of two, at most 2^24 slots.
    auto bits = static_cast<std::uint32_t>(std::bit_width(std::max<size_t>(keys, 1024)));
    return std::min<std::uint32_t>(bits, 24);
}

template <typename Entry>
std::vector<std::uint32_t> key_directory(const std::vector<Entry>& keys, std::uint32_t bits) {
    std::vector<std::uint32_t> dir((size_t{1} << bits) + 1);
    size_t k = 0;
    for (size_t b = 0; b < dir.size(); ++b) {
        while (k < keys.size() && (keys[k].hash >> (64 - bits)) < b) ++k;
        dir[b] = static_cast<std::uint32_t>(k);
    }
    return dir;
}

}  // namespace

fmt::Feature feature_of(std::string_view code) {
    if (code == "PPLC") return fmt::Feature::capital;
    if (code == "PPLA") return fmt::Feature::seat1;
    if (code == "PPLA2") return fmt::Feature::seat2;
    if (code == "PPLA3") return fmt::Feature::seat3;
    if (code == "PPLA4" || code == "PPLA5") return fmt::Feature::seat4;
    if (code == "PPLX") return fmt::Feature::section;
    if (code == "PPLH" || code == "PPLQ" || code == "PPLW" || code == "PPLCH")
        return fmt::Feature::historical;
    return fmt::Feature::populated;
}

// GeoNames columns: 0 id, 1 name, 2 ascii name, 3 alternate names, 4 lat, 5 lon,
// 6 feature class, 7 feature code, 8 country, 9 cc2, 10 admin1, ..., 14 population.
std::string parse_geonames_line(std::string_view line, std::vector<std::string_view>& columns,
                                PlaceRow& row, bool& skip) {
    skip = false;
    columns.clear();
    for (size_t at = 0;;) {
        size_t tab = line.find('\t', at);
        columns.push_back(
            line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
        if (tab == std::string_view::npos) break;
        at = tab + 1;
    }
    if (columns.size() < 15)
        return "expected 19 tab-separated columns, found " + std::to_string(columns.size());
    row = PlaceRow{};
    if (!parse_number(columns[0], row.geonameid))
        return "bad geonameid \"" + std::string(columns[0]) + "\"";
    if (!parse_number(columns[4], row.lat) || !parse_number(columns[5], row.lon) ||
        std::abs(row.lat) > 90 || std::abs(row.lon) > 180)
        return "bad latitude or longitude";
    if (!columns[14].empty() && !parse_number(columns[14], row.population))
        return "bad population \"" + std::string(columns[14]) + "\"";
    // Populated places only (feature class P): the rest (mountains, wadis, admin areas) are
    // not points an event happens at. No country: of no use to the press.
    if (columns[8].size() != 2 || (!columns[6].empty() && columns[6] != "P")) {
        skip = true;
        return {};
    }
    row.name = columns[1];
    row.ascii_name = columns[2];
    row.alternates = columns[3];
    row.feature = feature_of(columns[7]);
    row.country[0] = columns[8][0];
    row.country[1] = columns[8][1];
    row.admin1 = columns[10];
    return {};
}

std::uint16_t IndexWriter::region_id(const char country[2], std::string_view code) {
    if (code.empty() || code == "00" || code.size() > sizeof(fmt::RegionRecord::code))
        return fmt::kNoRegion;
    std::string key = std::string(country, 2) + std::string(code);
    auto [it, inserted] =
        region_ids_.try_emplace(key, static_cast<std::uint16_t>(region_keys_.size()));
    if (inserted) {
        if (region_keys_.size() >= fmt::kNoRegion) {
            region_ids_.erase(it);
            return fmt::kNoRegion;
        }
        region_keys_.push_back(key);
        region_names_.emplace_back();
        region_french_names_.emplace_back();
        region_seats_.push_back(0);
    }
    return it->second;
}

bool IndexWriter::has_region(std::string_view country, std::string_view code) const {
    return region_ids_.count(std::string(country) + std::string(code)) != 0;
}

void IndexWriter::add_region_names(std::string_view country, std::string_view code,
                                   const std::vector<std::string>& names) {
    if (country.size() != 2) return;
    std::uint16_t id = region_id(country.data(), code);
    if (id == fmt::kNoRegion) return;
    auto& list = region_names_[id];
    list.insert(list.begin(), names.begin(), names.end());  // given names before seats' names
}

void IndexWriter::set_region_french_name(std::string_view country, std::string_view code,
                                         std::string name) {
    if (country.size() != 2) return;
    std::uint16_t id = region_id(country.data(), code);
    if (id != fmt::kNoRegion) region_french_names_[id] = std::move(name);
}

size_t IndexWriter::KeyBuckets::size() const {
    size_t n = 0;
    for (const auto& part : parts) n += part.size();
    return n;
}

void IndexWriter::add_name(std::uint32_t place, std::string_view name, bool alternate,
                           bool fuzzy_worthy) {
    if (name.empty() || (alternate && is_code(name))) return;
    auto key = fold_basic(name);
    if (!key || key->empty()) return;
    // A name's ASCII form and its alternates often fold to keys already taken for this
    // place: kept once, by the first (the main name before the alternates).
    auto first_time = [&](std::uint64_t hash) {
        if (std::find(row_keys_.begin(), row_keys_.end(), hash) != row_keys_.end()) return false;
        row_keys_.push_back(hash);
        return true;
    };
    std::uint32_t value = place << 1 | (alternate ? fmt::kAlternateFlag : 0);
    std::uint64_t basic_hash = hash_key(*key);
    if (first_time(basic_hash)) basic_.push(basic_hash, value);
    std::string skeleton_key = fold_skeleton(*key);
    if (skeleton_key.size() < 2) return;
    // Skeleton hashes are kept apart from basic ones by a flipped bit (never equal by chance).
    std::uint64_t skeleton_hash = hash_key(skeleton_key);
    if (first_time(~skeleton_hash)) {
        skeleton_.push(skeleton_hash, value);
        if (skeleton_key.size() >= short_key_filter::kMinKey && skeleton_key.size() <= short_key_filter::kMaxKey)
            short_key_items_.push_back(short_key_filter::item(skeleton_hash, fmt::country_id(records_[place].country)));
    }
    if (fuzzy_worthy && skeleton_key.size() >= fmt::kMinFuzzyKey &&
        skeleton_key.size() <= fmt::kMaxFuzzyKey && is_ascii(skeleton_key))
        fuzzy_set_.insert(std::move(skeleton_key));
}

void IndexWriter::add(const PlaceRow& row) {
    if (records_.size() + 1 >= fmt::kMaxPlaces)
        throw std::runtime_error("more than " + std::to_string(fmt::kMaxPlaces - 1) +
                                 " places; the index format holds no more: split the source "
                                 "(one country extract per index)");
    auto place = static_cast<std::uint32_t>(records_.size());
    fmt::PlaceRecord r{};
    r.geonameid = row.geonameid;
    r.population = static_cast<std::uint32_t>(std::min<std::uint64_t>(row.population, UINT32_MAX));
    r.lat = static_cast<float>(row.lat);
    r.lon = static_cast<float>(row.lon);
    std::string_view name = row.name.substr(0, 65535);
    if (name.size() <= fmt::kInlineName) {
        r.name_length = static_cast<std::uint8_t>(name.size());
        std::memcpy(r.name, name.data(), name.size());
    } else {
        r.name_length = fmt::kNameInBlob;
        std::uint32_t where[2] = {static_cast<std::uint32_t>(names_.size()), static_cast<std::uint32_t>(name.size())};
        std::memcpy(r.name, where, sizeof where);
        names_.append(name);
    }
    r.country[0] = row.country[0];
    r.country[1] = row.country[1];
    r.feature = row.feature;
    r.region = region_id(row.country, row.admin1);
    if (r.region != fmt::kNoRegion &&
        (row.feature == fmt::Feature::seat1 || row.feature == fmt::Feature::capital)) {
        // A governorate is often called by its seat's name: "Idlib", "Deir ez-Zor".
        region_names_[r.region].emplace_back(row.name);
        if (row.ascii_name != row.name) region_names_[r.region].emplace_back(row.ascii_name);
        region_seats_[r.region]++;
    }
    records_.push_back(r);

    // A fuzzy match of a small place is never resolved (Geocoder), so only places that
    // could be are worth the fuzzy index's space.
    bool fuzzy_worthy = r.population >= 2000 || r.feature < fmt::Feature::populated;
    row_keys_.clear();
    add_name(place, row.name, false, fuzzy_worthy);
    add_name(place, row.ascii_name, false, fuzzy_worthy);
    for (size_t at = 0; at <= row.alternates.size();) {
        size_t comma = row.alternates.find(',', at);
        if (comma == std::string_view::npos) comma = row.alternates.size();
        add_name(place, row.alternates.substr(at, comma - at), true, fuzzy_worthy);
        at = comma + 1;
    }
}

GazetteerBuildReport IndexWriter::write(const std::vector<fmt::CountryName>& countries,
                                        std::uint64_t input_checksum, const std::string& note,
                                        const std::filesystem::path& output) {
    GazetteerBuildReport report;
    report.input_checksum = input_checksum;

    // Places sorted by geonameid (find_geonameid searches them); keys follow the new order.
    std::vector<fmt::PlaceRecord> records;
    {
        std::vector<std::uint32_t> order(records_.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return records_[a].geonameid < records_[b].geonameid;
        });
        std::vector<std::uint32_t> new_position(records_.size());
        records.resize(records_.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) {
            new_position[order[i]] = i;
            records[i] = records_[order[i]];
        }
        std::vector<fmt::PlaceRecord>().swap(records_);
        // Each key's places in the order lookup ranks them (gazetteer_format.h): best
        // posting_score first, then by place.
        std::vector<double> importance(records.size());
        for (size_t i = 0; i < records.size(); ++i) {
            const fmt::PlaceRecord& r = records[i];
            importance[i] = geocode_scoring::posting_score(0, r.population, r.feature,
                                                           CountryCode{r.country[0], r.country[1]});
        }
        for (KeyBuckets* keys : {&basic_, &skeleton_})
            for (auto& part : keys->parts) {
                for (KeyEntry& e : part)
                    e.value = new_position[e.value >> 1] << 1 | (e.value & fmt::kAlternateFlag);
                // One entry per (key, place): a primary name wins over an alternate.
                std::sort(part.begin(), part.end());
                part.erase(std::unique(part.begin(), part.end(),
                                       [](const KeyEntry& a, const KeyEntry& b) {
                                           return a.hash == b.hash &&
                                                  (a.value >> 1) == (b.value >> 1);
                                       }),
                           part.end());
                bool skeleton = keys == &skeleton_;
                auto score = [&](const KeyEntry& e) {
                    return geocode_scoring::key_weight(skeleton, e.value & fmt::kAlternateFlag) +
                           importance[e.value >> 1];
                };
                std::sort(part.begin(), part.end(), [&](const KeyEntry& a, const KeyEntry& b) {
                    if (a.hash != b.hash) return a.hash < b.hash;
                    double sa = score(a), sb = score(b);
                    if (sa != sb) return sa > sb;
                    return a.value < b.value;
                });
            }
    }

    // Fuzzy keys and their one-letter deletions.
    std::vector<std::string> fuzzy_keys(fuzzy_set_.begin(), fuzzy_set_.end());
    std::sort(fuzzy_keys.begin(), fuzzy_keys.end());
    std::vector<std::uint32_t> fuzzy_offsets{0};
    std::string fuzzy_blob;
    std::vector<KeyEntry> deletions;
    for (size_t k = 0; k < fuzzy_keys.size(); ++k) {
        const std::string& key = fuzzy_keys[k];
        fuzzy_blob += key;
        fuzzy_offsets.push_back(static_cast<std::uint32_t>(fuzzy_blob.size()));
        std::string deleted;
        for (size_t at = 0; at < key.size(); ++at) {
            if (at > 0 && key[at] == key[at - 1]) continue;  // same deletion as the previous letter
            deleted.assign(key, 0, at);
            deleted.append(key, at + 1);
            deletions.push_back({hash_key(deleted), static_cast<std::uint32_t>(k)});
        }
    }
    std::uint32_t deletion_bits = directory_bits(deletions.size() / 4);  // about 4 per slot
    std::sort(deletions.begin(), deletions.end());
    deletions.erase(std::unique(deletions.begin(), deletions.end(),
                                [](const KeyEntry& a, const KeyEntry& b) {
                                    return a.hash == b.hash && a.value == b.value;
                                }),
                    deletions.end());
    std::vector<std::uint64_t> deletion_entries;
    deletion_entries.reserve(deletions.size());
    for (const KeyEntry& e : deletions)
        deletion_entries.push_back(
            static_cast<std::uint64_t>(static_cast<std::uint32_t>(e.hash)) << 32 | e.value);

    // Regions: a display name each, and the keys of all their names.
    std::vector<fmt::RegionRecord> regions;
    std::vector<fmt::RegionKey> region_keys;
    for (size_t id = 0; id < region_keys_.size(); ++id) {
        const std::string& key = region_keys_[id];
        const auto& names = region_names_[id];
        fmt::RegionRecord r{};
        r.country[0] = key[0];
        r.country[1] = key[1];
        std::memcpy(r.code, key.data() + 2, std::min(sizeof r.code, key.size() - 2));
        std::string display = names.empty() ? key.substr(2) : names.front();
        r.name_offset = static_cast<std::uint32_t>(names_.size());
        r.name_length = static_cast<std::uint16_t>(std::min<size_t>(display.size(), 65535));
        names_.append(display, 0, r.name_length);
        const std::string& french = region_french_names_[id];
        r.name_fr_offset = static_cast<std::uint32_t>(names_.size());
        r.name_fr_length = static_cast<std::uint16_t>(std::min<size_t>(french.size(), 65535));
        names_.append(french, 0, r.name_fr_length);
        r.seat_count = region_seats_[id];
        regions.push_back(r);
        for (const std::string& name : names)
            for (const std::string& basic : region_name_keys(name)) {
                fmt::RegionKey k{};
                k.region = static_cast<std::uint16_t>(id);
                k.key_hash = hash_key(basic);
                region_keys.push_back(k);
                std::string skeleton = fold_skeleton(basic);
                if (skeleton.size() < 3) continue;
                k.key_hash = hash_key(skeleton);
                k.skeleton = 1;
                region_keys.push_back(k);
            }
    }
    std::sort(region_keys.begin(), region_keys.end(),
              [](const fmt::RegionKey& a, const fmt::RegionKey& b) {
                  if (a.key_hash != b.key_hash) return a.key_hash < b.key_hash;
                  if (a.skeleton != b.skeleton) return a.skeleton < b.skeleton;
                  return a.region < b.region;
              });
    region_keys.erase(std::unique(region_keys.begin(), region_keys.end(),
                                  [](const fmt::RegionKey& a, const fmt::RegionKey& b) {
                                      return a.key_hash == b.key_hash && a.region == b.region &&
                                             a.skeleton == b.skeleton;
                                  }),
                      region_keys.end());

    // The short keys' filter: a block per item's lookup, kBitsPerItem bits per distinct item.
    std::sort(short_key_items_.begin(), short_key_items_.end());
    short_key_items_.erase(std::unique(short_key_items_.begin(), short_key_items_.end()), short_key_items_.end());
    const std::uint64_t short_key_blocks = short_key_filter::blocks_for(short_key_items_.size());
    std::vector<std::uint64_t> short_keys(short_key_blocks * short_key_filter::kBlockWords);
    for (std::uint64_t item : short_key_items_) short_key_filter::add(short_keys.data(), short_key_blocks, item);
    std::vector<std::uint64_t>().swap(short_key_items_);
    bool some_country_unknown = std::any_of(records.begin(), records.end(), [](const fmt::PlaceRecord& r) {
        return fmt::country_id(r.country) == fmt::kUnknownCountryId;
    });

    // Layout: header, then sections in enum order, each 8-byte aligned. The body is produced
    // twice, to checksum it and to write it, instead of being gathered in memory (a world
    // gazetteer's keys alone take over a gigabyte).
    size_t basic_count = basic_.size(), skeleton_count = skeleton_.size();
    // Buckets sized by the words their keys take in them (a header and its entries each):
    // five of a bucket's eight on average, so most keys sit in their bucket's line. A key of
    // more than six places (a common name of a world index) goes to the overflow whole and
    // counts for nothing here.
    auto bucket_count = [](const KeyBuckets& keys) {
        std::uint64_t words = 0;
        for (const auto& part : keys.parts)
            for (size_t k = 0; k < part.size();) {
                size_t end = k;
                while (end < part.size() && part[end].hash == part[k].hash) ++end;
                if (1 + end - k < fmt::kBucketWords) words += 1 + end - k;
                k = end;
            }
        return std::max<std::uint64_t>(words / 5 + 1, 64);
    };
    const std::uint64_t basic_buckets = bucket_count(basic_), skeleton_buckets = bucket_count(skeleton_);
    // Calls visit(bucket, keys) for every bucket in order, empty ones too; keys: one
    // [first, end) range of entries per key, in hash order.
    using KeySpan = std::pair<const KeyEntry*, const KeyEntry*>;
    auto for_each_bucket = [](const KeyBuckets& keys, std::uint64_t buckets, const auto& visit) {
        std::vector<KeySpan> in_bucket;
        std::uint64_t bucket = 0;
        for (const auto& part : keys.parts)
            for (size_t k = 0; k < part.size();) {
                size_t end = k;
                while (end < part.size() && part[end].hash == part[k].hash) ++end;
                for (std::uint64_t b = fmt::bucket_of(part[k].hash, buckets); bucket < b; ++bucket) {
                    visit(bucket, in_bucket);
                    in_bucket.clear();
                }
                in_bucket.emplace_back(part.data() + k, part.data() + end);
                k = end;
            }
        for (; bucket < buckets; ++bucket) {
            visit(bucket, in_bucket);
            in_bucket.clear();
        }
    };
    // Which of a bucket's keys stay in its line: all when they fit, else those that fit in
    // seven words, in hash order (one word names the overflow).
    auto fits_inline = [](const std::vector<KeySpan>& keys, std::vector<bool>& inline_key) {
        size_t total = 0;
        for (const KeySpan& k : keys) total += 1 + static_cast<size_t>(k.second - k.first);
        inline_key.assign(keys.size(), true);
        if (total <= fmt::kBucketWords) return;
        size_t used = 0;
        for (size_t i = 0; i < keys.size(); ++i) {
            size_t words = 1 + static_cast<size_t>(keys[i].second - keys[i].first);
            inline_key[i] = used + words <= fmt::kBucketWords - 1;
            if (inline_key[i]) used += words;
        }
    };
    std::vector<std::uint32_t> deletion_dir = key_directory(deletions, deletion_bits);

    fmt::SectionRef refs[fmt::section_count] = {};
    auto emit = [&](const std::function<void(const void*, size_t)>& out) {
        std::uint64_t offset = sizeof(fmt::IndexHeader);
        static constexpr char kZeros[8] = {};
        auto bytes = [&](const void* data, size_t size) {
            out(data, size);
            offset += size;
        };
        auto section = [&](fmt::Section s, const auto& produce) {
            // Places and buckets start on a cache line: a record spans at most two, a bucket one.
            bool on_line = s == fmt::places || s == fmt::basic_buckets || s == fmt::skeleton_buckets ||
                           s == fmt::short_keys;
            while (offset % (on_line ? 64 : 8)) bytes(kZeros, 8 - offset % 8);
            refs[s].offset = offset;
            produce();
            refs[s].size = offset - refs[s].offset;
        };
        auto items = [&](const auto& vector) {
            bytes(vector.data(), vector.size() * sizeof(vector[0]));
        };
        auto country = [&](std::uint32_t value) { return fmt::country_id(records[value >> 1].country); };
        std::vector<std::uint64_t> packed;
        auto add_key = [&](const KeySpan& key) {
            std::uint64_t flags = 0;
            for (const KeyEntry* e = key.first; e != key.second; ++e)
                if (country(e->value) == fmt::kUnknownCountryId) flags = fmt::kSomeCountryUnknown;
            packed.push_back(
                fmt::pack_key_header(key.first->hash, static_cast<std::uint32_t>(key.second - key.first), flags));
            for (const KeyEntry* e = key.first; e != key.second; ++e)
                packed.push_back(fmt::pack_key_entry(e->hash, country(e->value), e->value));
        };
        auto flush = [&](bool at_end) {
            if (at_end || packed.size() >= (1 << 16)) {
                items(packed);
                packed.clear();
            }
        };
        // A table's buckets (overflow = false) or its overflow section, walking its keys the
        // same way both times.
        auto key_table = [&](const KeyBuckets& keys, std::uint64_t buckets, bool overflow) {
            std::vector<bool> inline_key;
            std::uint64_t overflow_at = 0;
            for_each_bucket(keys, buckets, [&](std::uint64_t, const std::vector<KeySpan>& in_bucket) {
                fits_inline(in_bucket, inline_key);
                size_t first = packed.size(), spilled = 0;
                for (size_t i = 0; i < in_bucket.size(); ++i) {
                    if (inline_key[i] != overflow) add_key(in_bucket[i]);
                    if (!inline_key[i]) spilled += 1 + static_cast<size_t>(in_bucket[i].second - in_bucket[i].first);
                }
                if (!overflow) {
                    // The overflow word right after the keys that fit, where a lookup hopping
                    // from header to header meets it; zeros after.
                    if (spilled) {
                        if (overflow_at + spilled >= (std::uint64_t{1} << (64 - fmt::kOverflowOffsetShift)))
                            throw std::runtime_error("too many keys for the index format; split the source");
                        packed.push_back(fmt::pack_overflow(overflow_at, static_cast<std::uint32_t>(spilled)));
                    }
                    packed.resize(first + fmt::kBucketWords, 0);
                }
                overflow_at += spilled;
                flush(false);
            });
            flush(true);
        };
        section(fmt::places, [&] { items(records); });
        section(fmt::names, [&] { bytes(names_.data(), names_.size()); });
        section(fmt::basic_buckets, [&] { key_table(basic_, basic_buckets, false); });
        section(fmt::basic_overflow, [&] { key_table(basic_, basic_buckets, true); });
        section(fmt::skeleton_buckets, [&] { key_table(skeleton_, skeleton_buckets, false); });
        section(fmt::skeleton_overflow, [&] { key_table(skeleton_, skeleton_buckets, true); });
        section(fmt::fuzzy_offsets, [&] { items(fuzzy_offsets); });
        section(fmt::fuzzy_blob, [&] { bytes(fuzzy_blob.data(), fuzzy_blob.size()); });
        section(fmt::deletion_dir, [&] { items(deletion_dir); });
        section(fmt::deletion_entries, [&] { items(deletion_entries); });
        section(fmt::countries, [&] { items(countries); });
        section(fmt::regions, [&] { items(regions); });
        section(fmt::region_keys, [&] { items(region_keys); });
        section(fmt::short_keys, [&] { items(short_keys); });
        return offset;
    };
    ChecksumStream body_checksum;
    std::uint64_t file_size =
        emit([&](const void* data, size_t size) { body_checksum.add(data, size); });

    fmt::IndexHeader header{};
    std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
    header.format_version = fmt::kFormatVersion;
    header.folding_version = kFoldingVersion;
    header.input_checksum = input_checksum;
    header.section_count = fmt::section_count;
    header.flags = some_country_unknown ? fmt::kIndexSomeCountryUnknown : 0;
    std::snprintf(header.source_note, sizeof header.source_note, "%s", note.c_str());
    std::copy(std::begin(refs), std::end(refs), header.sections);
    header.file_size = file_size;
    header.body_checksum = body_checksum.finish();
    header.header_checksum = checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum));

    write_file_atomically(output, [&](std::ostream& out) {
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        emit([&](const void* data, size_t size) {
            out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        });
    });
    report.places = records.size();
    report.basic_keys = basic_count;
    report.skeleton_keys = skeleton_count;
    report.fuzzy_keys = fuzzy_keys.size();
    report.country_names = countries.size();
    report.regions = regions.size();
    report.region_names = region_keys.size();
    report.file_size = header.file_size;
    return report;
}

}  // namespace chronomap
