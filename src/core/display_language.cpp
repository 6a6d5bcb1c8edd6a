#include "core/display_language.h"

#include "core/timeline/time_labels.h"

namespace chronomap {

NameLanguage display_language(const EventStore& store, std::string_view requested) {
    NameLanguage language = NameLanguage::en;
    if (parse_name_language(requested, language)) return language;
    return date_language_of(store) == DateLanguage::fr ? NameLanguage::fr : NameLanguage::en;
}

}  // namespace chronomap
