// The view flags that `render` and `view` share, and how they become a ViewState.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/view_state.h"

namespace chronomap::cli {

struct ViewOptions {
    std::string size = "1600x1000", scale = "1", center, zoom, bbox, time, theme = "light", title, layers, events_as = "auto";
};

void add_view_options(CLI::App& command, ViewOptions& options);

// The state the flags describe, or an error naming the flag and what to write instead.
Parsed<ViewState> view_state_from_options(const ViewOptions& options);

}  // namespace chronomap::cli
