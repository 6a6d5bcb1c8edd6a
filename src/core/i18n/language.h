// THE choice of the language chronomap shows a file in (menus, legends, dates, category
// labels): one function decides it, every command and panel asks it.
//   1. `--lang fr|en` on the command line, when given;
//   2. else the file's "lang" ("fr", "fr-FR", "en");
//   3. else guessed from the words of its title and category labels;
//   4. else DateLanguage::iso: English words, ISO 8601 dates.
// Display commands (render, view, present, info) fix it once with apply_display_language(),
// which writes it on the store, so every later display_language(store) gives the same answer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/events/event_store.h"
#include "core/timeline/time_labels.h"

namespace chronomap {

DateLanguage display_language(const EventStore& store, std::string_view requested = {});

// "fr" or "en" (any case, "fr-FR" too) -> the language; anything else -> nullopt (the caller
// says "--lang: use fr or en").
std::optional<DateLanguage> parse_language_option(std::string_view text);

// Resolves the language as above and fixes it on the store (its "lang" becomes that
// language). For display only: nothing writes the store back afterwards. Category labels
// are shown through category_label_in() (core/i18n/ui_words.h): ACLED "Battles" ->
// "Batailles".
DateLanguage apply_display_language(EventStore& store, std::string_view requested);

// "fr" / "en" / "" (iso).
std::string_view language_code(DateLanguage language);

}  // namespace chronomap
