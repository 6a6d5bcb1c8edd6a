// One user layer on the GPU: its vector classes as fill triangles and extruded lines at each
// detail level, or its raster as a texture on a Web Mercator quad. Drawn inside the
// basemap's per-camera cache, over the land (docs/overlays.md).
#pragma once

#include <epoxy/gl.h>

#include <memory>
#include <vector>

#include "core/user_layers/user_layer_data.h"
#include "render/frame_context.h"
#include "render/gl_handles.h"
#include "render/shader_program.h"

namespace chronomap {

class ShapeBatch;

// The programs every user layer shares (one set per renderer).
struct UserLayerPrograms {
    UserLayerPrograms();
    ShaderProgram fill, line, raster;
    std::unique_ptr<ShapeBatch> shapes;  // points
    ~UserLayerPrograms();
};

class UserLayerGpu {
public:
    explicit UserLayerGpu(UserLayerData data);
    ~UserLayerGpu();
    UserLayerGpu(const UserLayerGpu&) = delete;
    UserLayerGpu& operator=(const UserLayerGpu&) = delete;

    void draw(const FrameContext& frame, const UserLayerStyle& style, UserLayerPrograms& programs);
    const UserLayerData& data() const { return data_; }

private:
    struct Detail {
        GlVertexArray fill_vao, line_vao;
        GlBuffer fill_vbo, line_vbo, line_ibo;
        GLsizei fill_vertices = 0, line_indices = 0;
    };
    struct Group {
        Detail details[kUserLayerDetails];
    };
    void draw_raster(const FrameContext& frame, const UserLayerStyle& style, UserLayerPrograms& programs);

    UserLayerData data_;  // the vector geometry's CPU copy is dropped after upload
    std::vector<Group> groups_;
    std::unique_ptr<GlTexture> texture_;
    GlVertexArray quad_vao_;
    GlBuffer quad_vbo_;
};

}  // namespace chronomap
