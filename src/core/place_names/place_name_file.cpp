#include "core/place_names/place_name_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

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

// Up to `count` tab-separated fields of a line, as views into it; the number found.
size_t split_tabs(std::string_view line, std::string_view* fields, size_t count) {
    size_t n = 0;
    while (n < count) {
        size_t tab = line.find('\t');
        fields[n++] = line.substr(0, tab);
        if (tab == std::string_view::npos) return n;
        line.remove_prefix(tab + 1);
    }
    return n + 1;  // more fields than expected
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}
}  // namespace

// The file holds every town of cities500 (some 200,000 lines): read at once and parsed in
// place, it loads in a fraction of what a line-by-line stream with one string per field took.
std::vector<PlaceName> read_place_names(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    if (text.rfind(kPlaceNamesHeader, 0) != 0)
        throw std::runtime_error(path.string() + ": not a chronomap place-name file (rebuild with scripts/build)");
    std::vector<PlaceName> names;
    names.reserve(text.size() / 40);  // about 45 bytes a line
    std::string_view rest = text;
    int number = 0;
    while (!rest.empty()) {
        ++number;
        size_t newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        auto bad = [&](const std::string& why) {
            return std::runtime_error(path.string() + ":" + std::to_string(number) + ": " + why);
        };
        std::string_view f[7];
        if (split_tabs(line, f, 7) != 7) throw bad("expected 7 tab-separated fields");
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
            throw bad("unknown kind \"" + std::string(f[0]) + "\"");
        if (!parse_number(f[1], p.min_zoom) || !parse_number(f[2], p.lon) || !parse_number(f[3], p.lat) ||
            !parse_number(f[4], p.population))
            throw bad("a number is malformed");
        if (f[5].empty()) throw bad("empty name");
        p.name = f[5];
        p.name_fr = f[6];
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
    if (population >= 10'000) return 9;
    if (population >= 2'000) return 10;
    if (population > 0) return 11;
    return -1;
}

float unknown_size_seat_min_zoom(int admin_level) {
    // A first-level seat is a city whatever GeoNames counts; a district seat a town.
    if (admin_level <= 1) return 7;
    return std::min(11.0f, 7.0f + static_cast<float>(admin_level));
}

float country_min_zoom(double inscribed_radius_world) {
    if (inscribed_radius_world <= 0) return 6;
    // 256 * 2^z * r >= 9 pixels of radius.
    double zoom = std::log2(9.0 / (256.0 * inscribed_radius_world));
    return static_cast<float>(std::clamp(zoom, 1.0, 6.0));
}

}  // namespace chronomap
