#include "render/event_layer.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <thread>

#include "core/events/colocated_slots.h"
#include "core/events/shown_rule.h"
#include "core/map/web_mercator.h"
#include "render/vector_record.h"
#include "render/gl_check.h"
#include "shaders/composite_vert.h"
#include "shaders/density_ramp_frag.h"
#include "shaders/marker_frag.h"
#include "shaders/marker_vert.h"

namespace chronomap {
namespace {


int density_cell_pixels(const FrameContext& frame) { return std::max(2, static_cast<int>(std::lround(3 * frame.scale))); }

struct MarkerVertex {
    float x, y;
    std::int32_t start, end;  // seconds from the epoch
    float radius;
    std::uint32_t category;
    std::uint32_t flags;
};

// One event's marker as the shader reads it.
MarkerVertex marker_vertex(const EventStore& store, size_t i, SpotSlot spot, UnixSeconds epoch) {
    TimeValue time = store.time(i);
    WorldPoint w = lonlat_to_world({store.lon()[i], store.lat()[i]});
    MarkerVertex v{static_cast<float>(w.x),       static_cast<float>(w.y),
                   seconds_from(time.start, epoch), seconds_from(time.end, epoch),
                   // The toll's size, and a span's length (event_marker_radius)
                   std::max(marker_radius(store.fatalities()[i]), time.is_span ? span_radius(time.end - time.start) : 0.f),
                   store.category()[i],
                   (marker_is_ring(time) ? 1u : 0u) | (location_is_area(store.location_precision()[i]) ? 2u : 0u)};
    // An approximate place covers ground: at least a zone of 10 pixels, not a pinpoint.
    if (v.flags & 2u) v.radius = std::max(v.radius, 10.f);
    v.flags |= std::uint32_t{spot.slot} << 8 | std::uint32_t{spot.at_spot} << 16;
    return v;
}

}  // namespace

bool location_is_area(LocationPrecision precision) {
    return precision == LocationPrecision::region || precision == LocationPrecision::country ||
           precision == LocationPrecision::near;
}

bool marker_is_ring(const TimeValue& time) { return time.is_span || time.start_precision < TimePrecision::day; }

// [SECTION] upload, once

namespace {

// The fragment shader with `define` set, after its #version line.
std::string with_define(const char* source, const char* define) {
    std::string text = source;
    size_t line_end = text.find('\n');
    return text.insert(line_end == std::string::npos ? text.size() : line_end + 1, std::string("#define ") + define + "\n");
}

}  // namespace

MarkerGpu::MarkerGpu()
    : program("marker", shaders::k_marker_vert, shaders::k_marker_frag),
      plain_program("marker (no area markers)", shaders::k_marker_vert,
                    with_define(shaders::k_marker_frag, "CHRONOMAP_NO_AREA_MARKERS").c_str()),
      highlight_program("marker (selection)", shaders::k_marker_vert,
                        with_define(shaders::k_marker_frag, "CHRONOMAP_HIGHLIGHT").c_str()),
      ramp_program("density_ramp", shaders::k_composite_vert, shaders::k_density_ramp_frag) {}

EventLayer::EventLayer(const EventStore& store, std::unique_ptr<MarkerGpu> reused)
    : store_(store),
      gpu_(reused ? std::move(reused) : std::make_unique<MarkerGpu>()) {
    if (!store.empty()) epoch_ = store.start()[0];
    // Which run each placed event goes to (kNotPlaced: none), and how many each run holds,
    // in all and in the first half of the store (the second half is filled by another thread).
    constexpr std::uint8_t kNotPlaced = 0xff;
    const size_t middle = store.size() / 2;
    std::vector<std::uint8_t> run_of(store.size(), kNotPlaced);
    std::array<size_t, kRuns> run_size{}, run_size_first_half{};
    for (size_t i = 0; i < store.size(); ++i) {
        if (i == middle) run_size_first_half = run_size;
        if (!store.is_placed(i) || store.is_area_or_line(i)) continue;  // areas and lines: area_layer.h
        UnixSeconds duration = store.end()[i] - store.start()[i];
        size_t run = 0;
        while (duration > kRunMaxDuration[run]) ++run;
        run_of[i] = static_cast<std::uint8_t>(run), run_size[run]++;
    }
    size_t placed = 0;
    for (size_t r = 0; r < kRuns; ++r) {
        runs_[r].offset = placed, placed += run_size[r];
        runs_[r].starts.resize(run_size[r]);
    }
    store_index_.resize(placed);
    buffer_index_.assign(store.size(), ~0u);
    world_x_.resize(placed), world_y_.resize(placed), start_rel_.resize(placed), end_rel_.resize(placed);
    category_.resize(placed);

    // The marker buffer is written where the GL keeps it (mapped), by two threads over the two
    // halves of the store: at 10 M events a vertex array, zero-filled, then copied into the GL,
    // took most of the launch. The store is sorted by start time, so each run is too.
    const std::vector<SpotSlot> spot_slots = colocated_slots(store);
    std::vector<std::uint8_t> is_area(placed, 0);  // each thread writes its own indices
    auto fill = [&](MarkerVertex* vertices, size_t begin, size_t end, std::array<size_t, kRuns> next) {
        for (size_t i = begin; i < end; ++i) {
            if (run_of[i] == kNotPlaced) continue;
            DurationRun& run = runs_[run_of[i]];
            size_t k = run.offset + next[run_of[i]]++;
            run.starts[k - run.offset] = store.start()[i];
            MarkerVertex v = marker_vertex(store, i, spot_slots[i], epoch_);
            vertices[k] = v;
            is_area[k] = (v.flags & 2u) ? 1 : 0;
            store_index_[k] = static_cast<std::uint32_t>(i), buffer_index_[i] = static_cast<std::uint32_t>(k);
            world_x_[k] = v.x, world_y_[k] = v.y, start_rel_[k] = v.start, end_rel_[k] = v.end;
            category_[k] = static_cast<std::uint16_t>(v.category);
        }
    };
    glBindVertexArray(gpu_->vao);
    glBindBuffer(GL_ARRAY_BUFFER, gpu_->vbo);
    auto bytes = static_cast<GLsizeiptr>(placed * sizeof(MarkerVertex));
    glBufferData(GL_ARRAY_BUFFER, bytes, nullptr, GL_STATIC_DRAW);
    // The GL may lose a mapped buffer's contents (GL_FALSE from glUnmapBuffer): written again.
    for (int attempt = 0; placed > 0 && attempt < 3; ++attempt) {
        auto* vertices = static_cast<MarkerVertex*>(
            glMapBufferRange(GL_ARRAY_BUFFER, 0, bytes, GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT));
        if (!vertices) break;  // CHRONOMAP_GL_CHECK below says why
        {
            std::jthread second_half([&] { fill(vertices, middle, store.size(), run_size_first_half); });
            fill(vertices, 0, middle, {});
        }
        if (glUnmapBuffer(GL_ARRAY_BUFFER) == GL_TRUE) break;
    }
    for (size_t k = 0; k < placed; ++k)
        if (is_area[k]) area_markers_.push_back(static_cast<std::uint32_t>(k));
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
    // The content filter, one byte per marker, re-uploaded only when the filter changes.
    std::vector<std::uint8_t> all_pass(placed, 1);
    glBindBuffer(GL_ARRAY_BUFFER, gpu_->filter_vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(all_pass.size()), all_pass.data(), GL_DYNAMIC_DRAW);
    glEnableVertexAttribArray(5);
    glVertexAttribIPointer(5, 1, GL_UNSIGNED_BYTE, 1, nullptr);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu_->selection_ibo);
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("event upload");
}

