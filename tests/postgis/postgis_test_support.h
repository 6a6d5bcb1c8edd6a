// What the PostGIS test files share: the cluster or a skip message, and events known by time
// and position (synthetic and imported events have no ids of their own: the import gives
// each a hash of its text).
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "postgis/pg_test_cluster.h"

namespace chronomap::test {

// The shared cluster, or nullptr after saying why the test is skipped.
inline PgTestCluster* cluster_or_skip() {
    PgTestCluster* cluster = PgTestCluster::shared();
    if (!cluster) MESSAGE("skipped: " << PgTestCluster::skip_reason());
    return cluster;
}

// Each event as "start-end lon lat", sorted: two stores hold the same events when these agree.
inline std::vector<std::string> event_keys(const EventStore& store) {
    std::vector<std::string> keys;
    char key[96];
    for (size_t i = 0; i < store.size(); ++i) {
        std::snprintf(key, sizeof key, "%lld-%lld %.5f %.5f", static_cast<long long>(store.time(i).start),
                      static_cast<long long>(store.time(i).end), store.lon()[i], store.lat()[i]);
        keys.emplace_back(key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

}  // namespace chronomap::test
