#include "core/gazetteer/gazetteer_builder.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unordered_set>
#include <vector>

#include "core/atomic_file.h"
#include "core/gazetteer/gazetteer_format.h"
#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"

namespace chronomap {
namespace fmt = gazetteer_format;
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string() + ": " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::filesystem::path> country_files(const std::filesystem::path& package) {
    std::vector<std::filesystem::path> files;
    auto langs = package / "langs";
    if (!std::filesystem::is_directory(langs))
        throw std::runtime_error(langs.string() +
                                 " is missing: expected the i18n-iso-countries package");
    for (const auto& entry : std::filesystem::directory_iterator(langs))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());  // the checksum must not depend on listing order
    return files;
}

struct SourcePlace {
    fmt::PlaceRecord record{};
    std::string_view name, ascii_name, alternates;
};

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

template <typename T>
bool parse_number(std::string_view text, T& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

// GeoNames columns: 0 id, 1 name, 2 ascii name, 3 alternate names, 4 lat, 5 lon,
// 6 feature class, 7 feature code, 8 country, ..., 14 population.
std::vector<SourcePlace> parse_cities(const std::string& text, const std::string& file) {
    std::vector<SourcePlace> places;
    places.reserve(220000);
    size_t line_start = 0, line_number = 0;
    std::vector<std::string_view> columns;
    while (line_start < text.size()) {
        size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        std::string_view line(text.data() + line_start, line_end - line_start);
        line_start = line_end + 1;
        ++line_number;
        if (line.empty()) continue;
        columns.clear();
        for (size_t at = 0;;) {
            size_t tab = line.find('\t', at);
            columns.push_back(
                line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
            if (tab == std::string_view::npos) break;
            at = tab + 1;
        }
        auto fail = [&](const std::string& what) {
            throw std::runtime_error(file + ":" + std::to_string(line_number) + ": " + what +
                                     "; is this GeoNames cities500.txt?");
        };
        if (columns.size() < 15)
            fail("expected 19 tab-separated columns, found " + std::to_string(columns.size()));
        SourcePlace place;
        double lat = 0, lon = 0;
        std::uint64_t population = 0;
        if (!parse_number(columns[0], place.record.geonameid)) fail("bad geonameid");
        if (!parse_number(columns[4], lat) || !parse_number(columns[5], lon))
            fail("bad latitude or longitude");
        if (!columns[14].empty() && !parse_number(columns[14], population)) fail("bad population");
        if (columns[8].size() != 2) continue;  // no country: not useful to the press
        place.record.lat = static_cast<float>(lat);
        place.record.lon = static_cast<float>(lon);
        place.record.population =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(population, UINT32_MAX));
        place.record.country[0] = columns[8][0];
        place.record.country[1] = columns[8][1];
        place.record.feature = feature_of(columns[7]);
        place.name = columns[1];
        place.ascii_name = columns[2];
        place.alternates = columns[3];
        places.push_back(place);
    }
    return places;
}

// Airport and other codes ("DEZ", "QHS") sit among GeoNames' alternate names: not names.
bool is_code(std::string_view name) {
    if (name.size() > 4) return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

struct KeyEntry {
    std::uint64_t hash;
    std::uint32_t value;
    bool operator<(const KeyEntry& o) const {
        return hash != o.hash ? hash < o.hash : value < o.value;
    }
};

// Sorted, and one entry per (key, place): a primary name wins over an alternate.
void finish_keys(std::vector<KeyEntry>& keys) {
    std::sort(keys.begin(), keys.end());
    auto same_place = [](const KeyEntry& a, const KeyEntry& b) {
        return a.hash == b.hash && (a.value >> 1) == (b.value >> 1);
    };
    keys.erase(std::unique(keys.begin(), keys.end(), same_place), keys.end());
}

std::vector<std::uint32_t> key_directory(const std::vector<KeyEntry>& keys, std::uint32_t bits) {
    std::vector<std::uint32_t> dir((size_t{1} << bits) + 1);
    size_t k = 0;
    for (size_t b = 0; b < dir.size(); ++b) {
        while (k < keys.size() && (keys[k].hash >> (64 - bits)) < b) ++k;
        dir[b] = static_cast<std::uint32_t>(k);
    }
    return dir;
}

struct Blob {
    std::string bytes;
    template <typename T>
    void append(const std::vector<T>& items) {
        bytes.append(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T));
    }
};

struct CountryEntry {
    std::uint64_t hash;
    std::array<char, 2> code;
};

void add_country_name(std::vector<CountryEntry>& out, std::string_view name,
                      std::string_view code) {
    auto add = [&](std::string_view text) {
        auto key = fold_basic(text);
        if (key && !key->empty()) out.push_back({hash_key(*key), {code[0], code[1]}});
    };
    add(name);
    // "Syrien, Arabische Republik", "Iran, Islamic Republic of": the part before the comma.
    if (size_t comma = name.find(','); comma != std::string_view::npos) add(name.substr(0, comma));
}

std::vector<fmt::CountryName> parse_countries(const std::filesystem::path& package) {
    std::vector<CountryEntry> entries;
    auto codes_path = package / "codes.json";
    auto codes = nlohmann::json::parse(read_file(codes_path), nullptr, false);
    if (!codes.is_array())
        throw std::runtime_error(codes_path.string() + ": expected an array of codes");
    for (const auto& row : codes) {
        if (!row.is_array() || row.size() < 2 || !row[0].is_string() || !row[1].is_string())
            continue;
        std::string alpha2 = row[0], alpha3 = row[1];
        if (alpha2.size() != 2) continue;
        add_country_name(entries, alpha2, alpha2);
        add_country_name(entries, alpha3, alpha2);
    }
    for (const auto& file : country_files(package)) {
        auto json = nlohmann::json::parse(read_file(file), nullptr, false);
        if (!json.is_object() || !json.contains("countries") || !json["countries"].is_object())
            throw std::runtime_error(file.string() + ": expected {\"countries\": {...}}");
        for (const auto& [code, names] : json["countries"].items()) {
            if (code.size() != 2) continue;
            if (names.is_string()) add_country_name(entries, names.get<std::string>(), code);
            if (names.is_array())
                for (const auto& name : names)
                    if (name.is_string()) add_country_name(entries, name.get<std::string>(), code);
        }
    }
    // A name used for two countries ("Congo") is no hint at all: drop it.
    std::sort(entries.begin(), entries.end(), [](const CountryEntry& a, const CountryEntry& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.code < b.code;
    });
    std::vector<fmt::CountryName> out;
    for (size_t i = 0; i < entries.size();) {
        size_t j = i;
        bool conflict = false;
        while (j < entries.size() && entries[j].hash == entries[i].hash) {
            conflict = conflict || entries[j].code != entries[i].code;
            ++j;
        }
        if (!conflict) {
            fmt::CountryName name{};
            name.key_hash = entries[i].hash;
            name.country[0] = entries[i].code[0];
            name.country[1] = entries[i].code[1];
            out.push_back(name);
        }
        i = j;
    }
    return out;
}

std::uint32_t directory_bits(size_t keys) {
    // About one key per directory slot: a lookup reads one slot pair and one short run.
    auto bits = static_cast<std::uint32_t>(std::bit_width(std::max<size_t>(keys, 1024)));
    return std::min<std::uint32_t>(bits, 24);
}

}  // namespace

