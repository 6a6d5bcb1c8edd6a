#include "render/user_layer_gpu.h"

#include <algorithm>

#include "render/gl_check.h"
#include "render/palette.h"
#include "render/shape_batch.h"
#include "render/user_layer_paint.h"
#include "shaders/land_frag.h"
#include "shaders/land_vert.h"
#include "shaders/line_vert.h"
#include "shaders/raster_frag.h"
#include "shaders/raster_vert.h"
#include "shaders/solid_frag.h"

namespace chronomap {

UserLayerPrograms::UserLayerPrograms()
    : fill("user layer fill", shaders::k_land_vert, shaders::k_land_frag),
      line("user layer line", shaders::k_line_vert, shaders::k_solid_frag),
      raster("user layer raster", shaders::k_raster_vert, shaders::k_raster_frag),
      shapes(std::make_unique<ShapeBatch>()) {}
UserLayerPrograms::~UserLayerPrograms() = default;

UserLayerGpu::UserLayerGpu(UserLayerData data) : data_(std::move(data)) {
    if (data_.is_raster) {
        const UserRasterData& r = data_.raster;
        texture_ = std::make_unique<GlTexture>();
        glBindTexture(GL_TEXTURE_2D, *texture_);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, r.width, r.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, r.rgba.data());
        glGenerateMipmap(GL_TEXTURE_2D);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        auto x0 = static_cast<float>(r.x0), y0 = static_cast<float>(r.y0), x1 = static_cast<float>(r.x1),
             y1 = static_cast<float>(r.y1);
        const float quad[] = {x0, y0, 0, 0, x1, y0, 1, 0, x1, y1, 1, 1, x0, y0, 0, 0, x1, y1, 1, 1, x0, y1, 0, 1};
        glBindVertexArray(quad_vao_);
        glBindBuffer(GL_ARRAY_BUFFER, quad_vbo_);
        glBufferData(GL_ARRAY_BUFFER, sizeof quad, quad, GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
        glBindVertexArray(0);
        data_.raster.rgba = {};  // on the GPU now
        CHRONOMAP_GL_CHECK("user raster upload");
        return;
    }
    groups_.resize(data_.vector.groups.size());
    for (size_t g = 0; g < groups_.size(); ++g) {
        UserFeatureGroup& source = data_.vector.groups[g];
        for (int d = 0; d < kUserLayerDetails; ++d) {
            Detail& detail = groups_[g].details[d];
            glBindVertexArray(detail.fill_vao);
            glBindBuffer(GL_ARRAY_BUFFER, detail.fill_vbo);
            glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(source.fill[d].size() * sizeof(float)),
                         source.fill[d].data(), GL_STATIC_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
            detail.fill_vertices = static_cast<GLsizei>(source.fill[d].size() / 2);

            const LineMesh& lines = source.lines[d];
            glBindVertexArray(detail.line_vao);
            glBindBuffer(GL_ARRAY_BUFFER, detail.line_vbo);
            glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(lines.vertices.size() * sizeof(LineVertex)),
                         lines.vertices.data(), GL_STATIC_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), nullptr);
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex),
                                  reinterpret_cast<void*>(offsetof(LineVertex, nx)));
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, detail.line_ibo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(lines.indices.size() * sizeof(std::uint32_t)),
                         lines.indices.data(), GL_STATIC_DRAW);
            detail.line_indices = static_cast<GLsizei>(lines.indices.size());
            source.fill[d] = {}, source.lines[d] = {};  // on the GPU now
        }
    }
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("user layer upload");
}

UserLayerGpu::~UserLayerGpu() = default;

namespace {
void set_world_uniforms(ShaderProgram& program, const FrameContext& frame) {
    program.use();
    glUniform2f(program.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(program.uniform("u_world_size"), frame.world_size());
    glUniform2f(program.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
}
}  // namespace

void UserLayerGpu::draw_raster(const FrameContext& frame, const UserLayerStyle& style, UserLayerPrograms& programs) {
    set_world_uniforms(programs.raster, frame);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, *texture_);
    glUniform1i(programs.raster.uniform("u_image"), 0);
    glUniform1f(programs.raster.uniform("u_opacity"), static_cast<float>(style.opacity));
    glBindVertexArray(quad_vao_);
    glDrawArrays(GL_TRIANGLES, 0, 6);
    glBindVertexArray(0);
}

void UserLayerGpu::draw(const FrameContext& frame, const UserLayerStyle& style, UserLayerPrograms& programs) {
    if (!user_layer_in_zoom(style, frame)) return;
    if (data_.is_raster) return draw_raster(frame, style, programs);
    int detail = user_layer_detail_for_zoom(frame.map.zoom);
    auto line_pass = [&](const Detail& d, float device_width, const Color& c) {
        if (d.line_indices == 0 || device_width <= 0 || c.a <= 0) return;
        set_world_uniforms(programs.line, frame);
        glUniform1f(programs.line.uniform("u_half_width"), device_width / 2);
        glUniform4f(programs.line.uniform("u_color"), c.r, c.g, c.b, c.a);
        glBindVertexArray(d.line_vao);
        glDrawElements(GL_TRIANGLES, d.line_indices, GL_UNSIGNED_INT, nullptr);
    };
    // Casings of every road class first, then their cores: crossings read as joined streets.
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t g = 0; g < groups_.size(); ++g) {
            const UserFeatureGroup& group = data_.vector.groups[g];
            UserClassPaint paint = user_class_paint(group, style, frame);
            if (!paint.shown) continue;
            const Detail& d = groups_[g].details[detail];
            if (pass == 0) {
                line_pass(d, paint.casing_width, paint.casing);
                continue;
            }
            if (d.fill_vertices > 0 && paint.fill.a > 0) {
                set_world_uniforms(programs.fill, frame);
                glUniform4f(programs.fill.uniform("u_color"), paint.fill.r, paint.fill.g, paint.fill.b, paint.fill.a);
                glBindVertexArray(d.fill_vao);
                glDrawArrays(GL_TRIANGLES, 0, d.fill_vertices);
            }
            line_pass(d, paint.line_width, paint.line);
            if (!group.points.empty()) {
                float radius = paint.point_radius;
                auto right = static_cast<float>(frame.device_width), bottom = static_cast<float>(frame.device_height);
                for (size_t i = 0; i + 1 < group.points.size(); i += 2) {
                    WorldPoint p = frame.map.world_to_pixel({group.points[i], group.points[i + 1]});
                    float x = static_cast<float>(p.x) * frame.scale, y = static_cast<float>(p.y) * frame.scale;
                    if (x < -radius || y < -radius || x > right + radius || y > bottom + radius)
                        continue;
                    programs.shapes->disc(x, y, paint.point_edge_radius, paint.point_edge);
                    programs.shapes->disc(x, y, radius, paint.point);
                }
                // Not recorded here: this runs only when the basemap's cache is redrawn, and
                // UserLayerSet::record writes the points in their place among the paths.
                programs.shapes->draw(frame.device_width, frame.device_height);
            }
        }
    }
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing a user layer");
}

}  // namespace chronomap
