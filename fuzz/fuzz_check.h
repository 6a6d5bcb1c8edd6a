// Shared by the fuzz targets: checks that hold for any input, and a tour of what a loaded
// store answers, so that the fuzzer reaches the code that reads what the parser stored.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "core/native_json/event_reader.h"
#include "core/time/time_value.h"

// Unlike assert(), also on in release builds: a broken invariant is a finding.
#define FUZZ_CHECK(condition)                                                        \
    do {                                                                             \
        if (!(condition)) {                                                          \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, \
                         #condition);                                                \
            std::abort();                                                            \
        }                                                                            \
    } while (0)

namespace chronomap::fuzz {

inline void check_result(const LoadResult& result) {
    for (const Diagnostic& d : result.diagnostics) {
        FUZZ_CHECK(!d.message.empty());
        (void)d.format();
    }
    if (!result.store) return;
    const EventStore& store = *result.store;
    size_t total = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        TimeValue t = store.time(i);
        FUZZ_CHECK(t.start < t.end);
        FUZZ_CHECK(store.category()[i] < store.categories().size());
        total += format_time_value(t).size() + store.id(i).size() + store.title(i).size() +
                 store.place_name(i).size() + store.original_json(i).size() +
                 store.actors(i).size();
    }
    (void)total;
    if (!store.empty()) {
        auto [first, last] = store.time_extent();
        FUZZ_CHECK(first <= last);
        (void)store.overlapping(first, last);
    }
}

}  // namespace chronomap::fuzz
