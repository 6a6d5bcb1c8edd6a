#include <doctest/doctest.h>

#include "core/events/colocated_slots.h"

using namespace chronomap;

namespace {
EventRecord event_at(int n, double lon, double lat, bool placed = true) {
    EventRecord r;
    r.id = "e" + std::to_string(n);
    r.time = TimeValue::from_stamp(*parse_time_stamp("2017-10-" + std::string(n % 28 < 9 ? "0" : "") +
                                                     std::to_string(n % 28 + 1)).value);
    if (placed) r.lon = lon, r.lat = lat, r.place_source = PlaceSource::coordinates;
    return r;
}
}  // namespace

TEST_CASE("Events at one spot take its slots in the store's order; a lone or unplaced event takes none") {
    std::vector<EventRecord> records = {event_at(0, 15, 32), event_at(1, 20, 30), event_at(2, 15, 32), event_at(3, 15.00001, 32),
                                        event_at(4, 15, 32, false), event_at(5, 15, 32)};
    for (int n = 10; n < 50; ++n) records.push_back(event_at(n, 10, 10));  // 40 at one spot: more than 36 slots
    EventStore store = EventStore::build(std::move(records), {{"c", "C", {}}}, "t", nullptr);
    std::vector<SpotSlot> slots = colocated_slots(store);
    REQUIRE(slots.size() == store.size());
    std::vector<int> at_15_32, at_10_10;
    for (size_t i = 0; i < store.size(); ++i) {
        CAPTURE(i);
        bool crowded = store.is_placed(i) && ((store.lon()[i] == 15 && store.lat()[i] == 32) ||
                                              (store.lon()[i] == 10 && store.lat()[i] == 10));
        if (!crowded) {  // alone, a metre away from the three, or unplaced
            CHECK(slots[i].slot == 0);
            CHECK(slots[i].at_spot == 1);
        } else if (store.lon()[i] == 15) {
            at_15_32.push_back(slots[i].slot);
            CHECK(slots[i].at_spot == 3);
        } else {
            at_10_10.push_back(slots[i].slot);
            CHECK(slots[i].at_spot == kMaxSpotSlots);
        }
    }
    CHECK(at_15_32 == std::vector<int>{0, 1, 2});
    REQUIRE(at_10_10.size() == 40);
    for (size_t k = 0; k < at_10_10.size(); ++k) CHECK(at_10_10[k] == static_cast<int>(k % kMaxSpotSlots));
    // Past the limit nothing is spread.
    for (SpotSlot s : colocated_slots(store, 10)) CHECK((s.slot == 0 && s.at_spot == 1));
}
