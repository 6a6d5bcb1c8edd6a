// Press spellings (tests/data/geocode-variants.tsv): >= 95 % placed within 30 km of the
// true position, and none placed confidently anywhere else.
#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

TEST_CASE("press spellings: >= 95 % within 30 km, none confidently wrong") {
    std::ifstream in(test::kTestData / "geocode-variants.tsv");
    REQUIRE(in);
    std::string line;
    size_t total = 0, placed = 0, wrong = 0, not_resolved = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> columns;
        std::stringstream row(line);
        for (std::string column; std::getline(row, column, '\t');) columns.push_back(column);
        REQUIRE_MESSAGE(columns.size() >= 4, "bad line: ", line);
        double lat = std::stod(columns[2]), lon = std::stod(columns[3]);
        std::string region = columns.size() >= 6 ? columns[5] : "";
        GeocodeResult r =
            test::real_geocoder().lookup(columns[0], PlaceHints{columns[1], region, {}});
        ++total;
        if (r.status != GeocodeStatus::resolved) {
            ++not_resolved;
            MESSAGE("not resolved: ", columns[0], " [", columns[1], "] [", region, "]: ", r.note);
            continue;
        }
        double km = test::distance_km(lat, lon, r.place->lat, r.place->lon);
        if (km <= 30) {
            ++placed;
        } else {
            ++wrong;
            FAIL_CHECK("confidently wrong: ", columns[0], " [", columns[1], "] -> ", r.place->name,
                       " (", std::string(to_string_view(r.place->country)), "), ", km, " km away");
        }
    }
    std::cout << "geocode variants: " << placed << "/" << total << " within 30 km, " << wrong
              << " wrong, " << not_resolved << " not resolved\n";
    CHECK(total >= 80);
    CHECK(static_cast<double>(placed) >= 0.95 * static_cast<double>(total));
    CHECK(wrong == 0);
}
