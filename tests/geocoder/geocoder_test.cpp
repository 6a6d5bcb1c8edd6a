// The geocoder on the real index: hints, ties, aliases, non-points, hostile input.
#include "core/gazetteer/geocoder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <vector>

#include "geocoder/geocoder_test_support.h"
#include "test_helpers.h"

using namespace chronomap;
using chronomap::test::real_geocoder;
using chronomap::test::resolved_near;

namespace {

std::string hint_code(std::string_view hint) {
    auto code = real_geocoder().parse_country_hint(hint);
    return code ? std::string(to_string_view(*code)) : "?";
}

}  // namespace

TEST_CASE("country hints as users write them") {
    CHECK(hint_code("SY") == "SY");
    CHECK(hint_code("sy") == "SY");
    CHECK(hint_code("SYR") == "SY");
    CHECK(hint_code("Syrie") == "SY");
    CHECK(hint_code("Syrien") == "SY");
    CHECK(hint_code("Syria") == "SY");  // from geodata/aliases.tsv
    CHECK(hint_code("Syrian Arab Republic") == "SY");
    CHECK(hint_code("la Syrie") == "SY");
    CHECK(hint_code("Libye") == "LY");
    CHECK(hint_code("Libya") == "LY");
    CHECK(hint_code("Libyen") == "LY");
    CHECK(hint_code("ليبيا") == "LY");
    CHECK(hint_code("Irak") == "IQ");
    CHECK(hint_code("Iraq") == "IQ");
    CHECK(hint_code("Yémen") == "YE");
    CHECK(hint_code("Jemen") == "YE");
    CHECK(hint_code("Liban") == "LB");
    CHECK(hint_code("Russie") == "RU");
    CHECK(hint_code("l'Irak") == "IQ");
    CHECK(hint_code("Narnia") == "?");
    CHECK(hint_code("") == "?");
    CHECK(hint_code("\xff") == "?");
}

TEST_CASE("the seed places resolve to the right towns") {
    const Geocoder& g = real_geocoder();
    CHECK(resolved_near(g.lookup("Al-Qaryatayn", "Syrie"), 34.23, 37.24));
    CHECK(resolved_near(g.lookup("al-Qaryatayn", "Syrie"), 34.23, 37.24));
    CHECK(resolved_near(g.lookup("Qaryatayn", "Syrie"), 34.23, 37.24));
    CHECK(resolved_near(g.lookup("Deir ez-Zhor", "Syrie"), 35.34, 40.14));
    CHECK(resolved_near(g.lookup("Raqqa", "Syrie"), 35.95, 39.01));
    CHECK(resolved_near(g.lookup("Syrte", "Libye"), 31.21, 16.59));
    CHECK(resolved_near(g.lookup("Misrata", "Libye"), 32.38, 15.09));
    CHECK(resolved_near(g.lookup("Moscou", "Russie"), 55.76, 37.62));
    CHECK(resolved_near(g.lookup("Palmyre", "Syrie"), 34.55, 38.27));
    CHECK(resolved_near(g.lookup("Homs", "Syrie"), 34.73, 36.71));
    CHECK(resolved_near(g.lookup("Hama", "Syrie"), 35.13, 36.75));
}

TEST_CASE("Tripoli: the hint decides; without one it is ambiguous, both listed") {
    const Geocoder& g = real_geocoder();
    CHECK(resolved_near(g.lookup("Tripoli", "Liban"), 34.44, 35.85));
    CHECK(resolved_near(g.lookup("Tripoli", "Libye"), 32.89, 13.19));
    GeocodeResult none = g.lookup("Tripoli");
    CHECK(none.status == GeocodeStatus::ambiguous);
    CHECK_FALSE(none.place.has_value());
    CHECK(none.confidence <= 0.5);
    std::set<std::string> countries;
    for (const auto& c : none.alternatives)
        countries.insert(std::string(to_string_view(c.country)));
    CHECK(countries.count("LY"));
    CHECK(countries.count("LB"));
    CHECK_CONTAINS(none.note, "add a country");
    // Not offered: Tripoli, Iowa (1,342 people against the Libyan capital's million).
    CHECK_FALSE(countries.count("US"));
}

TEST_CASE("an ambiguous name offers for review what the file's places make plausible") {
    // A file whose only placed event is at Deir ez-Zor: the Lebanese Tripoli (about 380 km)
    // comes first; the far look-alike Trypillia (UA, "sans accents") is not offered.
    PlaceContext deir_ez_zor{{{35.34, 40.14}}};
    GeocodeResult r = real_geocoder().lookup("Tripoli", "", &deir_ez_zor);
    REQUIRE(r.status == GeocodeStatus::ambiguous);
    REQUIRE(r.alternatives.size() >= 2);
    CHECK(to_string_view(r.alternatives[0].country) == "LB");
    CHECK(to_string_view(r.alternatives[1].country) == "LY");
    for (const GeocodeCandidate& c : r.alternatives) {
        CHECK(to_string_view(c.country) != "UA");
        CHECK(to_string_view(c.country) != "US");
    }
}

