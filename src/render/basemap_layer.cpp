#include "render/basemap_layer.h"

#include "render/gl_check.h"
#include "render/gl_handles.h"
#include "render/user_layer_set.h"
#include "render/vector_painter.h"
#include "shaders/land_frag.h"
#include "shaders/land_vert.h"
#include "shaders/line_vert.h"
#include "shaders/solid_frag.h"

namespace chronomap {

struct BasemapLayer::GpuMesh {
    GlVertexArray land_vao;
    GlBuffer land_vbo;
    GLsizei land_vertices = 0;
    GlVertexArray line_vao[2];  // coastlines, borders
    GlBuffer line_vbo[2], line_ibo[2];
    GLsizei line_indices[2] = {0, 0};
    MeshWindow window;  // what the shapes cover

    GpuMesh(const BasemapMesh& mesh, const MeshWindow& covered) : window(covered) {
        glBindVertexArray(land_vao);
        glBindBuffer(GL_ARRAY_BUFFER, land_vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.land.size() * sizeof(float)), mesh.land.data(),
                     GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
        land_vertices = static_cast<GLsizei>(mesh.land.size() / 2);

        const LineMesh* lines[2] = {&mesh.coastlines, &mesh.borders};
        for (int i = 0; i < 2; ++i) {
            glBindVertexArray(line_vao[i]);
            glBindBuffer(GL_ARRAY_BUFFER, line_vbo[i]);
            glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(lines[i]->vertices.size() * sizeof(LineVertex)),
                         lines[i]->vertices.data(), GL_STATIC_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), nullptr);
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                                  reinterpret_cast<void*>(offsetof(LineVertex, nx)));
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, line_ibo[i]);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                         static_cast<GLsizeiptr>(lines[i]->indices.size() * sizeof(std::uint32_t)),
                         lines[i]->indices.data(), GL_STATIC_DRAW);
            line_indices[i] = static_cast<GLsizei>(lines[i]->indices.size());
        }
        glBindVertexArray(0);
        CHRONOMAP_GL_CHECK("basemap upload");
    }
};

namespace {
// Thin lines that thicken a little with zoom, as on printed atlases.
float zoom_boost(const FrameContext& frame) {
    return static_cast<float>(std::clamp((frame.map.zoom - 2) * 0.15, 0.0, 0.6));
}
// At story zoom the frontier must stand out from the governorates' lines beside it.
float border_width(const FrameContext& frame) {
    return 0.8f + static_cast<float>(std::clamp((frame.map.zoom - 2) * 0.15, 0.0, 1.1));
}
float coastline_width(const FrameContext& frame) { return 0.9f + zoom_boost(frame); }
}  // namespace

BasemapLayer::BasemapLayer(std::filesystem::path geodata)
    : geodata_(std::move(geodata)),
      land_program_("land", shaders::k_land_vert, shaders::k_land_frag),
      line_program_("line", shaders::k_line_vert, shaders::k_solid_frag),
      geography_(geodata_) {}

BasemapLayer::~BasemapLayer() = default;

BasemapLayer::GpuMesh& BasemapLayer::mesh_for(BasemapDetail detail, const FrameContext& frame) {
    auto& slot = meshes_[static_cast<size_t>(detail)];
    WorldBox seen = drawn_world_box(frame);
    if (slot && slot->window.covers(seen, frame.map.zoom)) return *slot;
    auto& file = files_[static_cast<size_t>(detail)];
    if (!file) file = std::make_unique<MappedBasemapMesh>(geodata_ / basemap_file_name(detail), true);
    MeshWindow window = pinned_ ? mesh_window_exactly(seen, frame.map.zoom) : mesh_window_around(seen, frame.map.zoom);
    slot.reset();  // its buffers go before the new ones are filled
    slot = std::make_unique<GpuMesh>(basemap_within(*file, window), window);
    return *slot;
}

