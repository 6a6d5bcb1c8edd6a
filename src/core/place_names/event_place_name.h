// The name an event's place goes by wherever chronomap shows it (map labels, the details
// panel): the display name (exonyms.h) of the GeoNames place the geocoder found for it, so
// the label agrees with the basemap ("Tadmor" is labelled "Palmyre" on a French map); else
// the place as the file writes it (user coordinates name their own place).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/events/event_store.h"
#include "core/place_names/exonyms.h"

namespace chronomap {

std::string event_place_name(const EventStore& store, size_t i, const ExonymTable& exonyms,
                             NameLanguage language);

// GEODATA/exonyms.tsv, read once; a missing or bad table is said once on stderr and the
// names fall back to the machine rule (never fails).
std::shared_ptr<const ExonymTable> load_exonyms(const std::filesystem::path& geodata);

}  // namespace chronomap