TEST_CASE("an ambiguous name's review list does not depend on how many alternatives are asked for") {
    // The places of one Syrian and Libyan story (bench/geocoder_answers' context). The review
    // chooses among every candidate, then cuts: it once chose among the first five only, so
    // that Sālim (PS), ranked past them, was offered when all were asked for and not otherwise.
    const PlaceContext story{{{36.20, 37.16}, {35.93, 39.01}, {34.73, 36.71}, {32.89, 13.19}, {31.21, 16.59}}};
    auto ids = [](const GeocodeResult& r, size_t n) {
        std::vector<std::uint32_t> out;
        for (size_t i = 0; i < r.alternatives.size() && i < n; ++i) out.push_back(r.alternatives[i].geonameid);
        return out;
    };
    for (std::string name : {"Salem", "Tigré", "Colonia", "Djalo", "San Isidro", "Tripoli"}) {
        for (const PlaceContext* context : {&story, static_cast<const PlaceContext*>(nullptr)}) {
            CAPTURE(name);
            CAPTURE(context != nullptr);
            GeocodeResult five = real_geocoder().lookup(name, "", context);
            GeocodeResult all = real_geocoder().lookup(name, "", context, 1'000'000);
            CHECK(five.status == all.status);
            CHECK(five.alternatives.size() == std::min<size_t>(5, all.alternatives.size()));
            CHECK(ids(five, 5) == ids(all, 5));
        }
    }
    // Near the story first: Jerusalem, then Sālim (PS), then Sallama (IL), then the far cities.
    GeocodeResult salem = real_geocoder().lookup("Salem", "", &story);
    REQUIRE(salem.status == GeocodeStatus::ambiguous);
    CHECK(ids(salem, 5) == std::vector<std::uint32_t>{281184, 282034, 386253, 5750162, 1257629});
    // Jālū (LY), 3,334 people, lies near the Libyan places: the far look-alikes are not offered.
    GeocodeResult djalo = real_geocoder().lookup("Djalo", "", &story);
    CHECK(ids(djalo, 5) == std::vector<std::uint32_t>{86049});
}

TEST_CASE("places of the same file decide between far-apart namesakes, and say so") {
    // "Tripoli" next to events in northern Lebanon is the Lebanese one: the Libyan capital
    // lies 2,000 km from every other place of the file.
    PlaceContext lebanon{{{34.40, 35.90}, {34.00, 36.20}}};
    GeocodeResult r = real_geocoder().lookup("Tripoli", "", &lebanon);
    CHECK(resolved_near(r, 34.44, 35.85));
    CHECK_CONTAINS(r.evidence, "from the file's other places, far from Tripoli (LY)");
    // Among Libyan places, the Libyan capital.
    PlaceContext libya{{{32.12, 20.07}, {31.21, 16.59}, {32.38, 15.09}}};
    CHECK(resolved_near(real_geocoder().lookup("Tripoli", "", &libya), 32.89, 13.19));
    // A file about both countries settles nothing: both listed, Lebanon's first when nearer.
    PlaceContext both{{{34.40, 35.90}, {34.00, 36.20}, {32.38, 15.09}}};
    GeocodeResult mixed = real_geocoder().lookup("Tripoli", "", &both);
    CHECK(mixed.status == GeocodeStatus::ambiguous);
}

TEST_CASE("a hint that excludes every candidate: unresolved, and only places near that country offered") {
    auto countries = [](const GeocodeResult& r) {
        std::string out;
        for (const GeocodeCandidate& c : r.alternatives) out += std::string(to_string_view(c.country)) + " ";
        return out;
    };
    // Solhan (BF) is neither in cities500 nor in the aliases; Solhan (TR) lies 4,818 km from
    // Burkina Faso's places: named in the note, never offered.
    GeocodeResult solhan = real_geocoder().lookup("Solhan", "Burkina");
    CHECK(solhan.status == GeocodeStatus::unresolved);
    CHECK(solhan.alternatives.empty());
    CHECK(solhan.note ==
          "no place of that name in Burkina Faso nor within 500 km of it (the nearest that bears it, Solhan (TR), is "
          "4818 km from it): click its place on the map or add it to your gazetteer");
    // A user who wrote the neighbour's name still sees the town across the border: Kidal (ML)
    // is 416 km from Ayorou (NE); Kidal (ID), in Java, is not offered.
    GeocodeResult kidal = real_geocoder().lookup("Kidal", "Niger");
    CHECK(kidal.status == GeocodeStatus::unresolved);
    CHECK(countries(kidal) == "ML ");
    CHECK(kidal.note == "no place of that name in Niger; found near it: Kidal (ML)");
    // "Bustan [Syrie]", as `geocode --review` prints it: Bustan HaGalil (IL) is near, Bŭston (TJ)
    // 2,000 km away; "Tripoli, Syrie" is the Lebanese one, 30 km from the border.
    CHECK(countries(real_geocoder().lookup("Bustan", "Syrie")) == "IL ");
    CHECK(countries(real_geocoder().lookup("Tripoli", "Syrie")) == "LB ");
    CHECK(countries(real_geocoder().lookup("Solhan", "Syrie")) == "TR ");  // Bingöl, 210 km from Qamishli
    // A city named with a far country: nothing plausible, said so.
    for (const auto& [name, country] : {std::pair{"Misrata", "Syrie"}, std::pair{"Mossoul", "Libye"}}) {
        CAPTURE(name);
        GeocodeResult r = real_geocoder().lookup(name, country);
        CHECK(r.status == GeocodeStatus::unresolved);
        CHECK(r.alternatives.empty());
        CHECK_CONTAINS(r.note, "nor within 500 km of it");
    }
    CHECK_CONTAINS(real_geocoder().lookup("Misrata", "Syrie").note, "Misrata (LY), is 1930 km from it");
}

