// `chronomap present STORY.json --export story.html`: the deck as one self-contained web page
// (src/web/story.*): each slide's map rendered by chronomap at 1x and 2x without its caption
// panel, the title, caption and sources as real text beside it.
#pragma once

#include "cli/present.h"

namespace chronomap::cli {

int export_story_web_page(const PresentOptions& options, LoadedStory& loaded);

}  // namespace chronomap::cli
