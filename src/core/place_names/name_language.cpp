#include "core/place_names/name_language.h"

#include "core/i18n/language.h"

namespace chronomap {

NameLanguage name_language(const EventStore& store, std::string_view requested) {
    return display_language(store, requested) == DateLanguage::fr ? NameLanguage::fr : NameLanguage::en;
}

}  // namespace chronomap