TEST_CASE("an unknown hint is reported and ignored") {
    GeocodeResult r = real_geocoder().lookup("Homs", "Syriaa-land");
    CHECK_CONTAINS(r.note, "unknown country");
    CHECK(resolved_near(r, 34.73, 36.71));
}

TEST_CASE("names that are not points are not placed as towns") {
    const Geocoder& g = real_geocoder();
    for (const char* name :
         {"autostrade Palmyre-Deir ez-Zhor", "province de Deir ez-Zhor", "Eastern Ghouta",
          "Ghouta orientale", "désert de Homs", "Palmyre-Deir ez-Zhor", "Homs countryside"}) {
        GeocodeResult r = g.lookup(name, "Syrie");
        CHECK_MESSAGE(r.status == GeocodeStatus::unresolved, name);
        CHECK_MESSAGE(r.note.find("not a point") != std::string::npos, name, ": ", r.note);
    }
}

TEST_CASE("the confidently-wrong traps of a naive matcher") {
    const Geocoder& g = real_geocoder();
    // Hassaké is in Syria, not Uzbekistan; Beiji in Iraq, not Beijing; Al-Khoms in Libya.
    CHECK(resolved_near(g.lookup("Hassaké", ""), 36.50, 40.75));
    GeocodeResult beiji = g.lookup("Beiji", "");
    CHECK((beiji.status != GeocodeStatus::resolved || resolved_near(beiji, 34.93, 43.49)));
    CHECK(resolved_near(g.lookup("Beiji", "Irak"), 34.93, 43.49));
    GeocodeResult khoms = g.lookup("Al-Khoms", "");
    CHECK((khoms.status != GeocodeStatus::resolved || resolved_near(khoms, 32.65, 14.26)));
    CHECK(resolved_near(g.lookup("Al-Khoms", "Libye"), 32.65, 14.26));
}

TEST_CASE("without a country, a look-alike far away is not resolved") {
    // Press names of Syrian, Iraqi, Yemeni and Lebanese places whose spelling folds like a
    // place elsewhere (or that GeoNames lacks): found while testing, each once resolved wrongly.
    struct Trap {
        const char* name;
        const char* country;  // where the press means
    };
    for (Trap trap : {Trap{"Mocha", "YE"},
                      {"Jobar", "SY"},
                      {"Dabiq", "SY"},
                      {"Nawa", "SY"},
                      {"Mare", "SY"},
                      {"Khiam", "LB"},
                      {"Qamishlo", "SY"},
                      {"Shirqat", "IQ"},
                      {"Sukhnah", "SY"}}) {
        GeocodeResult r = real_geocoder().lookup(trap.name);
        bool right_country = r.place && to_string_view(r.place->country) == trap.country;
        CHECK_MESSAGE((r.status != GeocodeStatus::resolved || right_country), trap.name, " -> ",
                      r.place ? r.place->name : std::string());
    }
}

TEST_CASE("Arabic-script queries match GeoNames' Arabic names") {
    CHECK(resolved_near(real_geocoder().lookup("القريتين", ""), 34.23, 37.24));
    CHECK(resolved_near(real_geocoder().lookup("دير الزور", "سوريا"), 35.34, 40.14));
}

