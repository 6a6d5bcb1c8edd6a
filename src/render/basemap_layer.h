// Land, coastlines and country borders from the cached Natural Earth meshes; the detail
// (110m, 50m, 10m) follows the zoom, each loaded on first use. Lakes, rivers and region
// boundaries (render/geography_drawer.h) are drawn into the same per-camera cache.
#pragma once

#include <epoxy/gl.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>

#include "core/map/basemap_mesh.h"
#include "render/frame_context.h"
#include "render/geography_drawer.h"
#include "render/layer.h"
#include "render/layer_cache.h"
#include "render/shader_program.h"

namespace chronomap {

class UserLayerSet;

class BasemapLayer final : public Layer {
public:
    explicit BasemapLayer(std::filesystem::path geodata);
    ~BasemapLayer();
    BasemapLayer(const BasemapLayer&) = delete;
    BasemapLayer& operator=(const BasemapLayer&) = delete;

    std::string_view name() const override { return "basemap"; }
    // The user's overlays, drawn over the land (and under the borders) in the same cache.
    void set_user_layers(UserLayerSet* user_layers) { user_layers_ = user_layers; }
    // The camera will not move (a video's): upload only the shapes it shows (mesh_window_exactly).
    void set_camera_pinned(bool pinned) {
        pinned_ = pinned;
        geography_.set_camera_pinned(pinned);
    }
    // Water, land and lines, opaque: covers the whole frame. Drawn through a cache that is
    // only redrawn when the camera, size or theme change.
    void draw(const FrameContext& frame, FrameShared& shared) override;

private:
    struct GpuMesh;
    struct CacheKey {
        double center_x = 0, center_y = 0, zoom = 0, scale = 0;
        int width = 0, height = 0;
        Theme theme = Theme::light;
        bool basemap = true;
        std::uint64_t user_layers = 0;
        bool operator==(const CacheKey&) const = default;
    };
    void draw_uncached(const FrameContext& frame);
    void record(const FrameContext& frame, VectorRecord& record);
    // The detail's shapes around the frame on the GPU, uploaded again when it looks past them.
    GpuMesh& mesh_for(BasemapDetail detail, const FrameContext& frame);
    void draw_lines(const FrameContext& frame, GLuint vao, GLsizei index_count, float width, const Color& color);

    std::filesystem::path geodata_;
    std::array<std::unique_ptr<MappedBasemapMesh>, 3> files_;
    std::array<std::unique_ptr<GpuMesh>, 3> meshes_;
    ShaderProgram land_program_;
    ShaderProgram line_program_;
    GeographyDrawer geography_;
    bool pinned_ = false;
    LayerCache cache_;
    CacheKey cached_;
    // FrameShared::basemap_generation: counts draws; the cache's picture is that of draw number
    // cached_generation_ (0: none yet).
    std::uint64_t generation_ = 0, cached_generation_ = 0;
    UserLayerSet* user_layers_ = nullptr;
};

}  // namespace chronomap
