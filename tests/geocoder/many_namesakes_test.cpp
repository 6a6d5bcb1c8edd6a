// A name borne by hundreds of places in many countries (as "San Isidro" or "Santa Cruz" in
// GeoNames' allCountries): the answers, with and without hints, are pinned as the geocoder
// gave them before lookups were made fast for such names (docs/PERFORMANCE.md, "Geocoder"),
// so a speed change that alters any ranking or acceptance fails here. Places of equal score
// are listed in GeoNames id order (format 6; before, in an arbitrary order past 16 candidates).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

#include "core/gazetteer/user_gazetteers.h"
#include "geocoder/geocoder_test_support.h"

using namespace chronomap;

namespace {

// 720 places over 12 countries: most are hamlets of unknown or small size, a few are towns
// or seats; the name comes as main name, as a variant spelling (a skeleton match) and as
// an alternate name of "Tall ...".
void write_namesakes(const std::filesystem::path& file) {
    const char* countries[] = {"SY", "IQ", "TR", "LB", "JO", "EG", "LY", "YE", "SA", "IR", "MX", "PH"};
    const double base_lat[] = {35, 33, 39, 34, 31, 27, 30, 15, 24, 32, 20, 12};
    const double base_lon[] = {38, 44, 35, 36, 36, 30, 17, 46, 45, 53, -100, 122};
    const unsigned populations[] = {0, 0, 0, 150, 400, 1200, 3000, 0, 800, 0};
    std::ofstream out(file);
    for (unsigned i = 0; i < 720; ++i) {
        unsigned c = i % 12;
        std::string name = i % 5 == 1 ? "Zanbaqiya" : i % 5 == 2 ? "Tall Zanbaqiyya" : "Zanbaqiyya";
        std::string alternates = i % 5 == 2 ? "Zanbaqiyya,Tal Zanbaqiya" : "";
        unsigned population = populations[(i * 7) % 10];
        std::string feature = "PPL";
        if (i % 50 == 3) feature = "PPLA2";
        if (i % 97 == 7) feature = "PPLX";
        if (i == 26) population = 850000, feature = "PPLA";  // a city in TR
        if (i == 48) population = 200000;                    // a town in SY
        if (i == 60) population = 2000;                      // and a smaller one
        double lat = base_lat[c] + ((i * 37) % 100) / 40.0, lon = base_lon[c] + ((i * 53) % 100) / 40.0;
        char row[512];
        std::snprintf(row, sizeof row, "%u\t%s\t%s\t%s\t%.5f\t%.5f\tP\t%s\t%s\t\t%02u\t\t\t\t%u\t\t0\tUTC\t2024-01-01\n",
                      20'000'000 + i, name.c_str(), name.c_str(), alternates.c_str(), lat, lon,
                      feature.c_str(), countries[c], 1 + i % 5, population);
        out << row;
    }
}

// Everything an answer says that ranking decides: status, the place and the alternatives in
// order (GeoNames ids), the confidence and the note.
std::string answer(const GeocodeResult& r) {
    std::string out = std::string(status_name(r.status));
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, " %.2f", r.confidence);
    out += confidence;
    if (r.place) out += " " + std::to_string(r.place->geonameid);
    out += " [";
    for (const GeocodeCandidate& c : r.alternatives) out += std::to_string(c.geonameid) + " ";
    return out + "] " + r.note;
}

}  // namespace

