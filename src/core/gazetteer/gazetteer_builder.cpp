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

#include "core/io/atomic_file.h"
#include "core/gazetteer/gazetteer_format.h"
#include "core/gazetteer/gazetteer_index_writer.h"
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

// iso3166-2-db's iso3166-2.json: {"SY": {"regions": [{"name": "Idlib Governorate", "admin":
// "12", "names": {"en": ..., "fr": "Gouvernorat d'Idleb", "geonames": "Idlib"}}]}}. "admin"
// is the GeoNames admin1 code of cities500's column 11.
void add_region_names(const std::filesystem::path& file, IndexWriter& writer) {
    auto json = nlohmann::json::parse(read_file(file), nullptr, false);
    if (!json.is_object())
        throw std::runtime_error(file.string() + ": expected an object of countries (iso3166-2.json)");
    for (const auto& [country, data] : json.items()) {
        if (country.size() != 2 || !data.is_object() || !data.contains("regions") ||
            !data["regions"].is_array())
            continue;
        for (const auto& region : data["regions"]) {
            if (!region.is_object() || !region.contains("admin") || !region["admin"].is_string())
                continue;
            std::string code = region["admin"];
            if (!writer.has_region(country, code)) continue;
            std::vector<std::string> names;
            if (region.contains("name") && region["name"].is_string())
                names.push_back(region["name"]);
            if (region.contains("names") && region["names"].is_object())
                for (const auto& [language, name] : region["names"].items())
                    if (name.is_string()) names.push_back(name);
            writer.add_region_names(country, code, names);
            if (region.contains("names") && region["names"].is_object() &&
                region["names"].contains("fr") && region["names"]["fr"].is_string())
                writer.set_region_french_name(country, code, region["names"]["fr"].get<std::string>());
        }
    }
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
    if (!sources.regions.empty()) add(sources.regions);
    return sum;
}

GazetteerBuildReport build_gazetteer_index(const GazetteerSources& sources,
                                           const std::filesystem::path& output) {
    std::uint64_t checksum = checksum_gazetteer_sources(sources);
    IndexWriter writer;
    std::ifstream in(sources.cities, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + sources.cities.string() + ": " +
                                 std::strerror(errno));
    std::string line;
    std::vector<std::string_view> columns;
    size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        PlaceRow row;
        bool skip = false;
        std::string error = parse_geonames_line(line, columns, row, skip);
        if (!error.empty())
            throw std::runtime_error(sources.cities.string() + ":" + std::to_string(line_number) +
                                     ": " + error + "; is this GeoNames cities500.txt?");
        if (!skip) writer.add(row);
    }
    if (!sources.regions.empty()) add_region_names(sources.regions, writer);
    return writer.write(parse_countries(sources.countries), checksum, sources.note, output);
}

}  // namespace chronomap
