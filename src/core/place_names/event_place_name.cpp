#include "core/place_names/event_place_name.h"

#include <iostream>

namespace chronomap {

std::string event_place_name(const EventStore& store, size_t i, const ExonymTable& exonyms,
                             NameLanguage language) {
    if (const EventStore::KnownPlace* place = store.known_place(i))
        return display_name(exonyms, place->geonameid, place->name, place->country, language);
    return std::string(store.place_name(i));
}

std::shared_ptr<const ExonymTable> load_exonyms(const std::filesystem::path& geodata) {
    std::vector<Diagnostic> problems;
    auto table = std::make_shared<const ExonymTable>(
        ExonymTable::read(geodata / ExonymTable::kFileName, problems));
    for (const Diagnostic& d : problems) std::cerr << "chronomap: place names: " << d.format() << "\n";
    return table;
}

}  // namespace chronomap