TEST_CASE("a name of 720 places in 12 countries: the same answers with and without hints") {
    auto dir = std::filesystem::temp_directory_path() / "chronomap-namesakes-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    write_namesakes(dir / "namesakes.txt");
    UserGazetteerBuild report =
        build_user_gazetteer({dir / "namesakes.txt"}, test::real_geocoder().gazetteer(), dir / "namesakes.idx");
    REQUIRE(report.places == 720);
    Geocoder geocoder(Gazetteer::open(dir / "namesakes.idx"));
    geocoder.use_hints_from(test::real_geocoder().gazetteer_ptr());
    PlaceContext lebanon;
    lebanon.points = {{34.5, 36.5}, {34.9, 36.9}};
    struct Case {
        const char *name, *country, *region;
        const PlaceContext* context;
        const char* expected;
    };
    const Case cases[] = {
        {"Zanbaqiyya", "", "", nullptr,
         "resolved 0.74 20000048 [20000003 20000008 20000018 20000028 20000038 ] "},
        {"Zanbaqiyya", "Syrie", "", nullptr,
         "resolved 0.78 20000048 [20000108 20000168 20000228 20000288 20000348 ] "},
        {"Zanbaqiyya", "Turquie", "", nullptr,
         "ambiguous 0.49 [20000038 20000098 20000158 20000218 20000278 ] several places match: Zanbaqiyya (TR) and Zanbaqiyya (TR) or name the place with --aliases"},
        {"Zanbaqiyya", "Irak", "", nullptr,
         "ambiguous 0.50 [20000253 20000553 20000025 20000085 20000145 ] several places match: Zanbaqiyya (IQ) and Zanbaqiyya (IQ) or name the place with --aliases"},
        {"Zanbaqiyya", "Mexique", "", nullptr,
         "ambiguous 0.49 [20000058 20000118 20000178 20000238 20000358 ] several places match: Zanbaqiyya (MX) and Zanbaqiyya (MX) or name the place with --aliases"},
        {"Zanbaqiyya", "France", "", nullptr,
         // No namesake within 500 km of France's places: none offered, the nearest named.
         "unresolved 0.00 [] no place of that name in France nor within 500 km of it (the nearest that bears it, "
         "Zanbaqiyya (LY), is 1285 km from it): click its place on the map or add it to your gazetteer"},
        {"Zanbaqiyya", "Chypre", "", nullptr,
         // Cyprus lies within 500 km of the Syrian, Lebanese, Turkish and Jordanian ones (ids
         // 2000000i of country i % 12: 48 SY, 3 LB, 38 TR, 88 JO), not of the others.
         "unresolved 0.00 [20000048 20000003 20000038 20000088 20000108 ] no place of that name in Cyprus; found near it: Zanbaqiyya (SY), Zanbaqiyya (LB), Zanbaqiyya (TR)"},
        {"Zanbaqiya", "", "", nullptr,
         "resolved 0.92 20000026 [20000001 20000006 20000011 20000016 20000021 ] "},
        {"Zanbaqiya", "Turquie", "", nullptr,
         "resolved 0.97 20000026 [20000086 20000146 20000206 20000266 20000326 ] "},
        {"Zanbaqiya", "Liban", "", nullptr,
         "ambiguous 0.49 [20000051 20000111 20000171 20000231 20000291 ] several places match: Zanbaqiya (LB) and Zanbaqiya (LB) or name the place with --aliases"},
        {"Zanbaqiyya", "", "", &lebanon,
         "ambiguous 0.50 [20000048 20000195 20000255 20000495 20000555 ] several places match: Zanbaqiyya (SY) and Zanbaqiyya (LB); add a country or name the place with --aliases"},
        {"Tal Zanbaqiya", "Jordanie", "", nullptr,
         "ambiguous 0.47 [20000052 20000112 20000172 20000232 20000292 ] several places match: Tall Zanbaqiyya (JO) and Tall Zanbaqiyya (JO) or name the place with --aliases"},
        {"Zanbaqiyya", "Syrie", "Idleb", nullptr,
         "unresolved 0.00 [20000048 20000108 20000168 20000228 20000288 ] no place of that name in Idlib Governorate (SY); found in other regions: Zanbaqiyya (SY) in Ar-Raqqah Governorate, Zanbaqiyya (SY) in Ar-Raqqah Governorate, Zanbaqiyya (SY) in Ar-Raqqah Governorate"},
        {"Zanbakiyya", "Yemen", "", nullptr,
         "ambiguous 0.48 [20000103 20000403 20000703 20000055 20000115 ] several places match: Zanbaqiyya (YE) and Zanbaqiyya (YE) or name the place with --aliases"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CAPTURE(c.country);
        PlaceHints hints{c.country, c.region, {}};
        GeocodeResult best_few = geocoder.lookup(c.name, hints, c.context);
        CHECK(answer(best_few) == c.expected);
        // A lookup reads the best few places first (the index keeps each name's places in
        // ranking order): asking for a thousand alternatives reads them all, and must agree.
        GeocodeResult all = geocoder.lookup(c.name, hints, c.context, 1000);
        CHECK(all.alternatives.size() >= best_few.alternatives.size());
        all.alternatives.resize(best_few.alternatives.size());
        CHECK(answer(all) == answer(best_few));
        CHECK(all.evidence == best_few.evidence);
        // With no alternatives asked for, the fewest are read: the same decision.
        GeocodeResult fewest = geocoder.lookup(c.name, hints, c.context, 0);
        CHECK(fewest.status == best_few.status);
        CHECK(fewest.note == best_few.note);
        CHECK(fewest.evidence == best_few.evidence);
        CHECK(fewest.confidence == best_few.confidence);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("a town of the name abroad is found however few of the namesakes abroad are read") {
    // "Nawa, Syria": the only Syrian Nawa is a hamlet of unknown size, so a town of the name
    // abroad says the one meant may be missing (docs/geocoding.md). The index holds Nawa (IN),
    // 50,000 people, ranked abroad after Bignawa (IN), a city whose other name is "Nawa": a
    // reading of the best few once stopped at the city (no unread place could outweigh it)
    // and missed the town, which counts alone (a name of its own); all read, it was found.
    auto dir = std::filesystem::temp_directory_path() / "chronomap-namesakes-abroad-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir / "nawa.txt");
        auto row = [&](unsigned id, const char* name, const char* alternates, double lat, double lon,
                       const char* country, unsigned population) {
            char line[512];
            std::snprintf(line, sizeof line, "%u\t%s\t%s\t%s\t%.5f\t%.5f\tP\tPPL\t%s\t\t01\t\t\t\t%u\t\t0\tUTC\t2024-01-01\n",
                          id, name, name, alternates, lat, lon, country, population);
            out << line;
        };
        row(30'000'001, "Nawa", "", 32.89, 36.04, "SY", 0);
        row(30'000'002, "Bignawa", "Nawa", 26.0, 80.0, "IN", 1'000'000);
        row(30'000'003, "Nawa", "", 27.0, 75.0, "IN", 50'000);
        for (unsigned i = 0; i < 14; ++i) row(30'000'010 + i, "Nawa", "", 38.0 + i / 10.0, 35.0, "TR", 100);
    }
    UserGazetteerBuild report =
        build_user_gazetteer({dir / "nawa.txt"}, test::real_geocoder().gazetteer(), dir / "nawa.idx");
    REQUIRE(report.places == 17);
    Geocoder geocoder(Gazetteer::open(dir / "nawa.idx"));
    geocoder.use_hints_from(test::real_geocoder().gazetteer_ptr());
    GeocodeResult best_few = geocoder.lookup("Nawa", "Syria");
    GeocodeResult all = geocoder.lookup("Nawa", "Syria", nullptr, 1'000'000);
    CHECK(answer(best_few) == answer(all));
    CHECK(best_few.status == GeocodeStatus::ambiguous);
    CHECK(best_few.note ==
          "only a place of unknown size matches: Nawa (SY) (while Nawa (IN) is a town of the name); add the region to "
          "confirm it");
}
