#include "core/place_names/place_name_file.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/io/atomic_file.h"

namespace chronomap {
namespace {
constexpr const char* kPlaceNamesHeader = "# chronomap place names 1";

const char* kind_name(PlaceNameKind kind) {
    switch (kind) {
        case PlaceNameKind::country:
            return "country";
        case PlaceNameKind::capital:
            return "capital";
        case PlaceNameKind::country_interior:
            return "country-interior";
        case PlaceNameKind::city:
            break;
    }
    return "city";
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}
}  // namespace

std::vector<PlaceName> read_place_names(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<PlaceName> names;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind(kPlaceNamesHeader, 0) != 0)
            throw std::runtime_error(
                path.string() + ": not a chronomap place-name file (rebuild with scripts/build)");
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f = split_tabs(line);
        auto bad = [&](const std::string& why) {
            return std::runtime_error(path.string() + ":" + std::to_string(number) + ": " + why);
        };
        if (f.size() != 7) throw bad("expected 7 tab-separated fields");
        PlaceName p;
        if (f[0] == "country")
            p.kind = PlaceNameKind::country;
        else if (f[0] == "capital")
            p.kind = PlaceNameKind::capital;
        else if (f[0] == "city")
            p.kind = PlaceNameKind::city;
        else if (f[0] == "country-interior")
            p.kind = PlaceNameKind::country_interior;
        else
            throw bad("unknown kind \"" + f[0] + "\"");
        try {
            p.min_zoom = std::stof(f[1]);
            p.lon = std::stod(f[2]);
            p.lat = std::stod(f[3]);
            p.population = std::stoll(f[4]);
        } catch (const std::exception&) {
            throw bad("a number is malformed");
        }
        if (f[5].empty()) throw bad("empty name");
        p.name = std::move(f[5]);
        p.name_fr = std::move(f[6]);
        names.push_back(std::move(p));
    }
    return names;
}

void write_place_names(const std::filesystem::path& path, const std::vector<PlaceName>& names,
                       const std::string& note) {
    write_file_atomically(path, [&](std::ostream& out) {
        out << kPlaceNamesHeader << ": kind, min_zoom, lon, lat, population, name, name_fr\n# " << note
            << "\n";
        for (const PlaceName& p : names) {
            std::ostringstream row;
            row.precision(7);
            row << kind_name(p.kind) << '\t' << std::round(p.min_zoom * 10) / 10 << '\t' << p.lon
                << '\t' << p.lat << '\t' << p.population << '\t' << p.name << '\t' << p.name_fr
                << '\n';
            out << row.str();
        }
    });
}

const std::string& place_name_in(const PlaceName& place, bool french) {
    return french && !place.name_fr.empty() ? place.name_fr : place.name;
}

float city_min_zoom(std::int64_t population, bool capital) {
    // A capital comes two zoom levels before a city of its size (a small one, from zoom 6).
    if (capital)
        return std::max(3.5f, city_min_zoom(std::max<std::int64_t>(population, 30'000), false) - 2);
    if (population >= 5'000'000) return 3.5f;
    if (population >= 1'000'000) return 4;
    if (population >= 500'000) return 5;
    if (population >= 200'000) return 6;
    if (population >= 100'000) return 7;
    if (population >= 30'000) return 8;
    return -1;
}

float country_min_zoom(double inscribed_radius_world) {
    if (inscribed_radius_world <= 0) return 6;
    // 256 * 2^z * r >= 9 pixels of radius.
    double zoom = std::log2(9.0 / (256.0 * inscribed_radius_world));
    return static_cast<float>(std::clamp(zoom, 1.0, 6.0));
}

}  // namespace chronomap
