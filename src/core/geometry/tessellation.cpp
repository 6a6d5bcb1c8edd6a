#include "core/geometry/tessellation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronomap {
namespace {

double cross(const Point2& a, const Point2& b, const Point2& c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

double signed_area(const std::vector<Point2>& pts, size_t first, size_t count) {
    double twice = 0;
    for (size_t i = 0; i < count; ++i) {
        const Point2 &a = pts[first + i], &b = pts[first + (i + 1) % count];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

bool segments_intersect(const Point2& a, const Point2& b, const Point2& c, const Point2& d) {
    double d1 = cross(a, b, c), d2 = cross(a, b, d), d3 = cross(c, d, a), d4 = cross(c, d, b);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

bool in_triangle(const Point2& a, const Point2& b, const Point2& c, const Point2& p) {
    return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// A circular list of nodes (a point index each), counter-clockwise for the outline.
struct NodeRing {
    std::vector<std::uint32_t> point, prev, next;
    size_t add(std::uint32_t p) {
        point.push_back(p), prev.push_back(0), next.push_back(0);
        return point.size() - 1;
    }
};

}  // namespace

std::vector<std::uint32_t> triangulate_polygon(std::span<const std::vector<Point2>> rings) {
    std::vector<std::uint32_t> out;
    if (rings.empty()) return out;
    std::vector<Point2> pts;
    struct Span {
        size_t first, count;
    };
    std::vector<Span> spans;
    for (const auto& ring : rings) {
        size_t first = pts.size(), n = ring.size();
        pts.insert(pts.end(), ring.begin(), ring.end());
        if (n > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) --n;  // closing point
        spans.push_back({first, n});
    }
    if (spans[0].count < 3) return out;

    NodeRing list;
    // Links the points of span s in the wanted turning direction; returns one of its nodes.
    auto link = [&](const Span& s, bool counter_clockwise) {
        bool reverse = (signed_area(pts, s.first, s.count) > 0) != counter_clockwise;
        size_t head = list.point.size();
        for (size_t k = 0; k < s.count; ++k)
            list.add(static_cast<std::uint32_t>(s.first + (reverse ? s.count - 1 - k : k)));
        for (size_t k = 0; k < s.count; ++k) {
            list.next[head + k] = static_cast<std::uint32_t>(head + (k + 1) % s.count);
            list.prev[head + k] = static_cast<std::uint32_t>(head + (k + s.count - 1) % s.count);
        }
        return head;
    };
    size_t start = link(spans[0], true);
    size_t remaining = spans[0].count;

    // Holes, leftmost first, each joined to the polygon built so far by the shortest bridge
    // that crosses no edge.
    std::vector<std::pair<double, size_t>> holes;
    for (size_t h = 1; h < spans.size(); ++h) {
        if (spans[h].count < 3) continue;
        size_t leftmost = spans[h].first;
        for (size_t k = 0; k < spans[h].count; ++k)
            if (pts[spans[h].first + k].x < pts[leftmost].x) leftmost = spans[h].first + k;
        holes.emplace_back(pts[leftmost].x, h);
    }
    std::sort(holes.begin(), holes.end());
    for (auto [x, h] : holes) {
        size_t head = link(spans[h], false);
        size_t hole_node = head;
        for (size_t k = 0; k < spans[h].count; ++k)
            if (pts[list.point[head + k]].x < pts[list.point[hole_node]].x) hole_node = head + k;
        const Point2& hp = pts[list.point[hole_node]];
        // Candidates on the current polygon, nearest first.
        std::vector<std::pair<double, size_t>> candidates;
        size_t n = start;
        do {
            const Point2& p = pts[list.point[n]];
            candidates.emplace_back(std::hypot(p.x - hp.x, p.y - hp.y), n);
            n = list.next[n];
        } while (n != start);
        std::sort(candidates.begin(), candidates.end());
        size_t bridge = candidates.front().second;
        for (auto [d, c] : candidates) {
            const Point2& cp = pts[list.point[c]];
            bool clear = true;
            auto crosses_edges_of = [&](size_t from) {
                size_t e = from;
                do {
                    size_t f = list.next[e];
                    if (segments_intersect(hp, cp, pts[list.point[e]], pts[list.point[f]])) return true;
                    e = f;
                } while (e != from);
                return false;
            };
            clear = !crosses_edges_of(start) && !crosses_edges_of(hole_node);
            if (clear) {
                bridge = c;
                break;
            }
        }
        // Splice: bridge -> hole_node ... (round the hole) ... hole_copy -> bridge_copy -> next.
        size_t hole_copy = list.add(list.point[hole_node]);
        size_t bridge_copy = list.add(list.point[bridge]);
        size_t bridge_next = list.next[bridge], hole_prev = list.prev[hole_node];
        list.next[bridge] = static_cast<std::uint32_t>(hole_node), list.prev[hole_node] = static_cast<std::uint32_t>(bridge);
        list.next[hole_prev] = static_cast<std::uint32_t>(hole_copy), list.prev[hole_copy] = static_cast<std::uint32_t>(hole_prev);
        list.next[hole_copy] = static_cast<std::uint32_t>(bridge_copy), list.prev[bridge_copy] = static_cast<std::uint32_t>(hole_copy);
        list.next[bridge_copy] = static_cast<std::uint32_t>(bridge_next), list.prev[bridge_next] = static_cast<std::uint32_t>(bridge_copy);
        remaining += spans[h].count + 2;
    }

    // Ear clipping. A vertex is an ear when convex and no other vertex lies in its triangle.
    auto is_ear = [&](size_t node) {
        size_t a = list.prev[node], c = list.next[node];
        const Point2 &pa = pts[list.point[a]], &pb = pts[list.point[node]], &pc = pts[list.point[c]];
        if (cross(pa, pb, pc) <= 0) return false;  // reflex or flat
        for (size_t m = list.next[c]; m != a; m = list.next[m]) {
            const Point2& p = pts[list.point[m]];
            if ((p.x == pa.x && p.y == pa.y) || (p.x == pb.x && p.y == pb.y) || (p.x == pc.x && p.y == pc.y)) continue;
            if (in_triangle(pa, pb, pc, p)) return false;
        }
        return true;
    };
    out.reserve(3 * remaining);
    size_t node = start, tried = 0;
    while (remaining > 3) {
        if (is_ear(node) || tried > remaining) {
            // Past a full turn without an ear (a self-crossing outline), one is cut anyway so
            // the loop ends; the drawing may then spill where the outline crosses.
            size_t a = list.prev[node], c = list.next[node];
            if (cross(pts[list.point[a]], pts[list.point[node]], pts[list.point[c]]) != 0)
                out.insert(out.end(), {list.point[a], list.point[node], list.point[c]});
            list.next[a] = static_cast<std::uint32_t>(c), list.prev[c] = static_cast<std::uint32_t>(a);
            --remaining, tried = 0;
            node = c;
            continue;
        }
        node = list.next[node];
        ++tried;
    }
    size_t a = list.prev[node], c = list.next[node];
    if (cross(pts[list.point[a]], pts[list.point[node]], pts[list.point[c]]) != 0)
        out.insert(out.end(), {list.point[a], list.point[node], list.point[c]});
    return out;
}

}  // namespace chronomap