TEST_CASE("user aliases and places win; areas are never placed") {
    Geocoder g = real_geocoder();  // a copy, so the shared one stays as shipped
    AliasTable user;
    auto problems = parse_alias_text(
        "# test aliases\n"
        "place\tCamp Bucca\tIQ\t\t30.21\t47.75\tformer US detention camp\n"
        "alias\tThe Capital\tSY\t170654\t\t\tour desk's name for Damascus\n"
        "area\tHoms\tSY\t\t\t\twe mean the province here\n"
        "bogus\tline\n"
        "place\tNowhere\tSY\t\t95\t0\tlatitude out of range\n",
        "user.tsv", user, true);
    CHECK(problems.size() == 2);
    CHECK(problems[0].line == 5);
    CHECK_CONTAINS(problems[0].format(), "user.tsv:5");
    CHECK(problems[1].line == 6);
    g.add_aliases(user);

    GeocodeResult camp = g.lookup("camp bucca", "Irak");
    REQUIRE(camp.place);
    CHECK(camp.place->method == MatchMethod::alias);
    CHECK(camp.place->lat == doctest::Approx(30.21));
    CHECK(resolved_near(g.lookup("The Capital", "Syrie"), 33.51, 36.29));
    GeocodeResult homs = g.lookup("Homs", "Syrie");
    CHECK(homs.status == GeocodeStatus::unresolved);
    CHECK_CONTAINS(homs.note, "we mean the province");
    // Curated aliases: places GeoNames lacks.
    CHECK(resolved_near(g.lookup("Arsal", "Liban"), 34.18, 36.42));
    CHECK(resolved_near(g.lookup("T4", "Syrie"), 34.52, 37.63));
}

TEST_CASE("region names: a user's region line names the region of its seat; a bad one is reported") {
    Geocoder g = real_geocoder();  // a copy, so the shared one stays as shipped
    AliasTable user;
    auto problems = parse_alias_text(
        "region\tOur North-East\tSY\t173811\t\t\tour desk's name for Al-Hasakah governorate (its seat)\n"
        "region\tNo Seat\tSY\t\t\t\tno GeoNames id\n"
        "region\tNo Country\t\t173811\t\t\tno country\n",
        "user.tsv", user, true);
    REQUIRE(problems.size() == 2);
    CHECK_CONTAINS(problems[0].format(), "user.tsv:2");
    CHECK_CONTAINS(problems[0].format(), "GeoNames id of its seat");
    CHECK(problems[1].line == 3);
    g.add_aliases(user);
    // Qamishli is in Al-Hasakah governorate; Raqqa is not.
    CHECK(resolved_near(g.lookup("Qamishli", PlaceHints{"Syria", "Our North-East", {}}), 37.05, 41.22));
    GeocodeResult raqqa = g.lookup("Raqqa", PlaceHints{"Syria", "Our North-East", {}});
    CHECK(raqqa.status != GeocodeStatus::resolved);
    CHECK_CONTAINS(raqqa.note, "no place of that name in");
    // The curated ones: ACLED's "Rural Damascus" is Rif Dimashq.
    CHECK(resolved_near(real_geocoder().lookup("Harasta", PlaceHints{"Syria", "Rural Damascus", {}}), 33.56, 36.37));
    CHECK(real_geocoder().lookup("Ain Issa", PlaceHints{"Syria", "Rural Damascus", {}}).status !=
          GeocodeStatus::resolved);
}

TEST_CASE("hostile input: empty, 10 KB, invalid UTF-8, control characters") {
    const Geocoder& g = real_geocoder();
    CHECK(g.lookup("").status == GeocodeStatus::unresolved);
    CHECK_CONTAINS(g.lookup("  -- ").note, "empty");
    std::string huge(10 * 1024, 'a');
    GeocodeResult big = g.lookup(huge, "SY");
    CHECK(big.status == GeocodeStatus::unresolved);
    CHECK_CONTAINS(big.note, "10240 bytes");
    std::string words;
    while (words.size() < 10 * 1024) words += "Deir-ez-Zor ";
    CHECK(g.lookup(words).status == GeocodeStatus::unresolved);
    GeocodeResult bad = g.lookup("Deir\xff\xfe ez-Zor", "SY");
    CHECK(bad.status == GeocodeStatus::unresolved);
    CHECK_CONTAINS(bad.note, "UTF-8");
    CHECK(g.lookup(std::string("Homs\0\x01\x1f", 7), "SY").status != GeocodeStatus::ambiguous);
    CHECK(g.lookup("Homs", std::string(10 * 1024, 'x')).note.find("unknown country") !=
          std::string::npos);
}

TEST_CASE("fuzzy matches are never resolved without a country, and never far away") {
    GeocodeResult r = real_geocoder().lookup("Qarytayn", "");
    CHECK(r.status != GeocodeStatus::resolved);
    GeocodeResult hinted = real_geocoder().lookup("Qarytayn", "Syrie");
    CHECK((hinted.status != GeocodeStatus::resolved || resolved_near(hinted, 34.23, 37.24)));
    if (hinted.place) {
        CHECK(hinted.place->method == MatchMethod::fuzzy);
        CHECK(hinted.confidence <= 0.7);
    }
}
