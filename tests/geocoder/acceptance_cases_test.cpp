// The geocoder's acceptance rule, case by case (tests/data/geocode-acceptance.tsv, the table
// of docs/geocoding.md): each row is a name as users write it, with its hints and the file's
// other places, and what must come out: placed within 30 km of the truth, or not placed
// (ambiguous or unresolved, never placed elsewhere).
#include <doctest/doctest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, separator);) out.push_back(part);
    return out;
}

// "35.95 39.01; 35.34 40.14" -> points.
PlaceContext parse_context(const std::string& text) {
    PlaceContext context;
    for (const std::string& point : split(text, ';')) {
        std::stringstream in(point);
        double lat = 0, lon = 0;
        if (in >> lat >> lon) context.points.push_back({lat, lon});
    }
    return context;
}

}  // namespace

TEST_CASE("acceptance table: every case of docs/geocoding.md comes out as documented") {
    std::ifstream in(test::kTestData / "geocode-acceptance.tsv");
    REQUIRE(in);
    size_t total = 0, as_documented = 0, placed = 0, wrong = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> c = split(line, '\t');
        REQUIRE_MESSAGE(c.size() >= 7, "bad line: ", line);
        const std::string &name = c[0], &country = c[1], &region = c[2], &expect = c[4];
        std::string district = c.size() > 7 ? c[7] : "";  // optional last column
        PlaceContext context = parse_context(c[3]);
        GeocodeResult r = test::real_geocoder().lookup(
            name, PlaceHints{country, region, district}, context.points.empty() ? nullptr : &context);
        ++total;
        std::string said = name + " [" + country + "] [" + region + "]" +
                           (district.empty() ? "" : " [district " + district + "]") +
                           (context.points.empty() ? "" : " with context") + " (" + c[6] + ")";
        if (r.status == GeocodeStatus::resolved) {
            double km =
                test::distance_km(std::stod(c[5].substr(0, c[5].find(' '))),
                                  std::stod(c[5].substr(c[5].find(' ') + 1)), r.place->lat,
                                  r.place->lon);
            if (km > 30) {
                ++wrong;
                FAIL_CHECK("placed wrongly: ", said, " -> ", r.place->name, " (",
                           std::string(to_string_view(r.place->country)), "), ", km, " km away");
                continue;
            }
            ++placed;
            if (expect == "placed") {
                ++as_documented;
                CHECK_MESSAGE(!r.evidence.empty(), said, ": no evidence given");
            } else {
                FAIL_CHECK("placed, documented as not placed: ", said, " (", r.evidence, ")");
            }
        } else if (expect == "not placed") {
            ++as_documented;
        } else {
            FAIL_CHECK("not placed: ", said, ": ", r.note);
        }
    }
    std::cout << "acceptance table: " << as_documented << "/" << total << " as documented, "
              << placed << " placed, " << wrong << " placed wrongly\n";
    CHECK(total >= 40);
    CHECK(wrong == 0);
}
