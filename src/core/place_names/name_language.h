// The language of a map's place names (core/place_names/exonyms.h): the one the file is shown
// in (core/i18n/language.h decides it: --lang, else the file's "lang", else a guess), French
// names for French, English names otherwise.
#pragma once

#include <string_view>

#include "core/events/event_store.h"
#include "core/place_names/exonyms.h"

namespace chronomap {

NameLanguage name_language(const EventStore& store, std::string_view requested = {});

}  // namespace chronomap
