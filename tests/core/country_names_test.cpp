// Countries in the geocoder's notes: each code's name in English and French, and where
// something is ("in Mali", "au Mali", "aux Émirats arabes unis", "à Chypre", "en Syrie").
#include <doctest/doctest.h>

#include <string>

#include "core/i18n/country_names.h"
#include "core/i18n/geocode_notes.h"

using namespace chronomap;

TEST_CASE("Where a country is, as an English and a French reader say it") {
    struct Case {
        const char* code;
        const char* english;
        const char* french;
    };
    const Case cases[] = {
        {"ML", "in Mali", "au Mali"},
        {"SY", "in Syria", "en Syrie"},
        {"AE", "in the United Arab Emirates", "aux Émirats arabes unis"},
        {"CY", "in Cyprus", "à Chypre"},
        {"IQ", "in Iraq", "en Irak"},
        {"YE", "in Yemen", "au Yémen"},
        {"BF", "in Burkina Faso", "au Burkina Faso"},
        {"US", "in the United States", "aux États-Unis"},
        {"NL", "in the Netherlands", "aux Pays-Bas"},
        {"MX", "in Mexico", "au Mexique"},           // masculine though it ends in "e"
        {"KR", "in South Korea", "en Corée du Sud"},  // the first word says the gender
        {"SS", "in South Sudan", "au Soudan du Sud"},
        {"CD", "in DR Congo", "en République démocratique du Congo"},
        {"CF", "in the Central African Republic", "en Centrafrique"},
        {"GB", "in the United Kingdom", "au Royaume-Uni"},
        {"CK", "in the Cook Islands", "aux îles Cook"},
        {"IM", "in the Isle of Man", "à l'île de Man"},
        {"LC", "in Saint Lucia", "à Sainte-Lucie"},
        {"LA", "in Laos", "au Laos"},
        {"IL", "in Israel", "en Israël"},
        {"HT", "in Haiti", "en Haïti"},
        {"BB", "in Barbados", "à la Barbade"},
        {"SG", "in Singapore", "à Singapour"},
        {"BY", "in Belarus", "en Biélorussie"},
        {"PS", "in Palestine", "en Palestine"},
        {"RE", "in Réunion", "à La Réunion"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.code);
        CHECK(in_country_phrase(c.code, DateLanguage::en) == c.english);
        CHECK(in_country_phrase(c.code, DateLanguage::iso) == c.english);
        CHECK(in_country_phrase(c.code, DateLanguage::fr) == c.french);
    }
    // A code no table knows (a user's own "X1") stays a code, in a phrase that still reads.
    CHECK(in_country_phrase("X1", DateLanguage::en) == "in X1");
    CHECK(in_country_phrase("X1", DateLanguage::fr) == "dans le pays X1");
    CHECK(country_name("ML", DateLanguage::fr) == "Mali");
    CHECK(country_name("SY", DateLanguage::en) == "Syria");
    CHECK(country_name("ZZ", DateLanguage::en).empty());
}

TEST_CASE("Every country of the table has a short name and a sane phrase in both languages") {
    auto table = country_name_table();
    REQUIRE(table.size() >= 249);
    for (size_t i = 0; i < table.size(); ++i) {
        const CountryNameEntry& e = table[i];
        CAPTURE(e.code);
        if (i > 0) CHECK(table[i - 1].code < e.code);  // sorted: looked up by bisection
        // Short names, not the official list forms ("Moldova, Republic of", "Syrian Arab
        // Republic"); Bonaire's is a list of three islands.
        if (e.code != "BQ") {
            CHECK(e.english.find(',') == std::string_view::npos);
            CHECK(e.french.find(',') == std::string_view::npos);
        }
        CHECK(e.english.find("Arab Republic") == std::string_view::npos);
        std::string en = in_country_phrase(e.code, DateLanguage::en), fr = in_country_phrase(e.code, DateLanguage::fr);
        CHECK((en.starts_with("in ") && en.ends_with(e.english)));
        bool french_preposition = false;
        for (const char* p : {"en ", "au ", "aux ", "à ", "à la ", "à l'île ", "aux îles ", "dans le "})
            french_preposition = french_preposition || fr.starts_with(p);
        CHECK(french_preposition);
        // A plural takes "aux", a vowel "en" (never "au Irak", "en États-Unis")
        std::string_view name = e.french;
        if (fr.starts_with("au ")) CHECK_FALSE((name.ends_with('s') && e.code != "LA" && e.code != "HN"));
    }
}

TEST_CASE("A note naming a country says where in the reader's language") {
    NoteText note(GeocodeNote::not_in_country_nor_like, {in_named_country("AE")});
    CHECK(render_note(note, DateLanguage::en) ==
          "no place of that name in the United Arab Emirates; nothing of a like name either: click its place on "
          "the map or add it to your gazetteer");
    CHECK(render_note(note, DateLanguage::fr) ==
          "aucun lieu de ce nom aux Émirats arabes unis\u00a0; rien d'un nom approchant non plus\u00a0: cliquez son "
          "emplacement sur la carte ou ajoutez-le à votre répertoire des lieux");
}
