// The geocoder's notes as message ids plus arguments: every message has an English and a
// French text taking the same arguments, and a message renders in either language.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/i18n/geocode_notes.h"

using namespace chronomap;

namespace {
// How many "%s" a format takes; -1 when it holds another conversion (the renderer knows only %s).
int string_arguments(std::string_view format) {
    int count = 0;
    for (size_t at = format.find('%'); at != std::string_view::npos; at = format.find('%', at + 2)) {
        if (at + 1 >= format.size() || format[at + 1] != 's') return -1;
        ++count;
    }
    return count;
}
}  // namespace

TEST_CASE("Every geocoder note has an English and a French text taking the same arguments") {
    auto table = geocode_note_table();
    REQUIRE(table.size() > 70);
    for (const GeocodeNoteEntry& note : table) {
        CAPTURE(note.id);
        if (note.id != "nothing") {
            CHECK(std::string_view(note.english).size() > 0);
            CHECK(std::string_view(note.french).size() > 0);
        }
        CHECK(string_arguments(note.english) >= 0);
        CHECK(string_arguments(note.english) == string_arguments(note.french));
        // French typography as ui_words writes it: « » rather than straight quotes, and a
        // non-breaking space before : ; ? (the list's ", " and "%s" pieces have none).
        std::string_view french = note.french;
        CHECK(french.find('"') == std::string_view::npos);
        for (const char* bare : {" :", " ;", " ?"}) CHECK(french.find(bare) == std::string_view::npos);
    }
    CHECK(table[static_cast<size_t>(GeocodeNote::not_in_gazetteer)].id == "not_in_gazetteer");
}

TEST_CASE("A note renders its arguments, nested messages and lists in the reader's language") {
    NoteText not_here(GeocodeNote::not_in_gazetteer);
    CHECK(render_note(not_here, DateLanguage::en) ==
          "no place of that name in the gazetteer; add it with --aliases or a \"places\" entry");
    CHECK(render_note(not_here, DateLanguage::fr) ==
          "aucun lieu de ce nom dans le répertoire des lieux\u00a0; ajoutez-le avec --aliases ou une entrée "
          "«\u00a0places\u00a0»");
    CHECK(render_note(not_here, DateLanguage::iso) == render_note(not_here, DateLanguage::en));

    // A message inside a message ("a road" / "une route"), a name as written.
    NoteText road(GeocodeNote::names_a_kind, {"route de Homs", NoteText(GeocodeNote::kind_road)});
    CHECK(render_note(road, DateLanguage::en) ==
          "not a point: \"route de Homs\" names a road; give the event \"coordinates\" or the name of a town");
    CHECK(render_note(road, DateLanguage::fr) ==
          "pas un point\u00a0: «\u00a0route de Homs\u00a0» désigne une route\u00a0; donnez à l'événement des "
          "coordonnées («\u00a0coordinates\u00a0») ou le nom d'une ville");

    // A list of places, each maybe with its region; an optional fragment left out.
    NoteText others(GeocodeNote::list, {NoteText(GeocodeNote::candidate_in_region, {"Sarmīn (SY)", "Idlib Governorate"}),
                                        "Sarmin (TR)"});
    NoteText region(GeocodeNote::not_in_region, {"Daraa Governorate (SY)", others});
    CHECK(render_note(region, DateLanguage::en) ==
          "no place of that name in Daraa Governorate (SY); found in other regions: Sarmīn (SY) in Idlib Governorate, "
          "Sarmin (TR)");
    CHECK(render_note(region, DateLanguage::fr) ==
          "aucun lieu de ce nom dans Daraa Governorate (SY)\u00a0; trouvé dans d'autres régions\u00a0: Sarmīn (SY) dans "
          "Idlib Governorate, Sarmin (TR)");
    NoteText unknown(GeocodeNote::unknown_region, {"Nulle Part", NoteText(GeocodeNote::nothing)});
    CHECK(render_note(unknown, DateLanguage::en).starts_with("unknown region \"Nulle Part\" ignored; "));

    // Parts joined as the note joins them.
    NoteText parts[] = {NoteText(GeocodeNote::name_empty), NoteText(GeocodeNote::from_user_gazetteer, {"villages.idx"})};
    CHECK(render_notes(parts, DateLanguage::en) == "empty name; from villages.idx");
    CHECK(render_notes(parts, DateLanguage::fr) == "nom vide\u00a0; d'après villages.idx");
    // A message missing an argument says nothing in its place rather than failing.
    CHECK(render_note(NoteText(GeocodeNote::from_user_gazetteer), DateLanguage::en) == "from ");
    CHECK(render_note(NoteText(GeocodeNote::in_named_country), DateLanguage::fr) == "en ");
}

TEST_CASE("The Review tab says its own way out, never the command line's --aliases") {
    auto table = geocode_note_table();
    size_t command_line_notes = 0;
    for (size_t id = 0; id < table.size(); ++id) {
        const GeocodeNoteEntry& entry = table[id];
        if (std::string_view(entry.english).find("--aliases") == std::string_view::npos) continue;
        CAPTURE(entry.id);
        ++command_line_notes;
        auto message = static_cast<GeocodeNote>(id);
        int arguments = string_arguments(entry.english);
        std::vector<NoteText> args;
        for (int k = 0; k < arguments; ++k) args.push_back(NoteText("Place" + std::to_string(k)));
        std::vector<NoteText> parts = {NoteText(message, args)};
        std::vector<NoteText> said = for_review(parts);
        REQUIRE(said.size() == 1);
        CHECK(string_arguments(table[static_cast<size_t>(said[0].id)].english) == arguments);
        for (DateLanguage language : {DateLanguage::en, DateLanguage::fr}) {
            std::string text = render_notes(said, language);
            CAPTURE(text);
            CHECK(text.find("--aliases") == std::string::npos);
            for (int k = 0; k < arguments; ++k) CHECK(text.find("Place" + std::to_string(k)) != std::string::npos);
        }
    }
    CHECK(command_line_notes >= 6);
    // The French reader of an ambiguous name is told what the tab's buttons do.
    std::vector<NoteText> ambiguous = {NoteText(GeocodeNote::several_in_country, {"Al-Mansurah (SY)", "Mansurah (SY)"})};
    CHECK(render_notes(for_review(ambiguous), DateLanguage::fr) ==
          "plusieurs lieux correspondent\u00a0: Al-Mansurah (SY) et Mansurah (SY)\u00a0; utilisez ci-dessous celui "
          "qui convient, ou cliquez son emplacement sur la carte");
    // Other parts are said as they are.
    std::vector<NoteText> other = {NoteText(GeocodeNote::small_place, {"Qara (SY)"})};
    CHECK(render_notes(for_review(other), DateLanguage::en) == render_notes(other, DateLanguage::en));
}