void BasemapLayer::draw_lines(const FrameContext& frame, GLuint vao, GLsizei index_count, float width,
                              const Color& color) {
    line_program_.use();
    glUniform2f(line_program_.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(line_program_.uniform("u_world_size"), frame.world_size());
    glUniform2f(line_program_.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
    glUniform1f(line_program_.uniform("u_half_width"), width * frame.scale / 2);
    glUniform4f(line_program_.uniform("u_color"), color.r, color.g, color.b, color.a);
    glBindVertexArray(vao);
    glDrawElements(GL_TRIANGLES, index_count, GL_UNSIGNED_INT, nullptr);
}

void BasemapLayer::draw(const FrameContext& frame, FrameShared& shared) {
    bool overlays = user_layers_ && !frame.view.overlays.empty();
    shared.basemap_generation = ++generation_;  // kept below only while the cache is
    if (!frame.view.layers.basemap && !overlays) return;
    CacheKey key{frame.map.center.x, frame.map.center.y, frame.map.zoom, frame.map.pixel_scale,
                 frame.device_width, frame.device_height, frame.view.theme, frame.view.layers.basemap,
                 overlays ? user_layers_->key(frame.view) : 0};
    if (frame.vector) record(frame, *frame.vector);
    bool changed = !(key == cached_) || cached_generation_ == 0;
    cached_ = key;
    if (changed) cached_generation_ = generation_;
    shared.basemap_generation = cached_generation_;
    cache_.draw(changed, frame, [&] { draw_uncached(frame); });
}

void BasemapLayer::draw_uncached(const FrameContext& frame) {
    const Color& water = frame.palette.water;
    glClearColor(water.r, water.g, water.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!frame.view.layers.basemap) {  // the overlays alone, on the water colour
        if (user_layers_) user_layers_->draw(frame);
        return;
    }
    GpuMesh& mesh = mesh_for(basemap_detail_for_zoom(frame.map.zoom, frame.map.pixel_scale), frame);
    land_program_.use();
    glUniform2f(land_program_.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(land_program_.uniform("u_world_size"), frame.world_size());
    glUniform2f(land_program_.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
    const Color& land = frame.palette.land;
    glUniform4f(land_program_.uniform("u_color"), land.r, land.g, land.b, land.a);
    glBindVertexArray(mesh.land_vao);
    glDrawArrays(GL_TRIANGLES, 0, mesh.land_vertices);
    CHRONOMAP_GL_CHECK("drawing land");
    geography_.draw_lakes(frame, land_program_);
    geography_.draw_lines(frame, line_program_);
    // The user's layers over the shipped rivers and lakes: their OpenStreetMap or survey data
    // is finer than GSHHG's, which would cross their streets at city zoom.
    if (user_layers_) user_layers_->draw(frame);

    draw_lines(frame, mesh.line_vao[1], mesh.line_indices[1], border_width(frame), frame.palette.border);
    draw_lines(frame, mesh.line_vao[0], mesh.line_indices[0], coastline_width(frame), frame.palette.coastline);
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing coastlines and borders");
}

// The same picture as draw_uncached(), as vector paths (SVG, PDF export), from the CPU
// meshes: read again from disk, as the GPU keeps no copy.
void BasemapLayer::record(const FrameContext& frame, VectorRecord& record) {
    if (!frame.view.layers.basemap) {  // the water is MapRenderer's clear
        if (user_layers_) user_layers_->record(frame, record);
        return;
    }
    BasemapMesh mesh = read_basemap_mesh(geodata_ / basemap_file_name(basemap_detail_for_zoom(frame.map.zoom, frame.map.pixel_scale)));
    VectorPainter painter(frame, record);
    painter.fill("land", mesh.land, frame.palette.land);
    geography_.record(frame, record);
    if (user_layers_) user_layers_->record(frame, record);  // over rivers, under borders, as drawn
    painter.lines("borders", polylines_of_strips(mesh.borders, 0, mesh.borders.indices.size()), border_width(frame),
                  frame.palette.border);
    painter.lines("coastlines", polylines_of_strips(mesh.coastlines, 0, mesh.coastlines.indices.size()),
                  coastline_width(frame), frame.palette.coastline);
}

}  // namespace chronomap
