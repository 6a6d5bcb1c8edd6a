#include "cli/server_frames.h"

#include <cstdio>
#include <ostream>

#include "cli/frame_recorder.h"
#include "cli/render_server.h"
#include "core/camera/camera_controller.h"
#include "core/i18n/language.h"
#include "core/sources/source_uri.h"
#include "postgis/postgis_source.h"

namespace chronomap::cli {

ServerFrames::ServerFrames(const std::string& uri, std::vector<SourceQuery> frames, ServerFramesOptions options)
    : shown_(redact_password(uri)), options_(std::move(options)) {
    windows_ = std::make_unique<FrameWindows>(postgis::make_postgis_source(uri, options_.source), std::move(frames),
                                              WindowLimits{}, [this](EventStore& store) { place(store); });
}

// On the worker: the window's events placed as a file's are (one geocoder for all windows).
void ServerFrames::place(EventStore& store) {
    std::vector<Diagnostic> problems;
    PlacementReport report;
    if (!geocoder_ && !geocoder_failed_) {
        try {
            geocoder_.emplace(Geocoder::open(options_.geodata));
        } catch (const std::exception& e) {
            geocoder_failed_ = true;
            problems.push_back({Severity::warning, shown_, 0, 0, "", std::string("events are not geocoded: ") + e.what(), ""});
        }
    }
    if (geocoder_)
        report = place_for_drawing(store, *geocoder_, options_.geodata, shown_, problems, options_.placement);
    else
        report = count_placement(store);
    apply_display_language(store, options_.lang);
    std::lock_guard lock(mutex_);
    to_geocode_ += report.to_geocode;
    has_problems_ = has_problems_ || report.has_problems();
    // Windows of a run overlap: a correction met twice is said once.
    for (Diagnostic& d : problems)
        if (said_.insert(d.format()).second) problems_.push_back(std::move(d));
}

const FrameWindow& ServerFrames::frame(size_t k) {
    std::shared_ptr<const FrameWindow> window = windows_->frame(k);
    if (!window->content.rows.store) {
        const std::vector<Diagnostic>& said = window->content.rows.diagnostics;
        std::string why = said.empty() ? "no answer" : said.front().message;
        if (!said.empty() && !said.front().hint.empty()) why += " (" + said.front().hint + ")";
        throw FrameSourceError("frame " + std::to_string(k + 1) + ": the events of " + shown_ +
                               " could not be had, asked twice: " + why);
    }
    current_ = std::move(window);
    return *current_;
}

void ServerFrames::show(size_t k, MapRenderer& renderer, const std::optional<GeoBox>& events_box, CaptionLayer* caption) {
    frame(k);
    if (current_ == drawn_) return;  // a run of frames draws one window
    const EventStore& store = *current_->content.rows.store;
    renderer.replace_store(store, events_box);
    renderer.set_density_grid(current_->content.grid);
    if (caption) caption->set_store(store);
    drawn_ = current_;  // the window drawn before is freed only now, the renderer done with it
}

void ServerFrames::show(size_t k, std::span<const Drawer> drawers, const std::optional<GeoBox>& events_box) {
    frame(k);
    if (current_ == drawn_) return;
    for (const Drawer& drawer : drawers) {
        drawer.target->begin_frame();
        drawer.renderer->replace_store(*current_->content.rows.store, events_box);
        drawer.renderer->set_density_grid(current_->content.grid);
    }
    drawn_ = current_;
}

bool ServerFrames::report_placement(std::ostream& out) const {
    std::lock_guard lock(mutex_);
    for (const Diagnostic& d : problems_) out << d.format() << "\n";
    if (to_geocode_ > 0)
        out << shown_ << ": warning: events of the frames name places that could not be placed; they are not drawn\n"
            << "  hint: `chronomap info` on the table counts them; the Review tab of `chronomap view` places them\n";
    return has_problems_;
}

std::string ServerFrames::describe_fetching() const {
    FrameFetchStats s = windows_->stats();
    char text[200];
    std::snprintf(text, sizeof text, "fetched %zu rows in %zu queries (at most %zu rows at once), %zu grids, %zu retries",
                  s.rows, s.queries, s.most_rows, s.grids, s.retries);
    return text;
}

std::unique_ptr<ServerFrames> animation_frames(const std::string& uri, ViewState& view, const AnimationPlan& plan,
                                               const std::optional<GeoBox>& table_box, ServerFramesOptions options) {
    view = camera::pinned(view, resolve_map_view(view, table_box));
    std::vector<SourceQuery> queries;
    ViewState frame_view = view;
    for (size_t k = 0; k < animation_frame_count(plan); ++k) {
        frame_view.time = animation_window(plan, k);
        queries.push_back(still_query(frame_view, table_box));
    }
    return std::make_unique<ServerFrames>(uri, std::move(queries), std::move(options));
}

}  // namespace chronomap::cli
