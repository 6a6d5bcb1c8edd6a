// Writes a synthetic ACLED export: N rows in ACLED's 31 columns, as its CSV exports write
// them (dates as "04 October 2017", quoted notes with commas), for the import benchmark in
// docs/PERFORMANCE.md. Deterministic for a given seed.
//
//   generate_acled_csv N OUT.csv [SEED]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace {

struct Place {
    const char* country;
    const char* admin1;
    const char* location;
    const char* lat;
    const char* lon;
};

constexpr Place kPlaces[] = {
    {"Syria", "Deir-ez-Zor", "Deir-ez-Zor", "35.3359", "40.1408"},
    {"Syria", "Homs", "Al-Qaryatayn", "34.2290", "37.2406"},
    {"Syria", "Homs", "Palmyra", "34.5600", "38.2800"},
    {"Syria", "Ar-Raqqa", "Ar-Raqqa", "35.9500", "39.0100"},
    {"Syria", "Aleppo", "Aleppo", "36.2021", "37.1343"},
    {"Syria", "Idleb", "Idleb", "35.9306", "36.6339"},
    {"Syria", "Deir-ez-Zor", "Al Mayadin", "35.0206", "40.4519"},
    {"Libya", "Misrata", "Misrata", "32.3754", "15.0925"},
    {"Libya", "Sirte", "Sirte", "31.2089", "16.5887"},
    {"Libya", "Tripoli", "Tripoli", "32.8872", "13.1913"},
    {"Libya", "Benghazi", "Benghazi", "32.1167", "20.0667"},
    {"Iraq", "Ninewa", "Mosul", "36.3350", "43.1189"},
};
constexpr const char* kTypes[][2] = {
    {"Battles", "Armed clash"},
    {"Explosions/Remote violence", "Air/drone strike"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Violence against civilians", "Attack"},
    {"Protests", "Peaceful protest"},
    {"Riots", "Violent demonstration"},
    {"Strategic developments", "Looting/property destruction"},
};
constexpr const char* kActors[] = {"Military Forces of Syria (2000-)",
                                   "Islamic State (Syria)",
                                   "SDF: Syrian Democratic Forces",
                                   "Military Forces of Russia (2000-)",
                                   "Islamic State (Libya)",
                                   "Protesters (Libya)",
                                   "Civilians (Syria)"};
constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: generate_acled_csv N OUT.csv [SEED]\n";
        return 64;
    }
    long count = std::atol(argv[1]);
    std::ofstream out(argv[2], std::ios::binary);
    if (!out) {
        std::cerr << "cannot write " << argv[2] << "\n";
        return 3;
    }
    std::mt19937_64 random(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 2017);
    auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
    out << "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
           "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
           "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
           "source,"
           "source_scale,notes,fatalities,tags,timestamp\n";
    char line[2048];
    for (long i = 0; i < count; ++i) {
        const Place& p = kPlaces[pick(std::size(kPlaces))];
        const auto& type = kTypes[pick(std::size(kTypes))];
        int year = 2016 + static_cast<int>(pick(3)), month = 1 + static_cast<int>(pick(12)),
            day = 1 + static_cast<int>(pick(28));
        unsigned time_precision = pick(10) < 8 ? 1 : 2 + static_cast<unsigned>(pick(2));
        unsigned geo_precision = 1 + static_cast<unsigned>(pick(3));
        std::snprintf(
            line, sizeof line,
            "%s%ld,%02d %s %d,%d,%u,Political violence,%s,%s,%s,,1,%s,,2,12,,760,Middle East,"
            "%s,%s,%s,,%s,%s,%s,%u,SOHR; Reuters,National-International,"
            "\"On %d %s %d, %s reported near %s, with \"\"details\"\" from local "
            "sources.\",%u,,%ld\n",
            p.country[0] == 'S'   ? "SYR"
            : p.country[0] == 'L' ? "LBY"
                                  : "IRQ",
            100000 + i, day, kMonths[month - 1], year, year, time_precision, type[0], type[1],
            kActors[pick(std::size(kActors))], kActors[pick(std::size(kActors))], p.country,
            p.admin1, p.admin1, p.location, p.lat, p.lon, geo_precision, day, kMonths[month - 1],
            year, type[1], p.location, static_cast<unsigned>(pick(20)), 1618573621L + i);
        out << line;
    }
    return out ? 0 : 3;
}
