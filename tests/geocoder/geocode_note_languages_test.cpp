// The geocoder's notes on real lookups, in the reader's language: the English is the note
// chronomap has always written (CLI, geocode JSON), byte for byte; the French is French.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/gazetteer/geocoder.h"
#include "core/i18n/country_names.h"
#include "geocoder/geocoder_test_support.h"

using namespace chronomap;
using chronomap::test::real_geocoder;

namespace {
struct Case {
    const char* name;
    const char* country;
    const char* region;
    const char* english;  // as `chronomap lookup --json` wrote it before notes had ids
    const char* french;
};

GeocodeResult look(const Case& c) { return real_geocoder().lookup(c.name, PlaceHints{c.country, c.region, {}}); }

// The words of an English note that must not survive in its French rendering.
bool has_english_words(const std::string& text) {
    for (const char* w : {" the ", "place of", " of ", " name ", " add ", "ignored", "matches", " is ", "found"})
        if (text.find(w) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("The geocoder's notes on real lookups: English as always, French for a French reader") {
    const Case cases[] = {
        {"Qaryat Zzyzxq", "", "",
         "no place of that name in the gazetteer; add it with --aliases or a \"places\" entry",
         "aucun lieu de ce nom dans le répertoire des lieux\u00a0; ajoutez-le avec --aliases ou une entrée "
         "«\u00a0places\u00a0»"},
        {"Mayadin", "SY", "Gouvernorat de Nulle Part",
         "unknown region \"Gouvernorat de Nulle Part\" in Syria ignored; write a governorate or province as the "
         "press does (Idleb, Daraa, Hadramawt)",
         "région inconnue «\u00a0Gouvernorat de Nulle Part\u00a0» en Syrie ignorée\u00a0; écrivez un gouvernorat ou "
         "une province comme la presse (Idleb, Deraa, Hadramaout)"},
        {"Al-Hadar", "SY", "", "only a place of unknown size matches: Al-Hadir (SY); add the region to confirm it",
         "seul un lieu de taille inconnue correspond\u00a0: Al-Hadir (SY)\u00a0; ajoutez la région pour le confirmer"},
        {"Tripoli", "", "",
         "several places match: Tripoli (LY) and Tripoli (LB); add a country or name the place with --aliases",
         "plusieurs lieux correspondent\u00a0: Tripoli (LY) et Tripoli (LB)\u00a0; ajoutez un pays ou nommez le lieu "
         "avec --aliases"},
        {"route de Homs", "", "",
         "not a point: \"route de Homs\" names a road; give the event \"coordinates\" or the name of a town",
         "pas un point\u00a0: «\u00a0route de Homs\u00a0» désigne une route\u00a0; donnez à l'événement des "
         "coordonnées («\u00a0coordinates\u00a0») ou le nom d'une ville"},
        {"à 20 km au sud-est de Syrte", "", "",
         "\"à 20 km au sud-est de Syrte\" is 20 km SE of \"Syrte\": placed at [16.7372, 31.0817], that offset "
         "from Sirte (LY), precision \"near\" (within about 5 km)",
         "«\u00a0à 20 km au sud-est de Syrte\u00a0» est à 20\u00a0km au SE de «\u00a0Syrte\u00a0»\u00a0: placé en "
         "[16.7372, 31.0817], à ce décalage de Syrte (LY), précision «\u00a0near\u00a0» (à 5\u00a0km près "
         "environ)"},
        {"à 240 km de Syrte", "", "",
         "\"à 240 km de Syrte\" is 240 km from \"Syrte\" in no direction given: not placed (write the direction, "
         "\"au sud-est de\", or \"coordinates\")",
         "«\u00a0à 240 km de Syrte\u00a0» est à 240\u00a0km de «\u00a0Syrte\u00a0» sans direction\u00a0: non placé "
         "(écrivez la direction, «\u00a0au sud-est de\u00a0», ou des coordonnées «\u00a0coordinates\u00a0»)"},
        {"Baghouz", "Libye", "",
         "no place of that name in Libya; nothing of a like name either: click its place on the map or add it to "
         "your gazetteer",
         "aucun lieu de ce nom en Libye\u00a0; rien d'un nom approchant non plus\u00a0: cliquez son "
         "emplacement sur la carte ou ajoutez-le à votre répertoire des lieux"},
        {"Kidal", "Niger", "", "no place of that name in Niger; found near it: Kidal (ML)",
         "aucun lieu de ce nom au Niger\u00a0; trouvé à proximité\u00a0: Kidal (ML)"},
        {"Solhan", "Burkina", "",
         "no place of that name in Burkina Faso nor within 500 km of it (the nearest that bears it, Solhan (TR), "
         "is 4818 km from it): click its place on the map or add it to your gazetteer",
         "aucun lieu de ce nom au Burkina Faso ni à moins de 500\u00a0km (le plus proche qui le porte, Solhan "
         "(TR), en est à 4818\u00a0km)\u00a0: cliquez son emplacement sur la carte ou ajoutez-le à votre "
         "répertoire des lieux"},
        {"Mossoul", "Émirats arabes unis", "",
         "no place of that name in the United Arab Emirates nor within 500 km of it (the nearest that bears it, "
         "Mosul (IQ), is 1641 km from it): click its place on the map or add it to your gazetteer",
         "aucun lieu de ce nom aux Émirats arabes unis ni à moins de 500\u00a0km (le plus proche qui le porte, "
         "Mossoul (IQ), en est à 1641\u00a0km)\u00a0: cliquez son emplacement sur la carte ou ajoutez-le à "
         "votre répertoire des lieux"},
        {"Kirkuk", "Chypre", "",
         "no place of that name in Cyprus nor within 500 km of it (the nearest that bears it, Kirkuk (IQ), is 906 "
         "km from it): click its place on the map or add it to your gazetteer",
         "aucun lieu de ce nom à Chypre ni à moins de 500\u00a0km (le plus proche qui le porte, Kirkouk (IQ), en "
         "est à 906\u00a0km)\u00a0: cliquez son emplacement sur la carte ou ajoutez-le à votre répertoire des "
         "lieux"},
        {"Sarmin", "SY", "Daraa",
         "no place of that name in Daraa Governorate (SY); found in other regions: Sarmin (SY) in Idlib "
         "Governorate",
         // Regions by their French names (iso3166-2-db), as a French reader knows them.
         "aucun lieu de ce nom dans Gouvernorat de Deraa (SY)\u00a0; trouvé dans d'autres régions\u00a0: Sarmin "
         "(SY) dans Gouvernorat d'Idleb"},
        {"Homs-Hama", "", "",
         "not a point: a line between Homs (SY) and Hama (SY) (a road or a front); give the event "
         "\"coordinates\"",
         "pas un point\u00a0: une ligne entre Homs (SY) et Hama (SY) (une route ou un front)\u00a0; donnez à "
         "l'événement des coordonnées («\u00a0coordinates\u00a0»)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        GeocodeResult r = look(c);
        CHECK(r.note == c.english);
        CHECK(note_in(r, DateLanguage::en) == c.english);
        CHECK(note_in(r, DateLanguage::fr) == c.french);
        CHECK_FALSE(has_english_words(note_in(r, DateLanguage::fr)));
    }
}

TEST_CASE("What decided a place, in English as always and in French") {
    GeocodeResult baghouz = real_geocoder().lookup("Baghouz");  // no hint: the curated alias decides
    CHECK(baghouz.evidence == "alias; named so by an alias");
    CHECK(evidence_in(baghouz, DateLanguage::fr) == "alias\u00a0; nommé ainsi par un alias");
    GeocodeResult taftanaz = real_geocoder().lookup("Taftanaz", PlaceHints{"SY", "Idleb", {}});
    CHECK(taftanaz.evidence == "main name; the only place of the name in Syria (size unknown)");
    CHECK(evidence_in(taftanaz, DateLanguage::fr) ==
          "nom principal\u00a0; le seul lieu de ce nom en Syrie (taille inconnue)");
    GeocodeResult sukhnah = real_geocoder().lookup("Sukhnah", "Syria");
    CHECK(sukhnah.evidence == "alias; in Syria; named so by an alias");
    CHECK(evidence_in(sukhnah, DateLanguage::fr) == "alias\u00a0; en Syrie\u00a0; nommé ainsi par un alias");
    GeocodeResult homs = real_geocoder().lookup("près de Homs");
    CHECK(homs.note == "\"près de Homs\" is near \"Homs\": placed at Homs (SY), precision \"near\"");
    CHECK(note_in(homs, DateLanguage::fr) ==
          "«\u00a0près de Homs\u00a0» est près de «\u00a0Homs\u00a0»\u00a0: placé à Homs (SY), précision «\u00a0near\u00a0»");
    CHECK(evidence_in(homs, DateLanguage::fr) == "nom principal\u00a0; devant Khoms (LY)");
}

TEST_CASE("For any lookup, the English rendering of the parts is the note and the evidence") {
    const char* names[] = {"", "\xff\xfe", "Raqqa", "Deir ez-Zor", "Alep", "Palmyra", "Kobané", "Jarablous", "Tuzla",
                           "Hadar", "Samarra", "Brega", "province de Homs", "désert syrien", "Mesrata", "Syrte",
                           "à 30 km au nord de Raqqa", "près de Deir ez-Zor", "Abu Kamal-Raqqa", "Tarabulus"};
    std::string long_name(300, 'a');
    for (const char* country : {"", "SY", "Libye", "Nulle Part"})
        for (std::string name : names) {
            for (const char* district : {"", "Abu Kamal", "Zzyzx"}) {
                CAPTURE(name);
                CAPTURE(country);
                GeocodeResult r = real_geocoder().lookup(name, PlaceHints{country, "", district});
                CHECK(render_notes(r.note_parts, DateLanguage::en) == r.note);
                CHECK(render_notes(r.evidence_parts, DateLanguage::en) == r.evidence);
            }
        }
    GeocodeResult too_long = real_geocoder().lookup(long_name);
    CHECK(too_long.note == "the name is 300 bytes long; a place name is at most 200 bytes");
    CHECK(note_in(too_long, DateLanguage::fr) == "le nom fait 300 octets\u00a0; un nom de lieu en fait au plus 200");
}

TEST_CASE("Every country of the gazetteer is named in both languages, with its preposition") {
    // Every code of cities500 and of the curated aliases: a note may name any of them.
    const Gazetteer& gazetteer = real_geocoder().gazetteer();
    std::set<std::string> codes;
    for (std::uint32_t i = 0; i < gazetteer.size(); ++i) codes.insert(std::string(to_string_view(gazetteer.place(i).country)));
    REQUIRE(codes.size() > 240);
    for (const std::string& code : codes) {
        CAPTURE(code);
        CHECK_FALSE(country_name(code, DateLanguage::en).empty());
        CHECK_FALSE(country_name(code, DateLanguage::fr).empty());
        std::string fr = in_country_phrase(code, DateLanguage::fr);
        CHECK(fr.find(code) == std::string::npos);  // a name, never "dans le pays ML"
        std::string_view name = country_name(code, DateLanguage::fr);
        CHECK(fr.ends_with(name.substr(name.rfind(' ') + 1)));  // "aux îles Cook" ends as "Îles Cook" does
    }
}