EventLayer::~EventLayer() = default;

void EventLayer::update_selection(const std::vector<std::string>& selection) {
    if (selection == uploaded_selection_) return;
    std::vector<std::uint32_t> indices;
    for (size_t i = 0; i < store_.size() && indices.size() < selection.size(); ++i)
        if (buffer_index_[i] != ~0u && std::find(selection.begin(), selection.end(), store_.id(i)) != selection.end())
            indices.push_back(buffer_index_[i]);
    glBindVertexArray(gpu_->vao);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
                 indices.data(), GL_DYNAMIC_DRAW);
    glBindVertexArray(0);
    selection_count_ = static_cast<GLsizei>(indices.size());
    uploaded_selection_ = selection;
}

void EventLayer::update_filter(const FrameContext& frame) {
    if (frame.filter_generation == uploaded_filter_generation_) return;
    uploaded_filter_generation_ = frame.filter_generation;
    buffer_filter_.assign(store_index_.size(), 1);
    if (frame.filter_mask)
        for (size_t k = 0; k < store_index_.size(); ++k) buffer_filter_[k] = (*frame.filter_mask)[store_index_[k]];
    glBindBuffer(GL_ARRAY_BUFFER, gpu_->filter_vbo);
    glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(buffer_filter_.size()), buffer_filter_.data());
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

