#include "render/geography_drawer.h"

#include <algorithm>
#include <iostream>

#include "core/map/geography_mesh.h"
#include "core/geometry/mesh_outline.h"
#include "render/vector_painter.h"
#include "render/gl_check.h"
#include "render/gl_handles.h"

namespace chronomap {

struct GeographyDrawer::Gpu {
    GlVertexArray lake_vao;
    GlBuffer lake_vbo;
    std::vector<GeographyChunk> lake_chunks;
    MeshWindow window;  // what the chunks cover
    struct Lines {
        GlVertexArray vao;
        GlBuffer vbo, ibo;
        std::vector<GeographyChunk> chunks;
    } rivers, regions;

    Gpu(const GeographyMesh& mesh, const MeshWindow& covered) : lake_chunks(mesh.lakes.chunks), window(covered) {
        glBindVertexArray(lake_vao);
        glBindBuffer(GL_ARRAY_BUFFER, lake_vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.lakes.triangles.size() * sizeof(float)),
                     mesh.lakes.triangles.data(), GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
        upload(mesh.rivers, rivers);
        upload(mesh.regions, regions);
        glBindVertexArray(0);
        CHRONOMAP_GL_CHECK("geography upload");
    }

    static void upload(const ChunkedLines& from, Lines& to) {
        to.chunks = from.chunks;
        glBindVertexArray(to.vao);
        glBindBuffer(GL_ARRAY_BUFFER, to.vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(from.mesh.vertices.size() * sizeof(LineVertex)),
                     from.mesh.vertices.data(), GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), nullptr);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                              reinterpret_cast<void*>(offsetof(LineVertex, nx)));
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, to.ibo);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(from.mesh.indices.size() * sizeof(std::uint32_t)),
                     from.mesh.indices.data(), GL_STATIC_DRAW);
    }
};

