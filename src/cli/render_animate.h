// `chronomap render FILE --animate T0/T1 --step 1d [--window 7d] [--fps 30] [--cumulative]
// [--crossfade N] -o OUT.mp4|.webm|.gif|DIR/`: one frame per step, the date drawn in the frame.
#pragma once

#include <string>

#include "cli/view_options.h"
#include "core/sources/event_source.h"

namespace chronomap::cli {

struct AnimateOptions {
    std::string range, step = "1d", window;  // window empty: one step
    int fps = 30;
    int crossfade = 0;  // frames over which a series' change fades; 0: at once
    bool cumulative = false;
    bool web = false;  // --web: -o DIR/ is a web page folder (index.html, frames/*.webp)
};

void add_animate_options(Command command, AnimateOptions& options);

// `source` reads the file as a still render does (--map, --date-order, --layer).
int run_render_animation(const std::string& file, const std::string& output,
                         const std::string& geodata, const ViewOptions& view_options,
                         const SourceOptions& source, const AnimateOptions& options, bool verbose);

}  // namespace chronomap::cli