// [SECTION] each frame

void EventLayer::prepare(const FrameContext& frame, FrameShared& shared) {
    if (!frame.view.layers.events) return;
    const ShownRule rule = shown_rule(frame.view);
    // Two binary searches per run: the index ranges that can overlap [from, until). An event
    // of the run can only reach `from` if it began at most the run's longest duration before it.
    // Cumulative and all dates: no `from`, everything that has begun by `until`.
    size_t drawn = 0;
    for (DurationRun& run : runs_) {
        size_t r = static_cast<size_t>(&run - runs_.data());
        bool unbounded = rule.from == kNoTimeBefore || r == kRuns - 1;
        auto first = unbounded ? run.starts.begin()
                               : std::lower_bound(run.starts.begin(), run.starts.end(), rule.from - kRunMaxDuration[r]);
        auto last = std::lower_bound(first, run.starts.end(), rule.until);
        run.first = run.offset + static_cast<size_t>(first - run.starts.begin());
        run.count = static_cast<size_t>(last - first);
        drawn += run.count;
    }
    switch (frame.view.event_style) {
        case EventStyle::automatic: dense_ = drawn > kDensityThreshold; break;
        case EventStyle::markers: dense_ = false; break;
        case EventStyle::density: dense_ = true; break;
    }
    shared.events_drawn = drawn;
    shared.dense = dense_;
    update_filter(frame);
    shared.counts_any_category = count_window(frame);
    for (size_t c = 0; c < std::min(shared.area_counts.size(), shared.counts_any_category.size()); ++c)
        shared.counts_any_category[c] += shared.area_counts[c];  // drawn by the areas layer
    shared.shown_counts = shared.counts_any_category;
    shared.in_view_counts = in_view_counted_;
    // Areas and lines shown in the window count as in view: they are drawn wherever they reach.
    shared.in_view_counts.resize(std::max(shared.in_view_counts.size(), shared.area_counts.size()), 0);
    for (size_t c = 0; c < shared.area_counts.size(); ++c) shared.in_view_counts[c] += shared.area_counts[c];
    shared.earlier_in_view = earlier_in_view_;
    for (size_t c = 0; c < shared.shown_counts.size(); ++c)
        if (!frame.view.category_shown(c)) shared.shown_counts[c] = shared.in_view_counts[c] = 0;
}