std::uint64_t checksum_gazetteer_sources(const GazetteerSources& sources) {
    std::uint64_t sum = checksum_bytes(nullptr, 0, kFoldingVersion);
    auto add = [&](const std::filesystem::path& path) {
        std::string bytes = read_file(path);
        sum = checksum_bytes(bytes.data(), bytes.size(), sum);
    };
    add(sources.cities);
    add(sources.countries / "codes.json");
    for (const auto& file : country_files(sources.countries)) add(file);
    return sum;
}

GazetteerBuildReport build_gazetteer_index(const GazetteerSources& sources,
                                           const std::filesystem::path& output) {
    GazetteerBuildReport report;
    report.input_checksum = checksum_gazetteer_sources(sources);
    const std::string cities_text = read_file(sources.cities);
    std::vector<SourcePlace> places = parse_cities(cities_text, sources.cities.string());
    if (places.size() > fmt::kMaxPlaces)
        throw std::runtime_error(sources.cities.string() + ": " + std::to_string(places.size()) +
                                 " places; the index format holds at most " +
                                 std::to_string(fmt::kMaxPlaces));
    std::sort(places.begin(), places.end(), [](const SourcePlace& a, const SourcePlace& b) {
        return a.record.geonameid < b.record.geonameid;
    });

    std::vector<fmt::PlaceRecord> records;
    std::string names;
    std::vector<KeyEntry> basic, skeleton;
    std::unordered_set<std::string> fuzzy_set;
    records.reserve(places.size());
    for (size_t i = 0; i < places.size(); ++i) {
        SourcePlace& place = places[i];
        place.record.name_offset = static_cast<std::uint32_t>(names.size());
        place.record.name_length =
            static_cast<std::uint16_t>(std::min<size_t>(place.name.size(), 65535));
        names.append(place.name.substr(0, place.record.name_length));
        records.push_back(place.record);

        // A fuzzy match of a small place is never resolved (Geocoder), so only places that
        // could be are worth the fuzzy index's space.
        bool fuzzy_worthy =
            place.record.population >= 2000 || place.record.feature < fmt::Feature::populated;
        auto add_name = [&](std::string_view name, bool alternate) {
            if (name.empty() || (alternate && is_code(name))) return;
            auto key = fold_basic(name);
            if (!key || key->empty()) return;
            std::uint32_t value =
                static_cast<std::uint32_t>(i) << 1 | (alternate ? fmt::kAlternateFlag : 0);
            basic.push_back({hash_key(*key), value});
            std::string skeleton_key = fold_skeleton(*key);
            if (skeleton_key.size() < 2) return;
            skeleton.push_back({hash_key(skeleton_key), value});
            if (fuzzy_worthy && skeleton_key.size() >= fmt::kMinFuzzyKey &&
                skeleton_key.size() <= fmt::kMaxFuzzyKey && is_ascii(skeleton_key))
                fuzzy_set.insert(std::move(skeleton_key));
        };
        add_name(place.name, false);
        add_name(place.ascii_name, false);
        for (size_t at = 0; at <= place.alternates.size();) {
            size_t comma = place.alternates.find(',', at);
            if (comma == std::string_view::npos) comma = place.alternates.size();
            add_name(place.alternates.substr(at, comma - at), true);
            at = comma + 1;
        }
    }
    finish_keys(basic);
    finish_keys(skeleton);

    // Fuzzy keys and their one-letter deletions.
    std::vector<std::string> fuzzy_keys(fuzzy_set.begin(), fuzzy_set.end());
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

    std::vector<fmt::CountryName> countries = parse_countries(sources.countries);

    // Layout: header, then sections in enum order, each 8-byte aligned.
    std::uint32_t bits = directory_bits(std::max(basic.size(), skeleton.size()));
    auto pack = [](const std::vector<KeyEntry>& keys) {
        std::vector<std::uint64_t> entries;
        entries.reserve(keys.size());
        for (const KeyEntry& e : keys) entries.push_back(fmt::pack_key_entry(e.hash, e.value));
        return entries;
    };

    std::vector<Blob> sections(fmt::section_count);
    sections[fmt::places].append(records);
    sections[fmt::names].bytes = names;
    sections[fmt::basic_dir].append(key_directory(basic, bits));
    sections[fmt::basic_entries].append(pack(basic));
    sections[fmt::skeleton_dir].append(key_directory(skeleton, bits));
    sections[fmt::skeleton_entries].append(pack(skeleton));
    sections[fmt::fuzzy_offsets].append(fuzzy_offsets);
    sections[fmt::fuzzy_blob].bytes = fuzzy_blob;
    sections[fmt::deletion_dir].append(key_directory(deletions, deletion_bits));
    sections[fmt::deletion_entries].append(deletion_entries);
    sections[fmt::countries].append(countries);

    fmt::IndexHeader header{};
    std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
    header.format_version = fmt::kFormatVersion;
    header.folding_version = kFoldingVersion;
    header.input_checksum = report.input_checksum;
    header.section_count = fmt::section_count;
    header.key_dir_bits = bits;
    std::snprintf(header.source_note, sizeof header.source_note, "%s", sources.note.c_str());
    std::string body;
    std::uint64_t offset = sizeof header;
    for (std::uint32_t s = 0; s < fmt::section_count; ++s) {
        while ((offset + body.size()) % 8) body.push_back('\0');
        header.sections[s] = {offset + body.size(), sections[s].bytes.size()};
        body += sections[s].bytes;
    }
    header.file_size = sizeof header + body.size();
    header.body_checksum = checksum_bytes(body.data(), body.size());
    header.header_checksum = checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum));

    write_file_atomically(output, [&](std::ostream& out) {
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        out.write(body.data(), static_cast<std::streamsize>(body.size()));
    });
    report.places = records.size();
    report.basic_keys = basic.size();
    report.skeleton_keys = skeleton.size();
    report.fuzzy_keys = fuzzy_keys.size();
    report.country_names = countries.size();
    report.file_size = header.file_size;
    return report;
}

}  // namespace chronomap
