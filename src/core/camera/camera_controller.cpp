#include "core/camera/camera_controller.h"

#include <algorithm>
#include <cmath>

namespace chronomap::camera {
namespace {
WorldPoint clamped(WorldPoint w) { return {std::clamp(w.x, 0.0, 1.0), std::clamp(w.y, 0.0, 1.0)}; }

ViewState with_camera(ViewState view, WorldPoint center, double zoom) {
    view.camera.mode = CameraMode::center;
    view.camera.center = world_to_lonlat(clamped(center));
    view.camera.zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    return view;
}

double ease_in_out(double t) { return t * t * (3 - 2 * t); }
}  // namespace

ViewState pinned(ViewState view, const MapView& shown) { return with_camera(std::move(view), shown.center, shown.zoom); }

ViewState pan(ViewState view, const MapView& shown, double dx, double dy) {
    double size = shown.world_size();
    return with_camera(std::move(view), {shown.center.x - dx / size, shown.center.y - dy / size}, shown.zoom);
}

ViewState zoom_at(ViewState view, const MapView& shown, double x, double y, double steps) {
    WorldPoint under = shown.pixel_to_world({x, y});
    MapView after = shown;
    after.zoom = std::clamp(shown.zoom + steps, kMinZoom, kMaxZoom);
    WorldPoint moved = after.pixel_to_world({x, y});
    return with_camera(std::move(view), {shown.center.x + under.x - moved.x, shown.center.y + under.y - moved.y},
                       after.zoom);
}

ViewState fit(ViewState view, const GeoBox& box, double margin) {
    WorldPoint a = lonlat_to_world({box.west, box.north}), b = lonlat_to_world({box.east, box.south});
    double zoom = zoom_to_fit(box, view.width, view.height, margin);
    return with_camera(std::move(view), {(a.x + b.x) / 2, (a.y + b.y) / 2}, zoom);
}

// [SECTION] fly-to
// Distances are in world units; w is the width of the view in world units (small when
// zoomed in), so the path is independent of the zoom at which it starts.

FlyPath::FlyPath(const MapView& from, const MapView& to, double rho) : from_(from), to_(to), rho_(rho) {
    w0_ = std::max(from.width, 1) / from.world_size();
    w1_ = std::max(to.width, 1) / to.world_size();
    u1_ = std::hypot(to.center.x - from.center.x, to.center.y - from.center.y);
    double rho2 = rho_ * rho_;
    // Nearly no pan: a pure zoom, exponential in time.
    if (u1_ < 1e-9 * std::max(w0_, w1_)) {
        zoom_only_ = true;
        length_ = std::abs(std::log(w1_ / w0_)) / rho_;
        return;
    }
    auto r = [&](double w, double sign) {
        double b = (w1_ * w1_ - w0_ * w0_ + sign * rho2 * rho2 * u1_ * u1_) / (2 * w * rho2 * u1_);
        return std::log(std::sqrt(b * b + 1) - b);
    };
    r0_ = r(w0_, 1);
    double r1 = r(w1_, -1);
    length_ = (r1 - r0_) / rho_;
    if (!std::isfinite(length_)) zoom_only_ = true, length_ = 0;
}

MapView FlyPath::at(double t) const {
    t = std::clamp(t, 0.0, 1.0);
    if (t <= 0) return from_;
    if (t >= 1) return to_;
    double s = ease_in_out(t) * length_;
    MapView view = from_;
    double w = 0, u = 0;
    if (zoom_only_) {
        w = length_ > 0 ? w0_ * std::exp((w1_ < w0_ ? -1 : 1) * rho_ * s) : w0_;
        u = ease_in_out(t) * u1_;
    } else {
        double rho2 = rho_ * rho_;
        w = w0_ * std::cosh(r0_) / std::cosh(rho_ * s + r0_);
        u = w0_ * (std::cosh(r0_) * std::tanh(rho_ * s + r0_) - std::sinh(r0_)) / rho2;
    }
    double k = u1_ > 0 ? u / u1_ : 0;
    view.center = {from_.center.x + (to_.center.x - from_.center.x) * k,
                   from_.center.y + (to_.center.y - from_.center.y) * k};
    view.zoom = std::clamp(from_.zoom + std::log2(w0_ / w), kMinZoom, kMaxZoom);
    // The image size may change between the two (a resized window): follow it.
    view.width = static_cast<int>(std::lround(from_.width + (to_.width - from_.width) * t));
    view.height = static_cast<int>(std::lround(from_.height + (to_.height - from_.height) * t));
    return view;
}

double FlyPath::duration(double min_seconds, double max_seconds) const {
    // MapLibre's default: S / 1.2 seconds.
    return std::clamp(length_ / 1.2, min_seconds, max_seconds);
}

ViewState interpolate(const ViewState& from, const ViewState& to, const FlyPath& path, double t) {
    t = std::clamp(t, 0.0, 1.0);
    ViewState view = t < 0.5 ? from : to;
    MapView map = path.at(t);
    view = with_camera(std::move(view), map.center, map.zoom);
    if (t >= 1) view.camera = to.camera;
    // The time window slides from one to the other (both ends eased like the camera).
    if (!from.time.all && !to.time.all) {
        double e = ease_in_out(t);
        auto mix = [&](UnixSeconds a, UnixSeconds b) {
            return a + static_cast<UnixSeconds>(std::llround(static_cast<double>(b - a) * e));
        };
        view.time.all = false;
        view.time.start = mix(from.time.start, to.time.start);
        view.time.end = mix(from.time.end, to.time.end);
    }
    return view;
}

}  // namespace chronomap::camera
