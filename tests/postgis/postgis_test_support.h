// What the PostGIS test files share: the cluster or a skip message, and events known by time
// and position (synthetic and imported events have no ids of their own: the import gives
// each a hash of its text).
#pragma once

#include <doctest/doctest.h>
#include <png.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/events/event_store.h"
#include "core/sources/event_source.h"
#include "postgis/pg_test_cluster.h"
#include "synthetic_events.h"

namespace chronomap::test {

// ACLED's own export of Syria and Libya, 2017, the real table most of these tests import.
inline const std::string kAcled = std::string(CHRONOMAP_TEST_DATA) + "/import/acled-syria-libya-2017.csv";

// The shared cluster, or nullptr after saying why the test is skipped.
inline PgTestCluster* cluster_or_skip() {
    PgTestCluster* cluster = PgTestCluster::shared();
    if (!cluster) MESSAGE("skipped: " << PgTestCluster::skip_reason());
    return cluster;
}

// A folder NAME under SUITE in the temporary folder: removed if an earlier run left it, its
// parent made (an export makes the folder itself).
inline std::filesystem::path fresh_test_folder(const std::string& suite, const std::string& name) {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / suite / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder.parent_path());
    return folder;
}

// TEXT written as NAME in the tests' temporary folder; its path.
inline std::string written(const std::string& name, const std::string& text) {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / "chronomap-postgis-test";
    std::filesystem::create_directories(folder);
    std::string path = (folder / name).string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    return path;
}

// The example deck (examples/seed-story.json), its "events" naming the table `events_uri`
// instead of the file beside it, written as FOLDER/on-table.json; its path.
inline std::filesystem::path example_deck_on_table(const std::filesystem::path& folder, const std::string& events_uri) {
    std::ifstream in(std::string(CHRONOMAP_SOURCE_DIR) + "/examples/seed-story.json");
    std::string deck((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string file_events = "\"events\": \"seed-events.json\"";
    REQUIRE(deck.find(file_events) != std::string::npos);
    deck.replace(deck.find(file_events), file_events.size(), "\"events\": \"" + events_uri + "\"");
    std::ofstream(folder / "on-table.json") << deck;
    return folder / "on-table.json";
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

// A PNG's pixels as RGBA rows (pictures drawn from a file and from its table are compared).
inline std::vector<unsigned char> png_rgba(const std::string& path, int& width, int& height) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    REQUIRE(png_image_begin_read_from_file(&image, path.c_str()));
    image.format = PNG_FORMAT_RGBA;
    std::vector<unsigned char> buffer(PNG_IMAGE_SIZE(image));
    REQUIRE(png_image_finish_read(&image, nullptr, buffer.data(), 0, nullptr));
    width = static_cast<int>(image.width), height = static_cast<int>(image.height);
    return buffer;
}

// Pixels whose colour differs between two PNGs, which must have the same size.
inline size_t differing_pixels(const std::string& a, const std::string& b) {
    int wa = 0, ha = 0, wb = 0, hb = 0;
    std::vector<unsigned char> pa = png_rgba(a, wa, ha), pb = png_rgba(b, wb, hb);
    REQUIRE(wa == wb);
    REQUIRE(ha == hb);
    size_t differing = 0;
    for (size_t i = 0; i + 3 < pa.size(); i += 4)
        if (pa[i] != pb[i] || pa[i + 1] != pb[i + 1] || pa[i + 2] != pb[i + 2]) ++differing;
    return differing;
}

// `count` windows of `days` days over the synthetic events' dates, from `first_day`, a day apart
// (an animation's frames).
inline std::vector<SourceQuery> daily_windows(long long first_day, size_t count, long long days) {
    std::vector<SourceQuery> windows;
    for (size_t k = 0; k < count; ++k) {
        SourceQuery q;
        q.start = kSyntheticStart + (first_day + static_cast<long long>(k)) * 86400;
        q.end = q.start + days * 86400;
        windows.push_back(q);
    }
    return windows;
}

}  // namespace chronomap::test
