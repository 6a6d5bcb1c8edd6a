// A file's own "places" table (docs/event-format.md, "Places") fed to the geocoder: its
// entries become user aliases, for this file only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/text/diagnostic.h"
#include "core/events/event_store.h"
#include "core/gazetteer/geocoder.h"

namespace chronomap {

// The geocoder to use for `store`: `shared` itself when the file has no places table, else
// `copy`, made from `shared` with the table added. The table is read from the store's
// source text; its bad entries are added to `problems` (`display_name` names the file).
const Geocoder& geocoder_with_file_places(const EventStore& store, const Geocoder& shared,
                                          const std::string& display_name, std::optional<Geocoder>& copy,
                                          std::vector<Diagnostic>& problems);

}  // namespace chronomap
