// The map's own words (title panel, legend, notes) in the file's language, gathered from the
// one table of words (core/i18n/ui_words.h) for the layers that draw them. Dates come from
// core/timeline/time_labels.h in the same language.
#pragma once

#include <cstddef>
#include <string>

#include "core/i18n/ui_words.h"
#include "core/timeline/time_labels.h"

namespace chronomap {

struct MapWords {
    DateLanguage language;
    const char* all_dates;         // the title panel's caption without a window
    const char* all_dates_suffix;  // after the events' extent: "(all dates)"
    const char* no_placed_events;
    const char* no_events_in_window;  // the legend's heading and the note on the map
    const char* marker_notes[3];
    const char* density_notes[3];
    const char* event_singular;
    const char* event_plural;
    const char* thousands_separator;  // "," in English, a no-break space in French
    // The legend counts what the map shows; after a count, what it leaves out.
    const char* outside_view_suffix;  // "more in the window, outside the map"
    const char* earlier_suffix;       // "earlier, faded" (cumulative)
};

const MapWords& map_words(DateLanguage language);
// "1,430,650" / "1 430 650" (core/i18n/ui_words.h).
inline std::string format_count(size_t count, const MapWords& words) { return format_count(count, words.language); }
// "1 event", "12 events" / "1 événement", "12 événements".
inline std::string event_count(size_t count, const MapWords& words) { return event_count(count, words.language); }

}  // namespace chronomap
