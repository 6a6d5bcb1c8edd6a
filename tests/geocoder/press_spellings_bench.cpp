// press_spellings_bench CORPUS.tsv [--geodata DIR] [--min-placed FRACTION] [--quiet]
//
// Runs the held-out press corpus (tests/data/press-spellings.tsv) through the geocoder by
// the path `chronomap geocode` takes (Geocoder::open on the geodata, then geocode_batch),
// one row at a time, so that no row is context for another. Prints what happened by
// category (placed right / misplaced / refused) and every failure. Exits 1 when any row is
// misplaced (placed more than its tolerance from the truth, or placed when it must go to
// review) or when the share of names to place that are placed right is below --min-placed.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "core/gazetteer/batch_geocoding.h"
#include "core/gazetteer/geocode_scoring.h"
#include "core/gazetteer/geocoder.h"
#include "geocoder/table_bench_support.h"

using namespace chronomap;

namespace {

struct Row {
    size_t line = 0;
    std::string query, hint, region, expect, category, note;
    double lat = 0, lon = 0, km = 30;
};

struct Tally {
    size_t right = 0, misplaced = 0, refused = 0;
};

std::string label(const Row& r) {
    return "\"" + r.query + "\"" + (r.hint.empty() ? "" : " [" + r.hint + "]") +
           (r.region.empty() ? "" : " [" + r.region + "]");
}

int usage() {
    std::cerr << "usage: press_spellings_bench CORPUS.tsv [--geodata DIR] [--min-placed FRACTION] [--quiet]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    table_bench::Args args;
    double min_placed = 0;
    auto own = [&](const std::string& arg, const char* next) {
        if (arg != "--min-placed" || !next) return 0;
        min_placed = std::atof(next);
        return 2;
    };
    if (!table_bench::parse_args(argc, argv, args, own)) return usage();
    const std::string& corpus = args.table;
    bool quiet = args.quiet;

    auto table_rows = table_bench::read_rows(corpus, "press_spellings_bench");
    if (!table_rows) return 2;
    std::vector<Row> rows;
    for (const table_bench::TableRow& row : *table_rows) {
        const std::vector<std::string>& c = row.columns;
        if (c.size() < 9 || (c[3] != "place" && c[3] != "review") ||
            (c[3] == "place" && (c[5].empty() || c[6].empty()))) {
            std::cerr << corpus << ":" << row.line
                      << ": expected query, hint, region, place|review, geonameid, lat, lon, km, category\n";
            return 2;
        }
        Row r;
        r.line = row.line;
        r.query = c[0], r.hint = c[1], r.region = c[2], r.expect = c[3], r.category = c[8];
        r.note = c.size() > 9 ? c[9] : "";
        if (r.expect == "place") {
            r.lat = std::stod(c[5]), r.lon = std::stod(c[6]);
            if (!c[7].empty()) r.km = std::stod(c[7]);
        }
        rows.push_back(std::move(r));
    }

    Geocoder geocoder = table_bench::open_geocoder(args.geodata);

    std::map<std::string, Tally> by_category;
    Tally to_place, to_review;
    std::vector<std::string> misplaced, refused;
    for (const Row& r : rows) {
        std::vector<PlaceQuery> query{{r.query, r.hint, r.region, {}}};
        GeocodeResult result = geocode_batch(geocoder, query, PlaceContext{}).front();
        bool placed = result.status == GeocodeStatus::resolved;
        Tally& t = by_category[r.category];
        std::string where = placed ? result.place->name + " (" +
                                         std::string(to_string_view(result.place->country)) + ")"
                                   : std::string(status_name(result.status));
        if (r.expect == "review") {
            if (placed) {
                ++t.misplaced, ++to_review.misplaced;
                misplaced.push_back(label(r) + " must go to review, placed at " + where + " (" + r.note + ")");
            } else {
                ++t.right, ++to_review.right;
            }
            continue;
        }
        if (!placed) {
            ++t.refused, ++to_place.refused;
            refused.push_back(label(r) + " [" + r.category + "]: " + where + ": " + result.note);
            continue;
        }
        double km = geocode_scoring::distance_km(r.lat, r.lon, result.place->lat, result.place->lon);
        if (km <= r.km) {
            ++t.right, ++to_place.right;
        } else {
            ++t.misplaced, ++to_place.misplaced;
            misplaced.push_back(label(r) + " [" + r.category + "] placed at " + where + ", " +
                                std::to_string(std::lround(km)) + " km from the truth");
        }
    }

    std::printf("%-28s %7s %9s %7s\n", "category", "right", "misplaced", "refused");
    for (const auto& [category, t] : by_category)
        std::printf("%-28s %7zu %9zu %7zu\n", category.c_str(), t.right, t.misplaced, t.refused);
    size_t names = to_place.right + to_place.misplaced + to_place.refused;
    double share = names ? static_cast<double>(to_place.right) / static_cast<double>(names) : 0;
    std::printf("names to place: %zu, placed right %zu (%.1f %%), misplaced %zu, refused %zu\n", names,
                to_place.right, 100 * share, to_place.misplaced, to_place.refused);
    std::printf("names for review: %zu, left for review %zu, placed anyway %zu\n",
                to_review.right + to_review.misplaced, to_review.right, to_review.misplaced);
    for (const std::string& m : misplaced) std::printf("MISPLACED  %s\n", m.c_str());
    if (!quiet)
        for (const std::string& m : refused) std::printf("refused    %s\n", m.c_str());

    bool ok = misplaced.empty() && share >= min_placed;
    if (share < min_placed)
        std::printf("FAIL: %.1f %% placed right, under the threshold of %.1f %%\n", 100 * share, 100 * min_placed);
    if (!misplaced.empty()) std::printf("FAIL: %zu misplaced\n", misplaced.size());
    return ok ? 0 : 1;
}
