// The geocoder's notes and evidence ("no place of that name in the gazetteer ...", "alternate
// name; the only place of the name in the country") as message ids plus arguments, so the
// explorer says them in the reader's language. GeocodeResult keeps its English `note` and
// `evidence` strings (CLI output and geocode JSON): they are these parts rendered in English.
// Entries take "%s" arguments only, the same number in both languages
// (tests/core/geocode_notes_test.cpp checks it, and that no entry lacks a language).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/timeline/time_labels.h"

namespace chronomap {

// X(id, English, French). French as ui_words writes it: « » quotes and a non-breaking space
// before : ; ? (U+00A0).
#define CHRONOMAP_GEOCODE_NOTES(X)                                                                             \
    /* how parts are put together */                                                                          \
    X(verbatim, "%s", "%s")             /* a name, a code, a number: the same in every language */           \
    X(list, ", ", ", ")                 /* its arguments, joined by this */                                  \
    X(separator, "; ", "\u00a0; ")      /* between the parts of a note or of the evidence */                 \
    X(nothing, "", "")                  /* an optional fragment left out */                                  \
    X(english_or_french, "%s", "%s")    /* args {English name, French name}: the French one for a French    \
                                           reader when there is one ("Gouvernorat d'Alep") */                \
    X(in_named_country, "in %s", "en %s") /* args {ISO code}: rendered by in_country_phrase() ("in Mali",  \
                                             "au Mali", "aux Émirats arabes unis", core/i18n/country_names.h) */ \
    /* what a name that is not a point names */                                                               \
    X(kind_road, "a road", "une route")                                                                       \
    X(kind_region, "a region", "une région")                                                                  \
    X(kind_desert, "a desert or mountains", "un désert ou des montagnes")                                     \
    X(kind_water, "a river, lake or sea", "un fleuve, un lac ou une mer")                                     \
    X(kind_front, "a front or border", "un front ou une frontière")                                           \
    /* compass points of "20 km SE of" */                                                                     \
    X(compass_n, "N", "N")                                                                                    \
    X(compass_ne, "NE", "NE")                                                                                 \
    X(compass_e, "E", "E")                                                                                    \
    X(compass_se, "SE", "SE")                                                                                 \
    X(compass_s, "S", "S")                                                                                    \
    X(compass_sw, "SW", "SO")                                                                                 \
    X(compass_w, "W", "O")                                                                                    \
    X(compass_nw, "NW", "NO")                                                                                 \
    /* the name itself */                                                                                     \
    X(name_too_long, "the name is %s bytes long; a place name is at most %s bytes",                          \
      "le nom fait %s octets\u00a0; un nom de lieu en fait au plus %s")                                      \
    X(name_not_utf8, "the name is not valid UTF-8; save the file as UTF-8",                                  \
      "le nom n'est pas en UTF-8 valide\u00a0; enregistrez le fichier en UTF-8")                             \
    X(name_empty, "empty name", "nom vide")                                                                   \
    /* hints */                                                                                               \
    X(unknown_country,                                                                                        \
      "unknown country \"%s\" ignored; write an ISO code (SY) or a country name (Syrie, Syria, Syrien)",      \
      "pays inconnu «\u00a0%s\u00a0» ignoré\u00a0; écrivez un code ISO (SY) ou un nom de pays (Syrie, "      \
      "Syria, Syrien)")                                                                                       \
    X(unknown_region,                                                                                         \
      "unknown region \"%s\"%s ignored; write a governorate or province as the press does (Idleb, Daraa, "    \
      "Hadramawt)",                                                                                           \
      "région inconnue «\u00a0%s\u00a0»%s ignorée\u00a0; écrivez un gouvernorat ou une province comme la "   \
      "presse (Idleb, Deraa, Hadramaout)")                                                                    \
    X(in_country, " %s", " %s") /* args {in_named_country} */                                                \
    X(district_no_name, "district \"%s\" ignored: no name in it",                                            \
      "district «\u00a0%s\u00a0» ignoré\u00a0: il ne contient aucun nom")                                    \
    X(district_no_seat,                                                                                       \
      "district \"%s\" ignored: no town of that name%s is known as its seat%s; write the district as named "  \
      "after its seat town (Abu Kamal, Al-Mayadin)",                                                          \
      "district «\u00a0%s\u00a0» ignoré\u00a0: aucune ville de ce nom%s n'est connue comme son "             \
      "chef-lieu%s\u00a0; nommez le district d'après son chef-lieu (Abu Kamal, Al-Mayadin)")                 \
    X(it_may_be, " (it may be %s)", " (c'est peut-être %s)")                                                  \
    X(district_not_seat, "district \"%s\" ignored: %s is not the seat of a district",                        \
      "district «\u00a0%s\u00a0» ignoré\u00a0: %s n'est pas le chef-lieu d'un district")                     \
    /* not a point */                                                                                         \
    X(area_alias, "not a point: %s (%s); give the event \"coordinates\" or the name of a town",              \
      "pas un point\u00a0: %s (%s)\u00a0; donnez à l'événement des coordonnées («\u00a0coordinates\u00a0») " \
      "ou le nom d'une ville")                                                                                \
    X(names_a_kind, "not a point: \"%s\" names %s; give the event \"coordinates\" or the name of a town",    \
      "pas un point\u00a0: «\u00a0%s\u00a0» désigne %s\u00a0; donnez à l'événement des coordonnées "         \
      "(«\u00a0coordinates\u00a0») ou le nom d'une ville")                                                    \
    X(line_between,                                                                                           \
      "not a point: a line between %s and %s (a road or a front); give the event \"coordinates\"",           \
      "pas un point\u00a0: une ligne entre %s et %s (une route ou un front)\u00a0; donnez à l'événement "     \
      "des coordonnées («\u00a0coordinates\u00a0»)")                                                          \
    /* nothing found where the user says */                                                                   \
    X(not_in_gazetteer, "no place of that name in the gazetteer; add it with --aliases or a \"places\" entry", \
      "aucun lieu de ce nom dans le répertoire des lieux\u00a0; ajoutez-le avec --aliases ou une entrée "     \
      "«\u00a0places\u00a0»")                                                                                 \
    /* a country's %s is in_named_country: "in Mali" / "au Mali" */                                          \
    X(not_in_country_nor_like,                                                                                \
      "no place of that name %s; nothing of a like name either: click its place on the map or add it to "     \
      "your gazetteer",                                                                                       \
      "aucun lieu de ce nom %s\u00a0; rien d'un nom approchant non plus\u00a0: cliquez son "                  \
      "emplacement sur la carte ou ajoutez-le à votre répertoire des lieux")                                  \
    X(not_in_country_found_near, "no place of that name %s; found near it: %s",                              \
      "aucun lieu de ce nom %s\u00a0; trouvé à proximité\u00a0: %s")                                          \
    X(not_in_country_only_far,                                                                                \
      "no place of that name %s nor within %s km of it (the nearest that bears it, %s, is %s km from it): "   \
      "click its place on the map or add it to your gazetteer",                                              \
      "aucun lieu de ce nom %s ni à moins de %s\u00a0km (le plus proche qui le porte, %s, en est à "          \
      "%s\u00a0km)\u00a0: cliquez son emplacement sur la carte ou ajoutez-le à votre répertoire des lieux")   \
    X(not_in_region, "no place of that name in %s; found in other regions: %s",                              \
      "aucun lieu de ce nom dans %s\u00a0; trouvé dans d'autres régions\u00a0: %s")                          \
    X(candidate_in_region, "%s in %s", "%s dans %s")                                                              \
    X(not_near_district_seat,                                                                                 \
      "no place of that name within %s km of %s, the seat of the district \"%s\"; found: %s",               \
      "aucun lieu de ce nom à moins de %s\u00a0km de %s, chef-lieu du district «\u00a0%s\u00a0»\u00a0; "     \
      "trouvé\u00a0: %s")                                                                                     \
    X(candidate_km_away, "%s %s km away", "%s à %s\u00a0km")                                                  \
    /* why a match is not sure */                                                                             \
    X(aliases_disagree, "several places match: %s and %s; make the aliases agree",                            \
      "plusieurs lieux correspondent\u00a0: %s et %s\u00a0; mettez les alias d'accord")                      \
    X(several_add_country, "several places match: %s and %s; add a country or name the place with --aliases", \
      "plusieurs lieux correspondent\u00a0: %s et %s\u00a0; ajoutez un pays ou nommez le lieu avec --aliases") \
    X(several_in_country, "several places match: %s and %s or name the place with --aliases",                \
      "plusieurs lieux correspondent\u00a0: %s et %s\u00a0; nommez le lieu avec --aliases")                  \
    X(near_spelling_add_region,                                                                               \
      "did you mean %s? only a near spelling matches; add the region or confirm it with --aliases",          \
      "vouliez-vous dire %s\u00a0? seule une orthographe proche correspond\u00a0; ajoutez la région ou "     \
      "confirmez-le avec --aliases")                                                                          \
    X(near_spelling_add_country_region,                                                                       \
      "did you mean %s? only a near spelling matches; add a country and region or confirm it with --aliases", \
      "vouliez-vous dire %s\u00a0? seule une orthographe proche correspond\u00a0; ajoutez un pays et une "   \
      "région ou confirmez-le avec --aliases")                                                                \
    X(unknown_size, "only a place of unknown size matches: %s; add the region to confirm it",                \
      "seul un lieu de taille inconnue correspond\u00a0: %s\u00a0; ajoutez la région pour le confirmer")     \
    X(unknown_size_town_abroad,                                                                               \
      "only a place of unknown size matches: %s (while %s is a town of the name); add the region to "        \
      "confirm it",                                                                                           \
      "seul un lieu de taille inconnue correspond\u00a0: %s (alors que %s est une ville de ce nom)\u00a0; "  \
      "ajoutez la région pour le confirmer")                                                                  \
    X(look_alike_city_abroad,                                                                                 \
      "did you mean %s? only a look-alike matches there, while %s bears the name as written; check the "   \
      "country or add the region",                                                                           \
      "vouliez-vous dire %s\u00a0? seule une orthographe voisine y correspond, alors que %s porte ce nom "   \
      "tel qu'écrit\u00a0; vérifiez le pays ou ajoutez la région")                                         \
    X(similar_spelling_add_region,                                                                            \
      "did you mean %s? only a similar spelling matches; add the region or confirm it with --aliases",       \
      "vouliez-vous dire %s\u00a0? seule une orthographe voisine correspond\u00a0; ajoutez la région ou "    \
      "confirmez-le avec --aliases")                                                                          \
    X(similar_spelling_add_country,                                                                           \
      "did you mean %s? only a similar spelling matches; add a country to confirm it",                       \
      "vouliez-vous dire %s\u00a0? seule une orthographe voisine correspond\u00a0; ajoutez un pays pour le " \
      "confirmer")                                                                                            \
    X(unread_region_village,                                                                                  \
      "only %s matches, a small town or a place of unknown size, and the region given was not understood to " \
      "confirm it; write the region's usual name (Rif Dimashq, Donetsk Oblast)",                              \
      "seul %s correspond, une petite ville ou un lieu de taille inconnue, et la région donnée n'a pas été "  \
      "comprise pour le confirmer\u00a0; écrivez le nom usuel de la région (Rif Dimachq, oblast de Donetsk)") \
    X(small_place, "only a small place matches: %s; add a country to confirm it",                            \
      "seule une petite localité correspond\u00a0: %s\u00a0; ajoutez un pays pour la confirmer")             \
    X(short_alternate, "a short name that is an alternate name of %s; add a country to confirm it",          \
      "un nom court, autre nom de %s\u00a0; ajoutez un pays pour le confirmer")                              \
    X(also_name_of, "%s is also the name of %s; add a country",                                               \
      "%s est aussi le nom de %s\u00a0; ajoutez un pays")                                                     \
    X(written_so_elsewhere, "\"%s\" (%s) is written so, %s only similarly; add a country",                   \
      "«\u00a0%s\u00a0» (%s) s'écrit ainsi, %s seulement de façon voisine\u00a0; ajoutez un pays")           \
    X(from_user_gazetteer, "from %s", "d'après %s")                                                           \
    /* "près de Homs", "à 20 km au sud-est de Syrte" */                                                       \
    X(near_said, "\"%s\" is near \"%s\"", "«\u00a0%s\u00a0» est près de «\u00a0%s\u00a0»")                   \
    X(near_placed, "\"%s\" is near \"%s\": placed at %s, precision \"near\"",                                \
      "«\u00a0%s\u00a0» est près de «\u00a0%s\u00a0»\u00a0: placé à %s, précision «\u00a0near\u00a0»")       \
    X(near_offset,                                                                                            \
      "\"%s\" is %s km %s of \"%s\": placed at %s, that offset from %s, precision \"near\" (within about %s " \
      "km)",                                                                                                  \
      "«\u00a0%s\u00a0» est à %s\u00a0km au %s de «\u00a0%s\u00a0»\u00a0: placé en %s, à ce décalage de %s, " \
      "précision «\u00a0near\u00a0» (à %s\u00a0km près environ)")                                             \
    X(near_no_direction,                                                                                      \
      "\"%s\" is %s km from \"%s\" in no direction given: not placed (write the direction, \"au sud-est "    \
      "de\", or \"coordinates\")",                                                                            \
      "«\u00a0%s\u00a0» est à %s\u00a0km de «\u00a0%s\u00a0» sans direction\u00a0: non placé (écrivez la "   \
      "direction, «\u00a0au sud-est de\u00a0», ou des coordonnées «\u00a0coordinates\u00a0»)")               \
    /* evidence: what decided a resolved place */                                                             \
    X(method_exact, "main name", "nom principal")                                                             \
    X(method_alternate, "alternate name", "autre nom")                                                        \
    X(method_alias, "alias", "alias")                                                                         \
    X(method_folded, "similar spelling", "orthographe voisine")                                               \
    X(method_fuzzy, "near spelling", "orthographe proche")                                                    \
    X(said_country, "%s", "%s") /* args {in_named_country} */                                                                  \
    X(said_district, "district of %s (%s km from its seat)", "district de %s (à %s\u00a0km de son chef-lieu)") \
    X(said_alias, "named so by an alias", "nommé ainsi par un alias")                                        \
    X(said_french_spelling, "a French spelling of \"%s\"", "une graphie française de «\u00a0%s\u00a0»")      \
    X(said_european_spelling, "a German, Dutch or Spanish spelling of \"%s\"",                          \
      "une graphie allemande, néerlandaise ou espagnole de «\u00a0%s\u00a0»")                                \
    X(said_other_form, "read as \"%s\", another way to write it", "lu «\u00a0%s\u00a0», une autre façon de l'écrire") \
    X(said_parenthesized, "read as \"%s\", with \"%s\" in parentheses as its country, region or other name",   \
      "lu «\u00a0%s\u00a0», avec «\u00a0%s\u00a0» entre parenthèses pour pays, région ou autre nom")          \
    X(said_town_word, "the town \"%s\", named with a word for it (city, town, ville, camp)",                 \
      "la ville de «\u00a0%s\u00a0», nommée avec un mot qui la désigne (ville, city, camp)")               \
    X(said_near_curated, "one letter from \"%s\", a place GeoNames lacks, the only one so written in the country", \
      "à une lettre de «\u00a0%s\u00a0», un lieu absent de GeoNames, le seul écrit ainsi dans le pays")           \
    X(said_far_larger_than_any, "a name of %s, far larger than any other place of the name (%s)",            \
      "un nom de %s, bien plus grand que tout autre lieu de ce nom (%s)")                                    \
    X(said_far_larger_than, "a name of %s, far larger than %s", "un nom de %s, bien plus grand que %s")      \
    X(said_one_letter_in_region, "one letter from its name, in the region given",                            \
      "à une lettre près de son nom, dans la région indiquée")                                                \
    /* "%s" of the next four: in_named_country or where_file_region */                                      \
    X(said_one_vowel_only_town, "one vowel from its name; the only town so named %s",                        \
      "à une voyelle près de son nom\u00a0; la seule ville de ce nom %s")                                    \
    X(said_only_place_size_unknown, "the only place of the name %s (size unknown)",                          \
      "le seul lieu de ce nom %s (taille inconnue)")                                                          \
    X(said_in_region_given, "in the region given", "dans la région indiquée")                                \
    X(said_only_place, "the only place of the name %s", "le seul lieu de ce nom %s")                         \
    X(said_ahead_of, "ahead of %s", "devant %s")                                                              \
    X(where_file_region, "in the region of the file's other places",                                         \
      "dans la région des autres lieux du fichier")                                                           \
    X(said_similar_in_region, "a similar spelling, in the region given",                                     \
      "une orthographe voisine, dans la région indiquée")                                                     \
    X(said_similar_long_name, "a similar spelling of a long name", "une orthographe voisine d'un nom long")  \
    X(said_similar_town_name, "a similar spelling of a town's name", "une orthographe voisine du nom d'une ville") \
    X(said_similar_only_town, "a similar spelling of the only town so named %s",                             \
      "une orthographe voisine de la seule ville de ce nom %s")                                               \
    X(said_short_city_name, "a short name of a city that no other place bears",                              \
      "un nom court de ville qu'aucun autre lieu ne porte")                                                   \
    X(said_alternate_unique, "an alternate name, no other place bears it",                                   \
      "un autre nom, qu'aucun autre lieu ne porte")                                                           \
    X(said_similar_city_dominant, "a similar spelling of a city a hundred times larger than any other place so spelled", \
      "une orthographe voisine d'une ville cent fois plus grande que tout autre lieu écrit ainsi")                  \
    X(said_similar_none_written, "a similar spelling of a town's name, no place is written so",              \
      "une orthographe voisine du nom d'une ville, aucun lieu ne s'écrit ainsi")                              \
    X(said_no_other, "no other place of the name", "aucun autre lieu de ce nom")                             \
    X(said_context_km, "%s km from the file's other places%s", "à %s\u00a0km des autres lieux du fichier%s") \
    X(far_from, ", far from %s", ", loin de %s")                                                              \
    /* the same findings as the explorer's Review tab says them: its buttons, not --aliases (for_review) */   \
    X(not_in_gazetteer_review,                                                                                \
      "no place of that name in the gazetteer: click its place on the map or add it to your gazetteer",       \
      "aucun lieu de ce nom dans le répertoire des lieux\u00a0: cliquez son emplacement sur la carte ou "    \
      "ajoutez-le à votre répertoire des lieux")                                                              \
    X(several_review, "several places match: %s and %s; use the one meant below, or click its place on the map", \
      "plusieurs lieux correspondent\u00a0: %s et %s\u00a0; utilisez ci-dessous celui qui convient, ou "     \
      "cliquez son emplacement sur la carte")                                                                 \
    X(near_spelling_review,                                                                                   \
      "did you mean %s? only a near spelling matches; use it below if it is the place meant, or click its "   \
      "place on the map",                                                                                     \
      "vouliez-vous dire %s\u00a0? seule une orthographe proche correspond\u00a0; utilisez-le ci-dessous "   \
      "si c'est bien ce lieu, ou cliquez son emplacement sur la carte")                                       \
    X(similar_spelling_review,                                                                                \
      "did you mean %s? only a similar spelling matches; use it below if it is the place meant, or click "   \
      "its place on the map",                                                                                 \
      "vouliez-vous dire %s\u00a0? seule une orthographe voisine correspond\u00a0; utilisez-le ci-dessous " \
      "si c'est bien ce lieu, ou cliquez son emplacement sur la carte")

enum class GeocodeNote : std::uint8_t {
#define CHRONOMAP_GEOCODE_NOTE_ID(id, en, fr) id,
    CHRONOMAP_GEOCODE_NOTES(CHRONOMAP_GEOCODE_NOTE_ID)
#undef CHRONOMAP_GEOCODE_NOTE_ID
};

struct GeocodeNoteEntry {
    std::string_view id;
    const char* english;
    const char* french;
};

// The catalog, in id order (for the test and for tools).
std::span<const GeocodeNoteEntry> geocode_note_table();

// One message: an id and its arguments, themselves messages (a place's name is `verbatim`).
struct NoteText {
    GeocodeNote id = GeocodeNote::verbatim;
    std::string text;            // verbatim only
    std::vector<NoteText> args;  // one per "%s" (list: any number)

    NoteText() = default;
    NoteText(std::string verbatim_text) : text(std::move(verbatim_text)) {}  // NOLINT: a name is a message
    NoteText(const char* verbatim_text) : text(verbatim_text) {}            // NOLINT
    NoteText(GeocodeNote message, std::vector<NoteText> arguments = {})
        : id(message), args(std::move(arguments)) {}
};

// Where a country is, in the reader's words: "in Mali", "au Mali" (the code: "ML").
inline NoteText in_named_country(std::string_view code) {
    return NoteText(GeocodeNote::in_named_country, {std::string(code)});
}

// The message in that language (English for en and iso).
std::string render_note(const NoteText& note, DateLanguage language);
// Parts joined by the separator: "...; ..." / "...\u00a0; ...".
std::string render_notes(std::span<const NoteText> parts, DateLanguage language);

// The parts as the explorer's Review tab says them: a note that tells a command-line user
// "name the place with --aliases" says instead what the tab's buttons do ("use the one meant
// below, or click its place on the map"). Other parts are left as they are.
std::vector<NoteText> for_review(std::span<const NoteText> parts);

}  // namespace chronomap
