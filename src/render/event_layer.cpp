#include "render/event_layer.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "core/web_mercator.h"
#include "render/gl_check.h"
#include "shaders/marker_frag.h"
#include "shaders/marker_vert.h"

namespace chronomap {
namespace {

constexpr UnixSeconds kShortEvent = 2 * 86400;  // a day, with room for time zones

struct MarkerVertex {
    float x, y;
    std::int32_t start, end;  // seconds from the epoch
    float radius;
    std::uint32_t category;
    std::uint32_t flags;
};

std::int32_t relative(UnixSeconds t, UnixSeconds epoch) {
    return static_cast<std::int32_t>(std::clamp<UnixSeconds>(t - epoch, INT_MIN + 1, INT_MAX - 1));
}

}  // namespace

float marker_radius(std::int32_t fatalities) {
    if (fatalities < 0) return 4.5f;  // not stated
    return std::min(3.5f + 1.15f * std::sqrt(static_cast<float>(fatalities)), 42.f);
}

bool marker_is_ring(const TimeValue& time) { return time.is_span || time.start_precision < TimePrecision::day; }

EventLayer::EventLayer(const EventStore& store)
    : store_(store), program_("marker", shaders::k_marker_vert, shaders::k_marker_frag) {
    std::vector<MarkerVertex> short_run, long_run;
    std::vector<size_t> short_index, long_index;
    if (!store.empty()) epoch_ = store.start()[0];
    for (size_t i = 0; i < store.size(); ++i) {
        if (!store.is_placed(i)) continue;
        TimeValue time = store.time(i);
        WorldPoint w = lonlat_to_world({store.lon()[i], store.lat()[i]});
        MarkerVertex v{static_cast<float>(w.x),       static_cast<float>(w.y),
                       relative(time.start, epoch_),  relative(time.end, epoch_),
                       marker_radius(store.fatalities()[i]), store.category()[i],
                       marker_is_ring(time) ? 1u : 0u};
        bool is_short = time.end - time.start <= kShortEvent;
        (is_short ? short_run : long_run).push_back(v);
        (is_short ? short_index : long_index).push_back(i);
        (is_short ? short_starts_ : long_starts_).push_back(time.start);
    }
    buffer_index_.assign(store.size(), ~0u);
    for (size_t k = 0; k < short_index.size(); ++k) buffer_index_[short_index[k]] = static_cast<std::uint32_t>(k);
    for (size_t k = 0; k < long_index.size(); ++k)
        buffer_index_[long_index[k]] = static_cast<std::uint32_t>(short_run.size() + k);
    short_run.insert(short_run.end(), long_run.begin(), long_run.end());

    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &selection_ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(short_run.size() * sizeof(MarkerVertex)), short_run.data(),
                 GL_STATIC_DRAW);
    constexpr GLsizei stride = sizeof(MarkerVertex);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 2, GL_INT, stride, reinterpret_cast<void*>(offsetof(MarkerVertex, start)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(MarkerVertex, radius)));
    glEnableVertexAttribArray(3);
    glVertexAttribIPointer(3, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(MarkerVertex, category)));
    glEnableVertexAttribArray(4);
    glVertexAttribIPointer(4, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(MarkerVertex, flags)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, selection_ibo_);
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("event upload");
}

EventLayer::~EventLayer() {
    glDeleteBuffers(1, &vbo_);
    glDeleteBuffers(1, &selection_ibo_);
    glDeleteVertexArrays(1, &vao_);
}

void EventLayer::update_selection(const std::vector<std::string>& selection) {
    if (selection == uploaded_selection_) return;
    std::vector<std::uint32_t> indices;
    for (size_t i = 0; i < store_.size() && indices.size() < selection.size(); ++i)
        if (buffer_index_[i] != ~0u && std::find(selection.begin(), selection.end(), store_.id(i)) != selection.end())
            indices.push_back(buffer_index_[i]);
    glBindVertexArray(vao_);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                 indices.data(), GL_DYNAMIC_DRAW);
    glBindVertexArray(0);
    selection_count_ = static_cast<GLsizei>(indices.size());
    uploaded_selection_ = selection;
}

void EventLayer::draw(const FrameContext& frame) {
    program_.use();
    glUniform2f(program_.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(program_.uniform("u_world_size"), frame.world_size());
    glUniform2f(program_.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
    glUniform1f(program_.uniform("u_pixel_scale"), frame.scale);
    const TimeWindow& window = frame.view.time;
    UnixSeconds t0 = window.all ? LLONG_MIN / 2 : window.start, t1 = window.all ? LLONG_MAX / 2 : window.end;
    glUniform2i(program_.uniform("u_window"), window.all ? INT_MIN : relative(t0, epoch_),
                window.all ? INT_MAX : relative(t1, epoch_));
    std::uint64_t mask = frame.view.category_mask;
    glUniform2ui(program_.uniform("u_category_mask"), static_cast<GLuint>(mask & 0xffffffffu),
                 static_cast<GLuint>(mask >> 32));
    float colors[64 * 4] = {};
    const auto& categories = store_.categories();
    for (size_t c = 0; c < 64; ++c) {
        Rgba rgba = c < categories.size() ? categories[c].color : default_category_color(c);
        colors[c * 4 + 0] = rgba.r / 255.f, colors[c * 4 + 1] = rgba.g / 255.f;
        colors[c * 4 + 2] = rgba.b / 255.f, colors[c * 4 + 3] = rgba.a / 255.f;
    }
    glUniform4fv(program_.uniform("u_colors"), 64, colors);
    const Color& outline = frame.palette.marker_outline;
    glUniform4f(program_.uniform("u_outline"), outline.r, outline.g, outline.b, outline.a);
    const Color& selected = frame.palette.selection;
    glUniform4f(program_.uniform("u_highlight_color"), selected.r, selected.g, selected.b, selected.a);
    glUniform1f(program_.uniform("u_highlight"), 0);

    // Two binary searches per run: the index ranges that can overlap [t0, t1).
    auto short_first = std::lower_bound(short_starts_.begin(), short_starts_.end(), t0 - kShortEvent);
    auto short_last = std::lower_bound(short_first, short_starts_.end(), t1);
    auto long_last = std::lower_bound(long_starts_.begin(), long_starts_.end(), t1);
    auto first = static_cast<GLint>(short_first - short_starts_.begin());
    auto count = static_cast<GLsizei>(short_last - short_first);
    auto long_count = static_cast<GLsizei>(long_last - long_starts_.begin());
    glBindVertexArray(vao_);
    // Long events first: they are usually broad context, the precise ones go on top.
    if (long_count > 0) glDrawArrays(GL_POINTS, static_cast<GLint>(short_starts_.size()), long_count);
    if (count > 0) glDrawArrays(GL_POINTS, first, count);
    last_draw_count_ = static_cast<size_t>(count) + static_cast<size_t>(long_count);

    update_selection(frame.view.selection);
    if (selection_count_ > 0) {
        glUniform1f(program_.uniform("u_highlight"), 1);
        glDrawElements(GL_POINTS, selection_count_, GL_UNSIGNED_INT, nullptr);
    }
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing events");
}

}  // namespace chronomap
