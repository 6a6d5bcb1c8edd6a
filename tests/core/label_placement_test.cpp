#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/map/label_placement.h"
#include "core/map/scale_bar.h"

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

TEST_CASE("Labels: a crowded frame places exactly what the plain scan against every taken box places") {
    // The reference: each try tested against all boxes taken so far, in priority order.
    auto plain = [](const std::vector<LabelCandidate>& candidates, const std::vector<ScreenBox>& obstacles,
                    const ScreenBox& bounds) {
        std::vector<size_t> order(candidates.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return candidates[a].priority > candidates[b].priority; });
        std::vector<ScreenBox> taken = obstacles;
        std::vector<PlacedLabel> placed;
        for (size_t index : order) {
            const LabelCandidate& c = candidates[index];
            double gap = c.marker_radius + 3;
            const ScreenBox tries[] = {
                {c.anchor_x + gap, c.anchor_y - c.height / 2, c.anchor_x + gap + c.width, c.anchor_y + c.height / 2},
                {c.anchor_x - gap - c.width, c.anchor_y - c.height / 2, c.anchor_x - gap, c.anchor_y + c.height / 2},
                {c.anchor_x - c.width / 2, c.anchor_y - gap - c.height, c.anchor_x + c.width / 2, c.anchor_y - gap},
                {c.anchor_x - c.width / 2, c.anchor_y + gap, c.anchor_x + c.width / 2, c.anchor_y + gap + c.height},
            };
            for (const ScreenBox& box : tries) {
                if (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1) continue;
                if (std::any_of(taken.begin(), taken.end(), [&](const ScreenBox& t) { return t.intersects(box); }))
                    continue;
                taken.push_back(box);
                placed.push_back({index, box});
                break;
            }
        }
        return placed;
    };
    std::mt19937 random(25);
    std::uniform_real_distribution<double> x(-100, 2020), y(-100, 1180), size(2, 150), priority(0, 10);
    ScreenBox bounds{0, 0, 1920, 1080};
    for (int round = 0; round < 5; ++round) {
        std::vector<LabelCandidate> candidates;
        for (int i = 0; i < 1500; ++i)
            candidates.push_back({x(random), y(random), 3, size(random), 14, std::floor(priority(random))});
        // Markers, the legend, and boxes reaching past the frame's edges.
        std::vector<ScreenBox> obstacles;
        for (int i = 0; i < 800; ++i) {
            double x0 = x(random), y0 = y(random);
            obstacles.push_back({x0, y0, x0 + 6, y0 + 6});
        }
        obstacles.push_back({1600, 700, 1910, 1070});
        obstacles.push_back({-500, -500, 40, 3000});
        auto expected = plain(candidates, obstacles, bounds);
        auto placed = place_labels(candidates, obstacles, bounds);
        REQUIRE(placed.size() == expected.size());
        CHECK(placed.size() > 300);
        for (size_t i = 0; i < placed.size(); ++i) {
            CHECK(placed[i].candidate == expected[i].candidate);
            CHECK(placed[i].box.x0 == expected[i].box.x0);
            CHECK(placed[i].box.y0 == expected[i].box.y0);
        }
    }
}

TEST_CASE("Scale bar: round lengths that fit") {
    ScaleBar bar = choose_scale_bar(1000, 120);  // 1 km per pixel, at most 120 px
    CHECK(bar.meters == 100000);
    CHECK(bar.pixels == doctest::Approx(100));
    CHECK(bar.label == "100 km");
    CHECK(choose_scale_bar(3, 120).label == "200 m");
    CHECK(choose_scale_bar(45000, 120).label == "5000 km");
}
