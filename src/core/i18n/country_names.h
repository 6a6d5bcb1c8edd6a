// Countries named as a reader says them, in the notes' languages: "Mali", "Émirats arabes
// unis", and where something is: "in Mali", "au Mali", "aux Émirats arabes unis", "à
// Chypre", "en Syrie". Names from i18n-iso-countries (country_names_table.inc, written by
// scripts/make_country_names.py); the French preposition by the rule in country_names.cpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/timeline/time_labels.h"

namespace chronomap {

struct CountryNameEntry {
    std::string_view code;  // ISO 3166-1 alpha-2
    std::string_view english;
    std::string_view french;
};

// Every country the table names, sorted by code (for tests and tools).
std::span<const CountryNameEntry> country_name_table();

// The short name in that language (English for en and iso); empty for an unknown code.
std::string_view country_name(std::string_view code, DateLanguage language);

// Where: "in Mali", "in the United Arab Emirates" / "au Mali", "aux Émirats arabes unis",
// "à Chypre", "en Syrie", "aux îles Cook". An unknown code (a user's "X1") stays a code:
// "in X1" / "dans le pays X1".
std::string in_country_phrase(std::string_view code, DateLanguage language);

}  // namespace chronomap
