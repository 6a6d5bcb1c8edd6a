// geocode_batch weighs a name placed without a hint over a far namesake again against the
// file's other places (docs/geocoding.md, rule 4): "Hays" in a file about Yemen is Ḩays
// (Al Hudaydah), not Hays (Kansas), which the name alone picks; in a file about Kansas it
// stays in Kansas.
#include <doctest/doctest.h>

#include "core/gazetteer/batch_geocoding.h"
#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

namespace {

GeocodeResult hays_among(const std::vector<std::string>& others) {
    std::vector<PlaceQuery> queries;
    for (const std::string& name : others) queries.push_back({name, "", "", ""});
    queries.push_back({"Hays", "", "", ""});
    return geocode_batch(test::real_geocoder(), queries, {}).back();
}

}  // namespace

TEST_CASE("a name placed over a far namesake goes to the one near the file's other places") {
    GeocodeResult alone = geocode_batch(test::real_geocoder(), {{"Hays", "", "", ""}}, {}).front();
    REQUIRE(alone.place);
    CHECK(to_string_view(alone.place->country) == "US");  // what the name alone says

    GeocodeResult yemen = hays_among({"Sanaa", "Hodeïda", "Zabid", "Taëz", "Mokha"});
    REQUIRE(yemen.place);
    CHECK(to_string_view(yemen.place->country) == "YE");
    CHECK(test::distance_km(13.93, 43.49, yemen.place->lat, yemen.place->lon) < 30);

    GeocodeResult kansas = hays_among({"Wichita", "Topeka", "Salina"});
    REQUIRE(kansas.place);
    CHECK(to_string_view(kansas.place->country) == "US");
    CHECK(test::distance_km(38.88, -99.33, kansas.place->lat, kansas.place->lon) < 30);
}

TEST_CASE("a place far from the file's others keeps its place when no namesake is near them") {
    // Paris in a file about Sudan: Paris (US) is no nearer; the name alone decides.
    std::vector<PlaceQuery> queries{{"Omdourman", "", "", ""}, {"Kassala", "", "", ""}, {"Paris", "", "", ""}};
    std::vector<GeocodeResult> results = geocode_batch(test::real_geocoder(), queries, {});
    REQUIRE(results.back().place);
    CHECK(to_string_view(results.back().place->country) == "FR");
}

// Under 600 km from the file's places, a namesake it was placed over that lies among them and
// bears the name too is weighed again: "Ariha" alone is Jericho (PS, its Arabic name), in a
// file about Idlib it is Ariha (SY), 451 km from Jericho.
TEST_CASE("a name placed 300-600 km from the file's places goes to a namesake among them") {
    GeocodeResult alone = geocode_batch(test::real_geocoder(), {{"Ariha", "", "", ""}}, {}).front();
    REQUIRE(alone.place);
    CHECK(to_string_view(alone.place->country) == "PS");
    std::vector<PlaceQuery> queries{{"Idlib", "", "", ""}, {"Saraqeb", "", "", ""}, {"Maarat al-Numan", "", "", ""},
                                    {"Khan Sheikhoun", "", "", ""}, {"Ariha", "", "", ""}};
    GeocodeResult idlib = geocode_batch(test::real_geocoder(), queries, {}).back();
    REQUIRE(idlib.place);
    CHECK(to_string_view(idlib.place->country) == "SY");
    CHECK(test::distance_km(35.81, 36.61, idlib.place->lat, idlib.place->lon) < 30);
}

// Rule 2's limit on look-alikes, on GeoNames alone (the curated tables name Metula
// "Metoula"): a look-alike without a country is not placed while a far place shares its
// spelling, unless the name is the place's own in French spelling.
TEST_CASE("a look-alike without a country: not placed while a far place shares its spelling") {
    Geocoder bare(Gazetteer::open(test::kGeodataDir / Gazetteer::kFileName), AliasTable{});
    GeocodeResult metoula = bare.lookup("Metoula", PlaceHints{});
    CHECK(metoula.status == GeocodeStatus::ambiguous);  // Matola (MZ), Mathura (IN), Metulla (IL)
    CHECK_FALSE(metoula.place);
    GeocodeResult moukalla = bare.lookup("Moukalla", PlaceHints{});  // "ou" is "u": Mukalla (YE)
    REQUIRE(moukalla.place);
    CHECK(to_string_view(moukalla.place->country) == "YE");
}
