// The view flags that `render` and `view` share, and how they become a ViewState.
#pragma once

#include <string>
#include <vector>

#include "cli/command_line.h"
#include "core/map/view_state.h"


namespace chronomap::cli {

// Empty means "not given": the value then comes from --state, or the ViewState default.
struct ViewOptions {
    std::string state, save_state;
    std::string size, scale, center, zoom, bbox, time, theme, title, layers, events_as, select;
    std::vector<std::string> overlays;  // --overlay FILE[:key=value,...], repeatable
    // Not part of the view: draw coordinates that contradict their place as written.
    bool keep_coordinates = false;
    std::string lang;  // --lang fr|en (cli_common.h)
};

void add_view_options(Command command, ViewOptions& options);

// The state the flags describe (on top of --state FILE when given), or an error naming the
// flag and what to write instead.
Parsed<ViewState> view_state_from_options(const ViewOptions& options);

// Writes the state to --save-state FILE when given; returns an error text or "".
std::string save_state_if_asked(const ViewOptions& options, const ViewState& view);

}  // namespace chronomap::cli
