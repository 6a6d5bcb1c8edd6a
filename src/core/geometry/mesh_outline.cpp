#include "core/geometry/mesh_outline.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace chronomap {
namespace {

std::uint64_t key_of(float x, float y) {
    return std::uint64_t{std::bit_cast<std::uint32_t>(x)} << 32 | std::bit_cast<std::uint32_t>(y);
}

bool meets(const Box2& a, double x0, double y0, double x1, double y1) {
    return x1 >= a.x0 && x0 <= a.x1 && y1 >= a.y0 && y0 <= a.y1;
}

}  // namespace

std::vector<Ring> outline_of_triangles(const float* xy, size_t vertex_count, const Box2& keep) {
    // Directed edges of the kept triangles, all turned the same way; an edge whose reverse is
    // also there is inside the union.
    struct Edge {
        std::uint64_t from, to;
        float x, y;  // the start point
    };
    std::vector<Edge> edges;
    for (size_t t = 0; t + 2 < vertex_count; t += 3) {
        const float* p = xy + 2 * t;
        float xs[3] = {p[0], p[2], p[4]}, ys[3] = {p[1], p[3], p[5]};
        if (!meets(keep, std::min({xs[0], xs[1], xs[2]}), std::min({ys[0], ys[1], ys[2]}),
                   std::max({xs[0], xs[1], xs[2]}), std::max({ys[0], ys[1], ys[2]})))
            continue;
        double area = (double(xs[1]) - xs[0]) * (double(ys[2]) - ys[0]) - (double(xs[2]) - xs[0]) * (double(ys[1]) - ys[0]);
        if (area == 0) continue;
        if (area < 0) std::swap(xs[1], xs[2]), std::swap(ys[1], ys[2]);
        for (int k = 0; k < 3; ++k)
            edges.push_back({key_of(xs[k], ys[k]), key_of(xs[(k + 1) % 3], ys[(k + 1) % 3]), xs[k], ys[k]});
    }
    struct PairHash {
        size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& e) const {
            return std::hash<std::uint64_t>()(e.first * 0x9E3779B97F4A7C15ull ^ e.second);
        }
    };
    std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, int, PairHash> count;
    count.reserve(edges.size());
    for (const Edge& e : edges) count[{e.from, e.to}]++;
    // Boundary edges by their start point; a point where two rings touch has several.
    std::unordered_multimap<std::uint64_t, size_t> by_start;
    std::vector<size_t> boundary;
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge& e = edges[k];
        auto reverse = count.find({e.to, e.from});
        if (reverse != count.end() && reverse->second > 0) continue;
        by_start.emplace(e.from, k);
        boundary.push_back(k);
    }
    std::vector<bool> used(edges.size(), false);
    std::vector<Ring> rings;
    for (size_t start : boundary) {
        if (used[start]) continue;
        Ring ring;
        size_t k = start;
        while (!used[k]) {
            used[k] = true;
            ring.push_back({edges[k].x, edges[k].y});
            auto [first, last] = by_start.equal_range(edges[k].to);
            size_t next = k;
            for (auto it = first; it != last; ++it)
                if (!used[it->second]) {
                    next = it->second;
                    break;
                }
            if (next == k) break;
            k = next;
        }
        if (ring.size() >= 3) rings.push_back(std::move(ring));
    }
    return rings;
}

std::vector<Ring> polylines_of_strips(const LineMesh& mesh, size_t first, size_t count) {
    // extrude_polyline writes six indices per segment, {a, a+1, b, b, a+1, b+1}, with a and
    // b the two sides' first vertex at each end: a line is a run of segments that chain.
    std::vector<Ring> lines;
    std::uint32_t previous_end = ~0u;
    for (size_t k = first; k + 5 < first + count && k + 5 < mesh.indices.size(); k += 6) {
        std::uint32_t a = mesh.indices[k], b = mesh.indices[k + 2];
        if (a >= mesh.vertices.size() || b >= mesh.vertices.size()) continue;
        const LineVertex &va = mesh.vertices[a], &vb = mesh.vertices[b];
        if (a != previous_end || lines.empty()) lines.push_back({{va.x, va.y}});
        lines.back().push_back({vb.x, vb.y});
        previous_end = b;
    }
    return lines;
}

Ring clip_ring(const Ring& ring, const Box2& box) {
    Ring current = ring;
    // One edge of the box at a time: inside(p) and where a segment crosses it.
    for (int side = 0; side < 4 && !current.empty(); ++side) {
        auto inside = [&](const Point2& p) {
            switch (side) {
                case 0: return p.x >= box.x0;
                case 1: return p.x <= box.x1;
                case 2: return p.y >= box.y0;
                default: return p.y <= box.y1;
            }
        };
        auto cross = [&](const Point2& a, const Point2& b) {
            double t;
            if (side < 2) {
                double x = side == 0 ? box.x0 : box.x1;
                t = (x - a.x) / (b.x - a.x);
                return Point2{x, a.y + t * (b.y - a.y)};
            }
            double y = side == 2 ? box.y0 : box.y1;
            t = (y - a.y) / (b.y - a.y);
            return Point2{a.x + t * (b.x - a.x), y};
        };
        Ring out;
        for (size_t i = 0; i < current.size(); ++i) {
            const Point2& a = current[i];
            const Point2& b = current[(i + 1) % current.size()];
            bool a_in = inside(a), b_in = inside(b);
            if (a_in) out.push_back(a);
            if (a_in != b_in) out.push_back(cross(a, b));
        }
        current = std::move(out);
    }
    return current;
}

std::vector<Ring> clip_polyline(const Ring& line, const Box2& box) {
    std::vector<Ring> parts;
    bool open = false;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const Point2 &a = line[i], &b = line[i + 1];
        bool seen = meets(box, std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y));
        if (!seen) {
            open = false;
            continue;
        }
        if (!open) parts.push_back({a});
        parts.back().push_back(b);
        open = true;
    }
    return parts;
}

Ring simplify(const Ring& points, double tolerance) {
    if (points.size() < 3) return points;
    std::vector<bool> keep(points.size(), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<size_t, size_t>> stack{{0, points.size() - 1}};
    double tolerance2 = tolerance * tolerance;
    while (!stack.empty()) {
        auto [first, last] = stack.back();
        stack.pop_back();
        const Point2 &a = points[first], &b = points[last];
        double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
        double worst = -1;
        size_t at = first;
        for (size_t i = first + 1; i < last; ++i) {
            double px = points[i].x - a.x, py = points[i].y - a.y, d2;
            if (length2 == 0) {
                d2 = px * px + py * py;
            } else {
                double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
                double ex = px - t * dx, ey = py - t * dy;
                d2 = ex * ex + ey * ey;
            }
            if (d2 > worst) worst = d2, at = i;
        }
        if (worst > tolerance2) {
            keep[at] = true;
            stack.push_back({first, at}), stack.push_back({at, last});
        }
    }
    Ring out;
    for (size_t i = 0; i < points.size(); ++i)
        if (keep[i]) out.push_back(points[i]);
    return out;
}

}  // namespace chronomap
