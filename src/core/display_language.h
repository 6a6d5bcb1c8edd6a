// The map's language: which names (core/place_names/exonyms.h) a map, its labels, the details
// panel and captions use. The one seam for it: a `--lang fr|en` option, when a command has
// one, is passed as `requested` and wins; otherwise the event file's "lang", or the language
// guessed from its title and category labels (core/timeline/time_labels.h); English when
// nothing tells.
#pragma once

#include <string_view>

#include "core/event_store.h"
#include "core/place_names/exonyms.h"

namespace chronomap {

NameLanguage display_language(const EventStore& store, std::string_view requested = {});

}  // namespace chronomap