// One pass over the window's ranges, with the marker shader's test: the counts per
// category (every category: the filter panel shows hidden ones too) for the legend, and in
// density mode the grid's cells. Only the buffer's contiguous copies are read, never the
// store, so 10 M events cost what the window holds. A large window is counted in two halves
// on two cores: software GL rasterises when the frame ends, so the second core is idle now.
std::vector<size_t> EventLayer::count_window(const FrameContext& frame) {
    // Cumulative: events over before the window's start are drawn faded, counted apart.
    const GpuShownRule rule = gpu_shown_rule(frame.view, epoch_);
    int cell = density_cell_pixels(frame);
    size_t cell_count = 0;
    if (dense_) {
        cells_width_ = (frame.device_width + cell - 1) / cell, cells_height_ = (frame.device_height + cell - 1) / cell;
        cell_count = static_cast<size_t>(cells_width_) * cells_height_;
    }
    double scale = frame.world_size(), half_w = frame.device_width / 2.0, half_h = frame.device_height / 2.0;
    double cx = frame.map.center.x, cy = frame.map.center.y;
    // A view that did not change since the last count (a file just opened on all its dates,
    // the user reading a panel) is not counted again: with 10 M events that is 100 ms.
    CountedView view{rule.from, rule.until, rule.fade_before, rule.category_mask, frame.filter_generation, frame.device_width, frame.device_height, cell, cx, cy, scale, dense_, {}};
    for (const DurationRun& run : runs_) view.ranges.emplace_back(run.first, run.count);
    if (counted_view_ && *counted_view_ == view) return counted_;
    counted_view_ = view;
    grid_changed_ = true;
    const size_t categories = store_.categories().size();
    struct Tally {
        std::vector<size_t> counts;
        std::vector<float>& cells;
        CellBox box{INT_MAX, INT_MAX, -1, -1};
    };
    // Counts and box are kept in locals: the two tallies share a cache line.
    auto count_range = [&](Tally& tally, size_t begin, size_t end) {
        std::vector<size_t> counts(tally.counts.size(), 0);
        CellBox box = tally.box;
        float* cells = tally.cells.data();
        for (size_t i = begin; i < end; ++i) {
            // The shader's test but for the category: hidden categories are counted too.
            if (!rule.shows_time(start_rel_[i], end_rel_[i]) || !buffer_filter_[i]) continue;
            std::uint16_t category = category_[i];
            if (category >= categories) continue;
            counts[category]++;
            double px = (world_x_[i] - cx) * scale + half_w, py = (world_y_[i] - cy) * scale + half_h;
            if (px < 0 || py < 0 || px >= frame.device_width || py >= frame.device_height) continue;
            // What the legend counts: in the map's extent, and in the window or earlier.
            if (!rule.fades(end_rel_[i]))
                counts[categories + category]++;
            else if (rule.shows_category(category))
                counts[2 * categories]++;
            if (!dense_ || !rule.shows_category(category)) continue;
            // Row 0 at the bottom, as GL textures go.
            auto column = static_cast<int>(px) / cell, row = (frame.device_height - 1 - static_cast<int>(py)) / cell;
            cells[static_cast<size_t>(row) * cells_width_ + column] += 1;
            box.x0 = std::min(box.x0, column), box.x1 = std::max(box.x1, column);
            box.y0 = std::min(box.y0, row), box.y1 = std::max(box.y1, row);
        }
        for (size_t c = 0; c < counts.size(); ++c) tally.counts[c] += counts[c];
        tally.box = box;
    };
    // The window's ranges, and where half of their events is reached.
    std::vector<std::pair<size_t, size_t>> first_half, second_half;
    size_t total = 0, seen = 0;
    for (const DurationRun& run : runs_) total += run.count;
    constexpr size_t kWorthASecondCore = 100'000;
    for (const DurationRun& run : runs_) {
        if (run.count == 0) continue;
        size_t split = total < kWorthASecondCore ? run.count : std::min(total / 2 - std::min(seen, total / 2), run.count);
        if (split > 0) first_half.emplace_back(run.first, run.first + split);
        if (split < run.count) second_half.emplace_back(run.first + split, run.first + run.count);
        seen += run.count;
    }
    cell_counts_.assign(cell_count, 0.f);
    // All the window's events per category, then those in view, then those in view before
    // the window (cumulative).
    const size_t slots = 2 * categories + 1;
    Tally tally{std::vector<size_t>(slots, 0), cell_counts_};
    if (second_half.empty()) {
        for (auto [begin, end] : first_half) count_range(tally, begin, end);
    } else {
        second_cell_counts_.assign(cell_count, 0.f);
        Tally second{std::vector<size_t>(slots, 0), second_cell_counts_};
        std::thread worker([&] {
            for (auto [begin, end] : second_half) count_range(second, begin, end);
        });
        for (auto [begin, end] : first_half) count_range(tally, begin, end);
        worker.join();
        for (size_t c = 0; c < slots; ++c) tally.counts[c] += second.counts[c];
        for (size_t k = 0; k < cell_count; ++k) cell_counts_[k] += second_cell_counts_[k];
        tally.box = {std::min(tally.box.x0, second.box.x0), std::min(tally.box.y0, second.box.y0),
                     std::max(tally.box.x1, second.box.x1), std::max(tally.box.y1, second.box.y1)};
    }
    occupied_ = tally.box;
    in_view_counted_.assign(tally.counts.begin() + static_cast<std::ptrdiff_t>(categories),
                            tally.counts.begin() + static_cast<std::ptrdiff_t>(2 * categories));
    earlier_in_view_ = tally.counts[2 * categories];
    tally.counts.resize(categories);
    counted_ = std::move(tally.counts);
    return counted_;
}

