#include "synthetic_events.h"

#include <random>

namespace chronomap {

EventStore make_synthetic_events(size_t count, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> spread(0, 0.6);
    std::vector<std::pair<double, double>> towns;
    for (int t = 0; t < 400; ++t) towns.emplace_back(-10 + unit(random) * 70, 12 + unit(random) * 32);
    std::vector<Category> categories;
    for (size_t c = 0; c < 8; ++c) categories.push_back({"c" + std::to_string(c), "Category " + std::to_string(c), default_category_color(c)});

    std::vector<EventRecord> records(count);
    for (size_t i = 0; i < count; ++i) {
        EventRecord& r = records[i];
        auto [lon, lat] = towns[random() % towns.size()];
        r.lon = lon + spread(random), r.lat = lat + spread(random);
        r.place_source = PlaceSource::coordinates;
        UnixSeconds day = kSyntheticStart + static_cast<UnixSeconds>(unit(random) * kSyntheticDays) * 86400;
        bool span = unit(random) < 0.03;
        r.time = {day, day + (span ? 30 : 1) * 86400, TimePrecision::day, TimePrecision::day, span};
        r.category = static_cast<std::uint16_t>(random() % categories.size());
        r.fatalities = unit(random) < 0.5 ? -1 : static_cast<std::int32_t>(unit(random) * unit(random) * 40);
        r.file_index = static_cast<std::uint32_t>(i);
    }
    return EventStore::build(std::move(records), std::move(categories), "Synthetic events", nullptr);
}

}  // namespace chronomap
