#include "core/place_names/region_name_file.h"

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/io/atomic_file.h"

namespace chronomap {
namespace {
constexpr const char* kRegionNamesHeader = "# chronomap region names 1";
}

std::vector<RegionName> read_region_names(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<RegionName> names;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind(kRegionNamesHeader, 0) != 0)
            throw std::runtime_error(path.string() + ": not a chronomap region-name file (rebuild with scripts/build)");
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::istringstream row(line);
        for (std::string field; std::getline(row, field, '\t');) f.push_back(field);
        if (!line.empty() && line.back() == '\t') f.emplace_back();
        auto bad = [&](const std::string& why) {
            return std::runtime_error(path.string() + ":" + std::to_string(number) + ": " + why);
        };
        if (f.size() != 5) throw bad("expected 5 tab-separated fields (min_zoom, lon, lat, name_en, name_fr)");
        RegionName r;
        try {
            r.min_zoom = std::stof(f[0]);
            r.lon = std::stod(f[1]);
            r.lat = std::stod(f[2]);
        } catch (const std::exception&) {
            throw bad("a number is malformed");
        }
        if (f[3].empty()) throw bad("empty English name");
        r.name_en = std::move(f[3]);
        r.name_fr = std::move(f[4]);
        names.push_back(std::move(r));
    }
    return names;
}

void write_region_names(const std::filesystem::path& path, const std::vector<RegionName>& names,
                        const std::string& note) {
    write_file_atomically(path, [&](std::ostream& out) {
        out << kRegionNamesHeader << ": min_zoom, lon, lat, name_en, name_fr\n# " << note << "\n";
        for (const RegionName& r : names) {
            std::ostringstream row;
            row.precision(7);
            row << std::round(r.min_zoom * 10) / 10 << '\t' << r.lon << '\t' << r.lat << '\t' << r.name_en << '\t'
                << r.name_fr << '\n';
            out << row.str();
        }
    });
}

const std::string& region_name_in(const RegionName& region, bool french) {
    return french && !region.name_fr.empty() ? region.name_fr : region.name_en;
}

}  // namespace chronomap