void EventLayer::draw(const FrameContext& frame, FrameShared& shared) {
    if (!frame.view.layers.events) return;
    if (dense_) {
        draw_density(frame);
        return;
    }
    bool areas_drawn = false;
    for (const DurationRun& run : runs_) areas_drawn = areas_drawn || has_area_marker(run.first, run.count);
    ShaderProgram& program = areas_drawn ? gpu_->program : gpu_->plain_program;
    program.use();
    set_shared_uniforms(program, frame);
    glUniform1f(program.uniform("u_highlight"), 0);

    glBindVertexArray(gpu_->vao);
    // Long events first: they are usually broad context, the precise ones go on top.
    bool long_cached = reuse_long_markers_ && draw_long_markers_cached(frame, shared);
    for (size_t r = kRuns; r-- > 0;) {
        const DurationRun& run = runs_[r];
        if (run.count > 0 && !(long_cached && r >= kFirstLongRun))
            glDrawArrays(GL_POINTS, static_cast<GLint>(run.first), static_cast<GLsizei>(run.count));
    }

    update_selection(frame.view.selection);
    if (selection_count_ > 0) {
        glBindVertexArray(gpu_->vao);  // update_selection() unbinds it
        gpu_->highlight_program.use();
        set_shared_uniforms(gpu_->highlight_program, frame);
        glUniform1f(gpu_->highlight_program.uniform("u_highlight"), 1);
        glDrawElements(GL_POINTS, selection_count_, GL_UNSIGNED_INT, nullptr);
    }
    glBindVertexArray(0);
    CHRONOMAP_GL_CHECK("drawing events");
    if (frame.vector) record_markers(frame, *frame.vector);
}

bool EventLayer::draw_long_markers_cached(const FrameContext& frame, const FrameShared& shared) {
    GLint frame_fbo = 0, read_fbo = 0, samples = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &frame_fbo);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fbo);
    glGetIntegerv(GL_SAMPLES, &samples);
    // A multisampled frame blends markers per sample: a plain texture would not match it.
    if (frame.vector || shared.areas_drawn || samples > 1) return false;
    const GpuShownRule rule = gpu_shown_rule(frame.view, epoch_);
    LongMarkersKey key{frame.center_x(), frame.center_y(), frame.world_size(), frame.device_width,
                       frame.device_height, frame.origin_x, frame.origin_y, frame.scale, &frame.palette,
                       rule.fade_before, rule.category_mask, frame.filter_generation, shared.basemap_generation, {}};
    for (size_t r = kRuns; r-- > kFirstLongRun;)
        for (size_t k = runs_[r].first; k < runs_[r].first + runs_[r].count; ++k)
            if (rule.shows(start_rel_[k], end_rel_[k], category_[k], buffer_filter_[k]))
                key.shown.push_back(static_cast<std::uint32_t>(k));
    if (key.shown.empty()) return false;  // nothing to keep: the copy would cost more
    const int width = frame.device_width, height = frame.device_height;
    const int x0 = frame.origin_x, y0 = frame.origin_y;
    if (!long_texture_ || width != long_width_ || height != long_height_) {
        long_key_.reset();
        long_width_ = width, long_height_ = height;
        long_texture_.emplace();
        glBindTexture(GL_TEXTURE_2D, *long_texture_);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        long_fbo_.emplace();
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, *long_fbo_);
        glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, *long_texture_, 0);
        bool complete = glCheckFramebufferStatus(GL_DRAW_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
        if (!complete) {
            long_texture_.reset(), long_fbo_.reset();
            return false;
        }
    }
    if (!long_key_ || !(*long_key_ == key)) {
        // The frame so far (the basemap) into the texture, then the long markers over it
        // there, with the same blending: the same pixels as drawing them onto the frame.
        GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
        glDisable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, *long_fbo_);
        glBlitFramebuffer(x0, y0, x0 + width, y0 + height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        glViewport(0, 0, width, height);
        for (size_t r = kRuns; r-- > kFirstLongRun;)
            if (runs_[r].count > 0)
                glDrawArrays(GL_POINTS, static_cast<GLint>(runs_[r].first), static_cast<GLsizei>(runs_[r].count));
        glViewport(x0, y0, width, height);
        if (scissor) glEnable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
        long_key_ = std::move(key);
    } else {
        long_reused_++;
    }
    // The scissor (the map's viewport) applies to the blit as to draws.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, *long_fbo_);
    glBlitFramebuffer(0, 0, width, height, x0, y0, x0 + width, y0 + height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fbo));
    CHRONOMAP_GL_CHECK("the long markers' cache");
    return true;
}

