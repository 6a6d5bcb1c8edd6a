// Writes a synthetic chronomap event file: N events with a realistic spread of places
// (press spellings of towns in Syria, Iraq, Libya, Yemen, Lebanon), categories, time
// precisions, spans, actors and sources. Deterministic for a given seed.
//
//   generate_events N OUT.json [SEED] [--coordinates]
//
// With --coordinates every event carries coordinates (for render benchmarks); without it,
// 10 % do and the rest carry only a place name (for geocoder benchmarks).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

namespace {

struct Place {
    const char* name;
    const char* country;
    double lon, lat;
};

constexpr Place kPlaces[] = {
    {"Deir ez-Zhor", "Syrie", 40.14, 35.33},   {"Al-Qaryatayn", "Syrie", 37.24, 34.23},
    {"Palmyre", "Syrie", 38.27, 34.56},        {"Raqqa", "Syria", 39.01, 35.95},
    {"Alep", "Syrie", 37.16, 36.20},           {"Homs", "Syria", 36.72, 34.73},
    {"Hama", "Syrien", 36.75, 35.13},          {"Idlib", "Syrie", 36.63, 35.93},
    {"Damas", "Syrie", 36.29, 33.51},          {"Douma", "Syrie", 36.40, 33.57},
    {"Kobané", "Syrie", 38.40, 36.89},         {"Hassaké", "Syrie", 40.75, 36.50},
    {"Al-Boukamal", "Syrie", 40.92, 34.45},    {"Mayadine", "Syrie", 40.45, 35.02},
    {"Deraa", "Syrie", 36.10, 32.62},          {"Lattaquié", "Syrie", 35.78, 35.52},
    {"Misrata", "Libye", 15.09, 32.38},        {"Syrte", "Libye", 16.59, 31.21},
    {"Tripoli", "Libye", 13.19, 32.89},        {"Benghazi", "Libye", 20.07, 32.12},
    {"Derna", "Libye", 22.64, 32.77},          {"Sabratha", "Libye", 12.49, 32.79},
    {"Mossoul", "Irak", 43.13, 36.34},         {"Tal Afar", "Irak", 42.45, 36.38},
    {"Kirkouk", "Irak", 44.39, 35.47},         {"Falloujah", "Irak", 43.78, 33.35},
    {"Ramadi", "Irak", 43.31, 33.43},          {"Bagdad", "Irak", 44.36, 33.31},
    {"Tikrit", "Irak", 43.68, 34.60},          {"Baiji", "Irak", 43.49, 34.93},
    {"Sanaa", "Yémen", 44.21, 15.35},          {"Aden", "Yémen", 45.04, 12.78},
    {"Hodeïda", "Yémen", 42.95, 14.80},        {"Taëz", "Yémen", 44.02, 13.58},
    {"Arsal", "Liban", 36.42, 34.18},          {"Tripoli", "Liban", 35.85, 34.44},
    {"Beyrouth", "Liban", 35.50, 33.89},       {"Saïda", "Liban", 35.37, 33.56},
};
constexpr const char* kCategories[] = {"attack", "capture", "occupation", "offensive",
                                       "airstrike", "killing", "statement"};
constexpr const char* kActors[] = {"EI", "Armée syrienne", "FDS", "Russie", "Coalition",
                                   "Milices de Misrata", "Hezbollah", "Houthis"};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: generate_events N OUT.json [SEED] [--coordinates]\n";
        return 64;
    }
    long count = std::atol(argv[1]);
    unsigned seed = argc > 3 && argv[3][0] != '-' ? static_cast<unsigned>(std::atol(argv[3])) : 2017;
    bool all_coordinates = false;
    for (int i = 3; i < argc; ++i) all_coordinates |= std::strcmp(argv[i], "--coordinates") == 0;
    std::ofstream out(argv[2], std::ios::binary);
    if (!out) {
        std::cerr << "cannot write " << argv[2] << "\n";
        return 3;
    }
    std::mt19937_64 random(seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(random); };
    auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };

    out << "{\n  \"chronomap\": 1,\n  \"title\": \"Synthetic events (" << count << ")\",\n"
        << "  \"categories\": {\n";
    for (size_t c = 0; c < std::size(kCategories); ++c)
        out << "    \"" << kCategories[c] << "\": {\"label\": \"" << kCategories[c] << "\"}"
            << (c + 1 < std::size(kCategories) ? ",\n" : "\n");
    out << "  },\n  \"events\": [\n";
    char buffer[64];
    for (long i = 0; i < count; ++i) {
        const Place& place = kPlaces[pick(std::size(kPlaces))];
        // Two years, 2016-2017, unsorted in the file as real merged sources are.
        long day = static_cast<long>(pick(730));
        int year = 2016 + static_cast<int>(day / 365), doy = static_cast<int>(day % 365);
        int month = doy / 31 + 1 > 12 ? 12 : doy / 31 + 1, dom = doy % 28 + 1;
        double roll = uniform(0, 1);
        std::string time;
        if (roll < 0.05) {
            std::snprintf(buffer, sizeof buffer, "{\"start\": \"%04d-%02d\", \"end\": \"%04d-%02d\"}", year,
                          month, year + 1, month);
            time = buffer;
        } else if (roll < 0.10) {
            std::snprintf(buffer, sizeof buffer, "\"%04d-%02d\"", year, month);
            time = buffer;
        } else if (roll < 0.25) {
            std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02dZ\"", year, month, dom,
                          static_cast<int>(pick(24)), static_cast<int>(pick(60)));
            time = buffer;
        } else {
            std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02d\"", year, month, dom);
            time = buffer;
        }
        out << "    {\"id\": \"e" << i << "\", \"time\": " << time << ", \"title\": \"Event " << i
            << " near " << place.name << "\", \"place\": {\"name\": \"" << place.name
            << "\", \"country\": \"" << place.country << "\"}";
        if (all_coordinates || uniform(0, 1) < 0.10) {
            std::snprintf(buffer, sizeof buffer, "[%.4f, %.4f]", place.lon + uniform(-0.3, 0.3),
                          place.lat + uniform(-0.3, 0.3));
            out << ", \"coordinates\": " << buffer;
        }
        out << ", \"category\": \"" << kCategories[pick(std::size(kCategories))] << "\", \"actors\": [\""
            << kActors[pick(std::size(kActors))] << "\"]";
        if (uniform(0, 1) < 0.6) out << ", \"fatalities\": " << pick(40);
        out << ", \"sources\": [{\"title\": \"Dépêche " << i << "\", \"published\": \"" << year
            << "\"}]}" << (i + 1 < count ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
    return out ? 0 : 3;
}
