// Writes a synthetic event file for the end-to-end geocoding benchmark:
//   build/bench/make_geocoding_events 100000 /tmp/geocode-100k.json
// Place names are drawn (fixed seed) from a pool of press spellings and GeoNames names, a
// few with misspellings, a few with user coordinates; about 3,000 distinct (name, country).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/io/geodata_paths.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_geocoding_events COUNT OUT.json\n";
        return 64;
    }
    size_t count = std::stoul(argv[1]);
    auto gazetteer =
        chronomap::Gazetteer::open(chronomap::geodata_dir() / chronomap::Gazetteer::kFileName);
    std::mt19937 random(20171001);
    struct Place {
        std::string name, country;
    };
    std::vector<Place> pool = {
        {"Al-Qaryatayn", "Syrie"}, {"Deir ez-Zhor", "Syrie"}, {"Raqqa", "Syrie"},
        {"Syrte", "Libye"},        {"Misrata", "Libye"},      {"Moscou", "Russie"},
        {"Palmyre", "Syrie"},      {"Homs", "Syrie"},         {"Hama", "Syrie"},
        {"Tripoli", ""},           {"Mossoul", "Irak"},       {"Alep", ""}};
    std::uniform_int_distribution<std::uint32_t> any_place(
        0, static_cast<std::uint32_t>(gazetteer->size() - 1));
    while (pool.size() < 3000) {
        auto p = gazetteer->place(any_place(random));
        std::string name(p.name);
        bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; });
        if (pool.size() % 10 == 0 && ascii && name.size() > 6)
            name.erase(name.size() / 2, 1);  // a misspelling
        pool.push_back(
            {name, pool.size() % 3 ? std::string(chronomap::to_string_view(p.country)) : ""});
    }
    std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
    nlohmann::ordered_json events = nlohmann::ordered_json::array();
    for (size_t i = 0; i < count; ++i) {
        const Place& place = pool[pick(random)];
        nlohmann::ordered_json event;
        event["id"] = "e" + std::to_string(i);
        char date[16];
        std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 15 + i % 4, 1 + i % 12, 1 + i % 28);
        event["time"] = date;
        event["title"] = "Synthetic event " + std::to_string(i);
        event["place"] = {{"name", place.name}, {"country", place.country}};
        if (i % 50 == 0) event["coordinates"] = {36.0 + static_cast<double>(i % 7), 34.0};
        event["x-source"] = {{"n", i}};
        events.push_back(std::move(event));
    }
    nlohmann::ordered_json document = {
        {"chronomap", 1}, {"title", "synthetic"}, {"events", events}};
    std::ofstream(argv[2]) << document.dump(1) << "\n";
    std::cout << "wrote " << count << " events to " << argv[2] << "\n";
    return 0;
}