void EventLayer::set_shared_uniforms(ShaderProgram& program, const FrameContext& frame) {
    glUniform2f(program.uniform("u_center"), frame.center_x(), frame.center_y());
    glUniform1f(program.uniform("u_world_size"), frame.world_size());
    glUniform2f(program.uniform("u_viewport"), static_cast<float>(frame.device_width),
                static_cast<float>(frame.device_height));
    glUniform1f(program.uniform("u_pixel_scale"), frame.scale);
    // What is shown: the one rule (core/events/shown_rule.h), field for field.
    const GpuShownRule rule = gpu_shown_rule(frame.view, epoch_);
    glUniform2i(program.uniform("u_window"), rule.from, rule.until);
    glUniform1i(program.uniform("u_fade_before"), rule.fade_before);
    glUniform2ui(program.uniform("u_category_mask"), static_cast<GLuint>(rule.category_mask & 0xffffffffu),
                 static_cast<GLuint>(rule.category_mask >> 32));
    std::array<Color, 64> colors = marker_colors(frame);
    glUniform4fv(program.uniform("u_colors"), 64, &colors[0].r);
    const Color& outline = frame.palette.marker_outline;
    glUniform4f(program.uniform("u_outline"), outline.r, outline.g, outline.b, outline.a);
    const Color& selected = frame.palette.selection;
    glUniform4f(program.uniform("u_highlight_color"), selected.r, selected.g, selected.b, selected.a);
}

bool EventLayer::has_area_marker(size_t first, size_t count) const {
    auto at = std::lower_bound(area_markers_.begin(), area_markers_.end(), first);
    return at != area_markers_.end() && *at < first + count;
}

std::array<Color, 64> EventLayer::marker_colors(const FrameContext& frame) const {
    std::array<Color, 64> colors;
    const auto& categories = store_.categories();
    for (size_t c = 0; c < 64; ++c) {
        Rgba rgba = c < categories.size() ? drawn_category_color(categories[c]) : default_category_color(c);
        colors[c] = category_color_on(frame.palette, {rgba.r / 255.f, rgba.g / 255.f, rgba.b / 255.f});
        colors[c].a = rgba.a / 255.f;
    }
    return colors;
}

