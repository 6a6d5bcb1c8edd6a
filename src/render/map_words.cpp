#include "render/map_words.h"

namespace chronomap {

const MapWords& map_words(DateLanguage language) {
    static const MapWords english{
        "All dates",
        "(all dates)",
        "No placed events",
        "No events in this time window",
        {"filled: exact date", "ring: span or approximate date", "size: fatalities"},
        {"density map: colour shows", "how many events per place", "(log scale, darker: more)"},
        "event",
        "events",
        ",",
        "more in the window, outside the map",
        "earlier, faded",
    };
    // French typography: a no-break space (U+00A0) before a colon.
    static const MapWords french{
        "Toutes dates",
        "(toutes dates)",
        "Aucun événement placé",
        "Aucun événement dans cette période",
        {"plein\u00a0: date exacte", "anneau\u00a0: période ou date approchée",
         "taille\u00a0: nombre de morts"},
        {"carte de densité\u00a0: la couleur", "dit combien d'événements par lieu",
         "(échelle log, foncé\u00a0: plus)"},
        "événement",
        "événements",
        "\u00a0",  // 1 430 650
        "de plus dans la période, hors de la carte",
        "antérieurs, estompés",
    };
    return language == DateLanguage::fr ? french : english;
}

std::string format_count(size_t count, const MapWords& words) {
    std::string digits = std::to_string(count), out;
    for (size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) out += words.thousands_separator;
        out += digits[k];
    }
    return out;
}

std::string event_count(size_t count, const MapWords& words) {
    return format_count(count, words) + " " + (count == 1 ? words.event_singular : words.event_plural);
}

}  // namespace chronomap
