// `chronomap render FILE --animate T0/T1 --step 1d [--window 7d] -o map.html`: a scrubbable
// map as one self-contained web page (src/web/map.*). Every frame is chronomap's own render
// (the date goes in the page, as text, rather than in the image), packed as a WebP data: URI;
// the page's timeline draws the events per step, and its tooltips use the events' screen
// positions computed here (the camera is pinned for the whole animation, as for a video).
#pragma once

#include <string>

#include "cli/render_animate.h"

namespace chronomap::cli {

int export_map_web_page(const std::string& file, const std::string& output, const std::string& geodata,
                        const ViewOptions& view_options, const SourceOptions& source,
                        const AnimateOptions& options, bool verbose);

}  // namespace chronomap::cli