// The markers draw() drew, as circles (SVG, PDF export): the same runs in the same order,
// the shader's test (core/events/shown_rule.h) and its look (marker.frag.glsl), one
// group per category.
void EventLayer::record_markers(const FrameContext& frame, VectorRecord& record) {
    const GpuShownRule rule = gpu_shown_rule(frame.view, epoch_);
    std::array<Color, 64> colors = marker_colors(frame);
    const std::vector<SpotSlot> slots = colocated_slots(store_);
    const auto& categories = store_.categories();
    const float s = frame.scale, outline_width = 1.2f * s;
    const double size = frame.world_size();
    const auto& selection = frame.view.selection;
    auto selected = [&](size_t k) {
        return !selection.empty() &&
               std::find(selection.begin(), selection.end(), store_.id(store_index_[k])) != selection.end();
    };
    struct Halo {
        float x, y, r;
    };
    std::vector<Halo> halos;
    for (auto run = runs_.rbegin(); run != runs_.rend(); ++run)
        for (size_t k = run->first; k < run->first + run->count; ++k) {
            std::uint16_t bit = std::min<std::uint16_t>(category_[k], 63);
            if (!rule.shows(start_rel_[k], end_rel_[k], category_[k], buffer_filter_[k])) continue;
            size_t i = store_index_[k];
            MarkerVertex v = marker_vertex(store_, i, slots[i], epoch_);
            WorldPoint offset = offset_of_slot(slots[i]);
            auto x = static_cast<float>((v.x - frame.map.center.x) * size + frame.device_width / 2.0 + offset.x * s);
            auto y = static_cast<float>((v.y - frame.map.center.y) * size + frame.device_height / 2.0 + offset.y * s);
            float r = v.radius * s;
            auto right = static_cast<float>(frame.device_width), bottom = static_cast<float>(frame.device_height);
            // GL drops a point sprite whose centre is outside the viewport (points are clipped
            // by their vertex), so a marker cut by the frame's edge is not in the PNG: nor here.
            if (x < 0 || y < 0 || x > right || y > bottom) continue;
            Color color = colors[bit];
            float fade = color.a * (rule.fades(v.end) ? 0.3f : 1.f);
            auto with_alpha = [&](Color c, float a) { return c.a = a * fade, c; };
            Color outline = frame.palette.marker_outline;
            outline.a *= fade;
            bool ring = v.flags & 1u, area = v.flags & 2u;
            float fill_alpha = ring ? 0.18f : 0.82f;
            if (area) fill_alpha *= 0.45f;
            std::string group = category_[k] < categories.size() ? categories[category_[k]].label : "";
            VectorStyle body{.fill = with_alpha(color, fill_alpha), .stroke = outline, .stroke_width = outline_width};
            if (area) {  // dashed in its own colour: ten dashes around
                body.stroke = with_alpha(color, 0.95f);
                body.dash = body.gap = 3.14159265f * (r - outline_width / 2) / 10;
            }
            record.circle(group, x, y, r - outline_width / 2, body);
            if (ring) {
                float ring_width = std::max(2.5f * s, r * 0.28f);
                record.circle(group, x, y, r - outline_width - ring_width / 2,
                              {.stroke = with_alpha(color, 0.95f), .stroke_width = ring_width});
            }
            if (selected(k)) halos.push_back({x, y, r});
        }
    // The selection pass (u_highlight in marker.vert/frag): a ring 3 px wide whose outer edge
    // is 4 px beyond the marker's, above every marker.
    for (const auto& [x, y, r] : halos)
        record.circle("selection", x, y, r + 4 * s - 1.5f * s,
                      {.stroke = frame.palette.selection, .stroke_width = 3 * s});
}

void EventLayer::draw_density(const FrameContext& frame) {
    if (occupied_.x1 < 0) return;  // no event in the frame
    int cell = density_cell_pixels(frame), width = cells_width_, height = cells_height_;
    if (!density_texture_ || width != texture_width_ || height != texture_height_) {
        if (!density_texture_) density_texture_.emplace();
        texture_width_ = width, texture_height_ = height;
        glBindTexture(GL_TEXTURE_2D, *density_texture_);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }

    if (grid_changed_ || uploaded_ramp_ != frame.palette.density) upload_density_colors(frame);
    draw_density_texture(frame, cell);
    if (frame.vector) record_density(*frame.vector, frame, cell);
}

// The density texture as an image (SVG, PDF export): one pixel per cell, stretched smoothly
// over the frame as the GL texture is (linear filtering, texel centres at the cells'
// centres). The grid is already coloured on the CPU, so this is the PNG's picture, and a
// few hundred by a few hundred pixels instead of a path per cell.
void EventLayer::record_density(VectorRecord& record, const FrameContext& frame, int cell) const {
    Image image;
    image.width = cells_width_, image.height = cells_height_;
    image.rgba.resize(cell_colors_.size());
    for (int row = 0; row < cells_height_; ++row)  // GL's row 0 is the bottom one
        for (int column = 0; column < cells_width_; ++column) {
            const std::uint8_t* in = &cell_colors_[(static_cast<size_t>(row) * cells_width_ + column) * 4];
            std::uint8_t* out = &image.rgba[(static_cast<size_t>(cells_height_ - 1 - row) * cells_width_ + column) * 4];
            // Premultiplied in the texture, straight in the image.
            for (int c = 0; c < 3; ++c)
                out[c] = in[3] == 0 ? 0 : static_cast<std::uint8_t>(std::min(255, in[c] * 255 / in[3]));
            out[3] = in[3];
        }
    // The grid's bottom row lines up with the frame's bottom edge; its top row may be cut.
    auto w = static_cast<float>(cells_width_ * cell), h = static_cast<float>(cells_height_ * cell);
    record.image("density", std::move(image), 0, static_cast<float>(frame.device_height) - h, w, h);
}