namespace {
// Rivers a deeper blue than the sea so a 1-pixel line still reads as water; region
// boundaries lighter than the country borders.
struct GeographyColors {
    Color river, region_border;
};
GeographyColors colors_for(Theme theme) {
    if (theme == Theme::dark) return {rgb(0x3f6d92), rgb(0x48515d)};
    return {rgb(0x7fa7c9), rgb(0xc8bfb0)};
}

void set_view_uniforms(const FrameContext& frame, ShaderProgram& program) {
    program.use();
    glUniform2f(program.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(program.uniform("u_world_size"), frame.world_size());
    glUniform2f(program.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
}
}  // namespace

WorldBox drawn_world_box(const FrameContext& frame) {
    WorldPoint a = frame.map.pixel_to_world({-8, -8});
    WorldPoint b = frame.map.pixel_to_world({frame.map.width + 8.0, frame.map.height + 8.0});
    return {a.x, a.y, b.x, b.y};
}

std::vector<GeographyLinePass> geography_line_passes(const FrameContext& frame) {
    double zoom = frame.map.zoom;
    GeographyColors colors = colors_for(frame.view.theme);
    // Region boundaries under the rivers; both thin, so the country borders stay the
    // strongest lines. Rivers widen as the map zooms in, the major ones most.
    auto grow = [&](double from, double per_zoom, double most) {
        return static_cast<float>(std::clamp((zoom - from) * per_zoom, 0.0, most));
    };
    Color faint = colors.river;
    faint.a *= 0.6f;
    return {{false, 0, 0.7f + grow(6, 0.15, 0.4), colors.region_border},
            {true, 2, 0.6f + grow(8, 0.1, 0.3), faint},
            {true, 1, 0.7f + grow(6, 0.2, 0.7), colors.river},
            {true, 0, 1.0f + grow(4, 0.3, 1.4), colors.river}};
}

GeographyDrawer::GeographyDrawer(std::filesystem::path geodata) : geodata_(std::move(geodata)) {}
GeographyDrawer::~GeographyDrawer() = default;

GeographyDrawer::Gpu* GeographyDrawer::gpu(const FrameContext& frame) {
    if (failed_) return nullptr;
    WorldBox seen = drawn_world_box(frame);
    if (gpu_ && gpu_->window.covers(seen, frame.map.zoom)) return gpu_.get();
    gpu_.reset();
    try {
        if (!file_) file_ = std::make_unique<MappedGeographyMesh>(geodata_ / kGeographyFile);
        MeshWindow window =
            pinned_ ? mesh_window_exactly(seen, frame.map.zoom) : mesh_window_around(seen, frame.map.zoom);
        gpu_ = std::make_unique<Gpu>(geography_within(*file_, window), window);
    } catch (const std::exception& e) {
        failed_ = true;
        std::cerr << "chronomap: no rivers, lakes or regions on the map: " << e.what() << "\n";
    }
    return gpu_.get();
}

void GeographyDrawer::draw_lakes(const FrameContext& frame, ShaderProgram& fill_program) {
    Gpu* g = gpu(frame);
    if (!g) return;
    set_view_uniforms(frame, fill_program);
    const Color& water = frame.palette.water;
    glUniform4f(fill_program.uniform("u_color"), water.r, water.g, water.b, water.a);
    glBindVertexArray(g->lake_vao);
    WorldBox box = drawn_world_box(frame);
    for_visible_chunks(g->lake_chunks, frame.map.zoom, box.x0, box.y0, box.x1, box.y1, [&](const GeographyChunk& c) {
        glDrawArrays(GL_TRIANGLES, static_cast<GLint>(c.first), static_cast<GLsizei>(c.count));
    });
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing lakes");
}

void GeographyDrawer::draw_lines(const FrameContext& frame, ShaderProgram& line_program) {
    Gpu* g = gpu(frame);
    if (!g) return;
    set_view_uniforms(frame, line_program);
    WorldBox box = drawn_world_box(frame);
    double zoom = frame.map.zoom;
    auto draw = [&](const Gpu::Lines& lines, std::uint32_t style, float width, const Color& color) {
        glUniform1f(line_program.uniform("u_half_width"), width * frame.scale / 2);
        glUniform4f(line_program.uniform("u_color"), color.r, color.g, color.b, color.a);
        glBindVertexArray(lines.vao);
        for_visible_chunks(lines.chunks, zoom, box.x0, box.y0, box.x1, box.y1, [&](const GeographyChunk& c) {
            if (c.style != style) return;
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(c.count), GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<std::uintptr_t>(c.first) * sizeof(std::uint32_t)));
        });
    };
    for (const GeographyLinePass& pass : geography_line_passes(frame))
        draw(pass.rivers ? g->rivers : g->regions, pass.style, pass.width, pass.color);
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing rivers and region boundaries");
}

}  // namespace chronomap

namespace chronomap {

void GeographyDrawer::record(const FrameContext& frame, VectorRecord& record) {
    if (failed_) return;
    GeographyMesh mesh;
    try {
        mesh = read_geography_mesh(geodata_ / kGeographyFile);
    } catch (const std::exception&) {
        return;  // draw_lakes() said why
    }
    WorldBox box = drawn_world_box(frame);
    double zoom = frame.map.zoom;
    VectorPainter painter(frame, record);
    // The visible chunks' triangles together: a lake cut by the grid comes back whole.
    std::vector<float> lakes;
    for_visible_chunks(mesh.lakes.chunks, zoom, box.x0, box.y0, box.x1, box.y1, [&](const GeographyChunk& c) {
        auto first = mesh.lakes.triangles.begin() + 2 * static_cast<std::ptrdiff_t>(c.first);
        lakes.insert(lakes.end(), first, first + 2 * static_cast<std::ptrdiff_t>(c.count));
    });
    painter.fill("lakes", lakes, frame.palette.water);
    for (const GeographyLinePass& pass : geography_line_passes(frame)) {
        const ChunkedLines& lines = pass.rivers ? mesh.rivers : mesh.regions;
        std::vector<Ring> polylines;
        for_visible_chunks(lines.chunks, zoom, box.x0, box.y0, box.x1, box.y1, [&](const GeographyChunk& c) {
            if (c.style != pass.style) return;
            std::vector<Ring> some = polylines_of_strips(lines.mesh, c.first, c.count);
            polylines.insert(polylines.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
        });
        painter.lines(pass.rivers ? "rivers" : "regions", polylines, pass.width, pass.color);
    }
}

}  // namespace chronomap
