// The user's own layers of a view (ViewState::overlays): each file is read once (through the
// cache file, see user_layer_data.h), uploaded once, and drawn over the land inside the
// basemap's per-camera cache. A file that cannot be read is reported once and left out: the
// map is drawn without it.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/user_layers/user_layer_data.h"
#include "core/map/view_state.h"
#include "render/frame_context.h"

namespace chronomap {

class UserLayerGpu;
class VectorRecord;
struct UserLayerPrograms;

struct UserLayerStatus {
    std::string path;
    bool loaded = false;
    std::string error;                  // why it is not drawn
    std::vector<std::string> warnings;  // what was skipped while reading it
    std::string summary;                // "GPKG, 3 classes, 1204 features" / "GTiff 2048x1536"
};

// The sub-layer an overlay gets in an SVG: its file name, and its layer= when set.
std::string user_layer_part_name(const UserLayerSpec& spec);

class UserLayerSet {
public:
    UserLayerSet();
    ~UserLayerSet();
    UserLayerSet(const UserLayerSet&) = delete;
    UserLayerSet& operator=(const UserLayerSet&) = delete;

    // Draws the view's visible overlays in order (loading those not loaded yet).
    void draw(const FrameContext& frame);
    // The same as vectors (SVG, PDF): each overlay a part named after its file (and layer=),
    // its geometry read again through the cache file, as the GPU keeps no CPU copy.
    void record(const FrameContext& frame, VectorRecord& record);
    // Each overlay draw() shows at this frame (visible, in its zoom range, read), in order.
    void for_each_shown(const FrameContext& frame,
                        const std::function<void(const UserLayerSpec&, const UserLayerData&)>& visit);
    // Changes whenever what draw() would show changes for the same camera (the basemap
    // cache's key).
    std::uint64_t key(const ViewState& view) const;
    // Reads (or takes from the cache) every overlay of the view now; returns their status.
    const std::vector<UserLayerStatus>& load(const ViewState& view);
    const std::vector<UserLayerStatus>& status() const { return status_; }
    // Problems go here once per file (default: stderr, "chronomap: overlay FILE: ...").
    void set_reporter(std::function<void(const std::string&)> report) { report_ = std::move(report); }

private:
    struct Entry;
    Entry& entry_for(const UserLayerSpec& spec);
    void load_if_changed(const ViewState& view);

    std::unique_ptr<UserLayerPrograms> programs_;
    std::map<std::string, std::unique_ptr<Entry>> entries_;  // by file and reading options
    std::vector<UserLayerStatus> status_;
    std::function<void(const std::string&)> report_;
};

}  // namespace chronomap
