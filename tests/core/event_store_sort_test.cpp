// The store's order: events by start time, file order kept among equal starts, whatever
// the starts are (before the common era, far apart, all the same).
#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

#include "core/events/event_store.h"

using namespace chronomap;

namespace {

// One event per start, its id its place in the list ("e0", "e1" ...).
EventStore store_of(const std::vector<UnixSeconds>& starts) {
    std::vector<std::string> ids;
    for (size_t i = 0; i < starts.size(); ++i) ids.push_back("e" + std::to_string(i));
    std::vector<EventRecord> records(starts.size());
    for (size_t i = 0; i < starts.size(); ++i) {
        records[i].id = ids[i];
        records[i].time.start = starts[i];
        records[i].time.end = starts[i] + 1;
        records[i].file_index = static_cast<std::uint32_t>(i);
    }
    return EventStore::build(records, {}, "t", nullptr);
}

std::vector<std::string> ids_in_order(const EventStore& store) {
    std::vector<std::string> out;
    for (size_t i = 0; i < store.size(); ++i) out.emplace_back(store.id(i));
    return out;
}

}  // namespace

TEST_CASE("events are sorted by start, equal starts in file order, before the common era too") {
    constexpr UnixSeconds kYear = 31'556'952;
    // 331 BCE (Gaugamela), 2017, 1 CE, 2017 again, -5000: over 7000 years, several radix passes.
    auto store = store_of({2017 * kYear, -331 * kYear, 1 * kYear, 2017 * kYear, -5000 * kYear, 0});
    CHECK(ids_in_order(store) == std::vector<std::string>{"e4", "e1", "e5", "e2", "e0", "e3"});
}

TEST_CASE("starts too far apart to pack with the row are still sorted, stably") {
    constexpr UnixSeconds kFar = std::numeric_limits<UnixSeconds>::max() / 4;
    auto store = store_of({kFar, -kFar, 7, -kFar, 7, kFar - 1});
    CHECK(ids_in_order(store) == std::vector<std::string>{"e1", "e3", "e2", "e4", "e5", "e0"});
}

TEST_CASE("many events with few distinct starts keep their file order within each start") {
    std::vector<UnixSeconds> starts;
    for (int i = 0; i < 5000; ++i) starts.push_back((i * 7919) % 13 * 86'400 - 86'400 * 6);
    auto store = store_of(starts);
    for (size_t i = 1; i < store.size(); ++i) {
        REQUIRE(store.start()[i - 1] <= store.start()[i]);
        if (store.start()[i - 1] == store.start()[i]) REQUIRE(store.file_index()[i - 1] < store.file_index()[i]);
    }
    CHECK(store.start().front() == -86'400 * 6);
    CHECK(store.start().back() == 86'400 * 6);
}