// Colours the counted grid into the texture (only when the grid or the palette changed).
void EventLayer::upload_density_colors(const FrameContext& frame) {
    grid_changed_ = false, uploaded_ramp_ = frame.palette.density;
    // Colour on a log scale; the strongest colour for a cell holding many times the average
    // of the occupied cells, so single events stay visible next to busy towns.
    double occupied = 0, total = 0;
    for (float c : cell_counts_)
        if (c > 0) occupied += 1, total += c;
    double reference = std::max(8.0, occupied > 0 ? total / occupied * 6 : 8.0);
    double log_reference = std::log1p(reference);
    cell_colors_.resize(cell_counts_.size() * 4);
    const Color* ramp = frame.palette.density;
    for (size_t k = 0; k < cell_counts_.size(); ++k) {
        std::uint8_t* out = &cell_colors_[k * 4];
        if (cell_counts_[k] == 0) {
            out[0] = out[1] = out[2] = out[3] = 0;
            continue;
        }
        double t = std::min(1.0, std::log1p(cell_counts_[k]) / log_reference) * 3;
        int i = std::min(2, static_cast<int>(t));
        auto f = static_cast<float>(t - i);
        const Color &a = ramp[i], &b = ramp[i + 1];
        // Premultiplied, so that linear filtering does not darken edges.
        float alpha = a.a + (b.a - a.a) * f;
        out[0] = static_cast<std::uint8_t>(std::lround((a.r + (b.r - a.r) * f) * alpha * 255));
        out[1] = static_cast<std::uint8_t>(std::lround((a.g + (b.g - a.g) * f) * alpha * 255));
        out[2] = static_cast<std::uint8_t>(std::lround((a.b + (b.b - a.b) * f) * alpha * 255));
        out[3] = static_cast<std::uint8_t>(std::lround(alpha * 255));
    }
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, *density_texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, cells_width_, cells_height_, GL_RGBA, GL_UNSIGNED_BYTE, cell_colors_.data());
}

void EventLayer::draw_density_texture(const FrameContext& frame, int cell) {
    int width = cells_width_, height = cells_height_;
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, *density_texture_);
    gpu_->ramp_program.use();
    glUniform1i(gpu_->ramp_program.uniform("u_cells"), 0);
    // The grid's bottom row lines up with the frame's bottom edge.
    glUniform2f(gpu_->ramp_program.uniform("u_grid_pixels"), static_cast<float>(width * cell), static_cast<float>(height * cell));
    glUniform2f(gpu_->ramp_program.uniform("u_origin"), static_cast<float>(frame.origin_x), static_cast<float>(frame.origin_y));
    glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    // Only the occupied cells' box is drawn (one cell more each side, which linear filtering
    // reaches): on software GL every pixel covered costs, transparent or not.
    int x0 = std::max(0, (occupied_.x0 - 1) * cell), x1 = std::min(frame.device_width, (occupied_.x1 + 2) * cell);
    int y0 = std::max(0, (occupied_.y0 - 1) * cell), y1 = std::min(frame.device_height, (occupied_.y1 + 2) * cell);
    GLint scissor[4];
    glGetIntegerv(GL_SCISSOR_BOX, scissor);
    glScissor(frame.origin_x + x0, frame.origin_y + y0, x1 - x0, y1 - y0);
    glBindVertexArray(gpu_->empty_vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glScissor(scissor[0], scissor[1], scissor[2], scissor[3]);
    glBindVertexArray(0);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    CHRONOMAP_GL_CHECK("drawing the event density");
}

}  // namespace chronomap
