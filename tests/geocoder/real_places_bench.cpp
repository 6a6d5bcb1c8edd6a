// real_places_bench TABLE.tsv [--geodata DIR] [--quiet]
//
// Runs a table of real places as event datasets name them (tests/data/geocode-real-places-2.tsv:
// name, country, region, district, lat, lon, sure|approx, note) through the geocoder by the path
// `chronomap geocode` takes (Geocoder::open, then geocode_batch one row at a time), four times:
// with the country and the region (and the district when given), with the country alone, with
// the region alone, with neither. Prints placed right, refused and misplaced for each, every
// misplaced row and (without --quiet) why each row given both hints is refused. A row whose
// position is marked "approx" is misplaced only beyond 50 km, a sure one beyond 30 km. Exits 1
// when a row is misplaced while its region is given: a wrong place on a published map is the
// worst outcome, a refusal goes to review.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/geocoder.h"
#include "geocoder/table_bench_support.h"

using namespace chronomap;

namespace {

constexpr double kSureKm = 30, kApproxKm = 50;

struct Row {
    size_t line = 0;
    std::string name, country, region, district;
    double lat = 0, lon = 0, km = kSureKm;
};

struct Mode {
    const char* label;
    bool country, region;
};

struct Tally {
    size_t right = 0, refused = 0, misplaced = 0;
};

int usage() {
    std::cerr << "usage: real_places_bench TABLE.tsv [--geodata DIR] [--quiet]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    table_bench::Args args;
    if (!table_bench::parse_args(argc, argv, args, [](const std::string&, const char*) { return 0; })) return usage();
    const std::string& table = args.table;
    auto table_rows = table_bench::read_rows(table, "real_places_bench");
    if (!table_rows) return 2;
    std::vector<Row> rows;
    for (const table_bench::TableRow& row : *table_rows) {
        const std::vector<std::string>& c = row.columns;
        char* end_lat = nullptr;
        char* end_lon = nullptr;
        Row r;
        if (c.size() >= 7) {
            r.lat = std::strtod(c[4].c_str(), &end_lat);
            r.lon = std::strtod(c[5].c_str(), &end_lon);
        }
        if (c.size() < 7 || c[0].empty() || c[4].empty() || *end_lat || c[5].empty() || *end_lon ||
            (c[6] != "sure" && c[6] != "approx")) {
            std::cerr << table << ":" << row.line
                      << ":1: expected name, country, region, district, lat, lon, sure|approx, note (tab-separated); "
                         "fix the row or start it with # to leave it out\n";
            return 2;
        }
        r.line = row.line;
        r.name = c[0], r.country = c[1], r.region = c[2], r.district = c[3];
        r.km = c[6] == "approx" ? kApproxKm : kSureKm;
        rows.push_back(std::move(r));
    }
    Geocoder geocoder = table_bench::open_geocoder(args.geodata);

    const Mode modes[] = {{"country and region", true, true},
                          {"country alone", true, false},
                          {"region alone", false, true},
                          {"neither", false, false}};
    size_t misplaced_with_region = 0;
    std::vector<std::string> misplaced, refused;
    std::printf("%-20s %6s %7s %8s %10s\n", "hints", "rows", "right", "refused", "misplaced");
    for (const Mode& mode : modes) {
        Tally t;
        for (const Row& r : rows) {
            PlaceQuery query{r.name, mode.country ? r.country : "", mode.region ? r.region : "",
                             mode.region ? r.district : ""};
            GeocodeResult result = geocode_batch(geocoder, {query}, PlaceContext{}).front();
            if (result.status != GeocodeStatus::resolved) {
                ++t.refused;
                if (mode.country && mode.region)
                    refused.push_back(table + ":" + std::to_string(r.line) + ": \"" + r.name + "\" [" + query.country +
                                      "] [" + query.region + "]: " + std::string(status_name(result.status)) + ": " +
                                      result.note);
                continue;
            }
            double km = geocode_scoring::distance_km(r.lat, r.lon, result.place->lat, result.place->lon);
            if (km <= r.km) {
                ++t.right;
                continue;
            }
            ++t.misplaced;
            bool region_given = mode.region && !r.region.empty();
            if (region_given) ++misplaced_with_region;
            misplaced.push_back(std::string(mode.label) + ": " + table + ":" + std::to_string(r.line) + ": \"" +
                                r.name + "\" [" + query.country + "] [" + query.region + "] -> " +
                                result.place->name + " (" + std::string(to_string_view(result.place->country)) +
                                "), " + std::to_string(std::lround(km)) + " km away" +
                                (region_given ? "  <- with its region" : ""));
        }
        std::printf("%-20s %6zu %7zu %8zu %10zu\n", mode.label, rows.size(), t.right, t.refused, t.misplaced);
    }
    if (!args.quiet || misplaced_with_region)
        for (const std::string& m : misplaced) std::printf("MISPLACED  %s\n", m.c_str());
    if (!args.quiet)
        for (const std::string& m : refused) std::printf("refused with country and region  %s\n", m.c_str());
    if (misplaced_with_region) {
        std::printf("FAIL: %zu rows misplaced while their region is given\n", misplaced_with_region);
        return 1;
    }
    return 0;
}
