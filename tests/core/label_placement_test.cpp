#include <doctest/doctest.h>

#include "core/label_placement.h"
#include "core/scale_bar.h"

using namespace chronomap;

TEST_CASE("Labels: no two overlap, the important one wins, obstacles are respected") {
    ScreenBox bounds{0, 0, 400, 300};
    std::vector<LabelCandidate> candidates;
    // Five places on top of each other: the one with the highest priority gets a label first.
    for (int i = 0; i < 5; ++i) candidates.push_back({200, 150, 4, 120, 14, static_cast<double>(i)});
    auto placed = place_labels(candidates, {}, bounds);
    REQUIRE(!placed.empty());
    CHECK(placed.front().candidate == 4);
    CHECK(placed.size() == 4);  // right, left, above, below; the fifth has no room
    for (size_t a = 0; a < placed.size(); ++a)
        for (size_t b = a + 1; b < placed.size(); ++b) CHECK_FALSE(placed[a].box.intersects(placed[b].box));
    // An obstacle on the right pushes the label to the left.
    auto moved = place_labels({{200, 150, 4, 60, 14, 1}}, {{205, 100, 400, 200}}, bounds);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].box.x1 <= 200);
    // A label that cannot stay inside the image is dropped.
    CHECK(place_labels({{5, 5, 2, 500, 14, 1}}, {}, bounds).empty());
}

TEST_CASE("Scale bar: round lengths that fit") {
    ScaleBar bar = choose_scale_bar(1000, 120);  // 1 km per pixel, at most 120 px
    CHECK(bar.meters == 100000);
    CHECK(bar.pixels == doctest::Approx(100));
    CHECK(bar.label == "100 km");
    CHECK(choose_scale_bar(3, 120).label == "200 m");
    CHECK(choose_scale_bar(45000, 120).label == "5000 km");
}
