// The explorer's session file (view --session FILE): the view state (camera, time window,
// mode, filters, selection, docs/view-state.md), the event file it shows and the timeline's
// visible range, as JSON. Read on start, written atomically on quit; both here.
#pragma once

#include <string>

#include "core/timeline/timeline_axis.h"
#include "core/map/view_state.h"

namespace chronomap {

struct Session {
    ViewState view;
    std::string file;                 // the event file shown
    timeline::VisibleRange timeline;  // the timeline's visible range
};

// Reads `path` into `view` and, when `file` is still empty, `file`. A missing file is no
// error (it is created on quit). False with `error` set when the file is not a session.
bool read_session(const std::string& path, ViewState& view, std::string& file, std::string& error);

// Writes the session atomically (never half a file); returns an error text or "".
std::string write_session(const std::string& path, const Session& session);

}  // namespace chronomap
