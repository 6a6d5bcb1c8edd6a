// The one camera controller: pan, zoom around a point, fit, and a smooth fly-to between
// two cameras. Pure functions on ViewState (no GL), shared by the explorer's input, story
// transitions and video keyframes. Each takes the camera as it is on screen (the MapView
// the renderer resolved, so fit modes are handled) and returns a state in center mode.
#pragma once

#include "core/map/view_state.h"
#include "core/map/web_mercator.h"

namespace chronomap::camera {

// The view with its camera pinned to what `shown` shows (fit modes become center/zoom).
ViewState pinned(ViewState view, const MapView& shown);
// Moves the map by (dx, dy) logical pixels, as a drag does (the content follows the cursor).
ViewState pan(ViewState view, const MapView& shown, double dx, double dy);
// Changes the zoom by `steps` (1: twice as large) keeping the point under (x, y) in place.
ViewState zoom_at(ViewState view, const MapView& shown, double x, double y, double steps);
// Centers `box` with `margin` (a fraction of each side) left free; center mode.
ViewState fit(ViewState view, const GeoBox& box, double margin = 0.1);

// The zoom-and-pan path of van Wijk and Nieuwenhuizen ("Smooth and efficient zooming and
// panning", 2003), as MapLibre's flyTo: zoom out, pan, zoom in, with the perceived speed
// constant. Parameterised by t in [0, 1].
class FlyPath {
public:
    // `rho` trades zooming for panning (1.42 as in the paper and MapLibre).
    FlyPath(const MapView& from, const MapView& to, double rho = 1.42);
    // The camera at t (0: from, 1: to); t is eased (slow start and end).
    MapView at(double t) const;
    // A comfortable duration in seconds for this path (longer for longer flights), within
    // [min_seconds, max_seconds].
    double duration(double min_seconds = 0.8, double max_seconds = 4.0) const;
    double path_length() const { return length_; }  // S in the paper

private:
    MapView from_, to_;
    double rho_ = 1.42;
    double w0_ = 0, w1_ = 0, u1_ = 0, r0_ = 0, length_ = 0;
    bool zoom_only_ = false;
};

// The state of a transition at t in [0, 1]: camera on the fly path, time window and other
// plain values interpolated or switched at the middle.
ViewState interpolate(const ViewState& from, const ViewState& to, const FlyPath& path, double t);

}  // namespace chronomap::camera
