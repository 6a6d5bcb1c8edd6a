#include "render/map_words.h"

namespace chronomap {
namespace {
MapWords words_in(DateLanguage l) {
    return {l,
            word(UiWord::map_all_dates, l),
            word(UiWord::map_all_dates_suffix, l),
            word(UiWord::map_no_placed_events, l),
            word(UiWord::map_no_events_in_window, l),
            {word(UiWord::map_note_filled, l), word(UiWord::map_note_ring, l), word(UiWord::map_note_size, l)},
            {word(UiWord::map_density_1, l), word(UiWord::map_density_2, l), word(UiWord::map_density_3, l)},
            word(UiWord::event_singular, l),
            word(UiWord::event_plural, l),
            word(UiWord::thousands_separator, l),
            word(UiWord::map_outside_view, l),
            word(UiWord::map_earlier, l)};
}
}  // namespace

const MapWords& map_words(DateLanguage language) {
    static const MapWords english = words_in(DateLanguage::en), french = words_in(DateLanguage::fr);
    return language == DateLanguage::fr ? french : english;
}

}  // namespace chronomap
