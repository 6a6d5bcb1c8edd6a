#include "synthetic_events.h"

#include <cmath>
#include <random>
#include <string>

namespace chronomap {

EventStore make_synthetic_events(size_t count, std::uint32_t seed, size_t areas, size_t area_vertices) {
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
    std::vector<Geometry> shapes(areas);
    std::vector<std::string> series_keys(areas);
    for (size_t a = 0; a < areas; ++a) {
        auto [lon, lat] = towns[random() % towns.size()];
        double radius = 0.2 + unit(random) * 0.6;
        std::vector<LonLat> ring;
        for (size_t v = 0; v < area_vertices; ++v) {
            double angle = 2 * 3.141592653589793 * static_cast<double>(v) / static_cast<double>(area_vertices);
            double r = radius * (0.7 + 0.3 * unit(random));
            ring.push_back({lon + r * std::cos(angle), lat + r * std::sin(angle)});
        }
        ring.push_back(ring.front());
        shapes[a].kind = GeometryKind::area;
        shapes[a].add_ring(ring);
        shapes[a].end_part();
        EventRecord r;
        r.geometry = &shapes[a];
        r.category = static_cast<std::uint16_t>(random() % categories.size());
        r.file_index = static_cast<std::uint32_t>(count + a);
        if (a % 2 == 0) {  // series of 10 states, one every 73 days
            size_t state = (a / 2) % 10;
            series_keys[a] = "series-" + std::to_string(a / 20);
            r.series = series_keys[a];
            UnixSeconds day = kSyntheticStart + static_cast<UnixSeconds>(state * 73) * 86400;
            r.time = {day, day + 86400, TimePrecision::day, TimePrecision::day, false};
        } else {
            UnixSeconds day = kSyntheticStart + static_cast<UnixSeconds>(unit(random) * kSyntheticDays) * 86400;
            r.time = {day, day + 30 * 86400, TimePrecision::day, TimePrecision::day, true};
        }
        records.push_back(r);
    }
    return EventStore::build(std::move(records), std::move(categories), "Synthetic events", nullptr);
}

}  // namespace chronomap
