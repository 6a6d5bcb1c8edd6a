// A slide's view as a deck keeps it: at the deck's output size (not the explorer's map panel,
// 1094x652 on a laptop), with numbers a person can read and edit (coordinates to the pixel
// at that zoom, zoom to 1/100, dates at the precision of the window: "2017-09-28", never
// "2017-09-28T00:00:00Z"). docs/story-format.md promises decks pleasant to edit by hand.
#pragma once

#include <string>
#include <utility>

#include "core/story/story.h"
#include "core/map/web_mercator.h"

namespace chronomap {

// The size the deck's slides are shown and exported at: its first slide's, else a new
// view's default (1600x1000).
std::pair<int, int> deck_output_size(const Story& story);

// The view on screen (`shown`, at `view`'s size) as a slide of `story`: the camera pinned on
// what is shown, zoomed so the deck's size shows at least the same area, tidied.
ViewState deck_view(ViewState view, const MapView& shown, const Story& story);

// Rounds what no reader of the deck needs to the last digit: the camera's center and box to
// a pixel at its zoom, the zoom to 0.01, the time window to whole days when it spans two days
// or more (whole hours from two hours, else minutes).
ViewState tidy_view(ViewState view);

// An instant as short as it can be written exactly: "2017-09-28", "2017-09-28T06:30Z", or
// to the second.
std::string short_time_stamp(UnixSeconds instant);

}  // namespace chronomap
