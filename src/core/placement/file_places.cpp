#include "core/placement/file_places.h"

#include "core/gazetteer/places_table.h"

namespace chronomap {

const Geocoder& geocoder_with_file_places(const EventStore& store, const Geocoder& shared,
                                          const std::string& display_name, std::optional<Geocoder>& copy,
                                          std::vector<Diagnostic>& problems) {
    AliasTable file_places;
    auto table_problems = read_places_table(store.places_json(), display_name, file_places);
    problems.insert(problems.end(), table_problems.begin(), table_problems.end());
    if (file_places.empty()) return shared;
    copy.emplace(shared);
    copy->add_aliases(file_places);
    return *copy;
}

}  // namespace chronomap
