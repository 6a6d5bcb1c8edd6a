// The explorer speaks the reader's language: every text it draws (menus, tabs, buttons,
// panels, the problems window, the status bar) read back through Dear ImGui's text log, on
// the French seed file and on an ACLED CSV opened with --lang fr.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cctype>
#include <set>
#include <sstream>

#include "test_helpers.h"
#include "app/panels.h"
#include "app/ui_driver.h"

using namespace chronomap;
using chronomap::test::UiDriver;

namespace {
using chronomap::test::kExamplePath;
const std::string kAcled = CHRONOMAP_SOURCE_DIR "/tests/data/import/acled-syria-libya-2017.csv";

// Collects the text the explorer's windows draw while it lives (panels.h: log_window_text).
class TextLog {
  public:
    TextLog() {
        sink_ = &text_;
        log_window_text = true;
        ImGuiIO& io = ImGui::GetIO();
        saved_ = io.SetClipboardTextFn;
        io.SetClipboardTextFn = [](void*, const char* text) { *sink_ += std::string(text) + "\n"; };
    }
    ~TextLog() {
        log_window_text = false;
        ImGui::GetIO().SetClipboardTextFn = saved_;
    }
    const std::string& text() const { return text_; }

  private:
    static inline std::string* sink_ = nullptr;
    void (*saved_)(void*, const char*) = nullptr;
    std::string text_;
};

// Interface words that are English only (none is a French word too).
const char* const kEnglish[] = {
    "File", "View", "Help", "Filters", "Details", "Review", "Story", "Layers", "Play", "Loop", "Skip", "Window",
    "Cumulative", "events", "event", "shown", "placed", "frame", "timeline", "Save", "deck", "Add", "slide",
    "Show", "Delete", "Caption", "seconds", "Basemap", "Events", "Legend", "Light", "Dark", "Automatic",
    "Markers", "Theme", "search", "Categories", "All", "None", "least", "killed", "Actors", "Clear", "Click",
    "the", "and", "of", "to", "is", "day", "days", "week", "month", "year", "When", "Place", "Category",
    "Killed", "names", "Use", "map", "Battles", "Protests", "Riots", "Strategic", "Problems", "warning",
    "error", "hint", "title", "Title", "any", "per", "max", "Up", "Down", "Deck", "untitled", "Sources:"};

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The words of kEnglish found whole in `text` (not "event" inside "événement").
std::string english_words_in(const std::string& text) {
    std::string found;
    for (std::string w : kEnglish)
        for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
            bool starts = at == 0 || !is_letter(text[at - 1]);
            bool ends = at + w.size() == text.size() || !is_letter(text[at + w.size()]);
            if (starts && ends && found.find(" " + w + " ") == std::string::npos) found += " " + w + " ";
        }
    return found;
}

// Every tab of the side panel, the problems window and the menus, drawn and logged; the
// file's path (status bar, problems) taken out: "seed-events.json" is not an English word.
std::string every_panel_text(UiDriver& ui, const std::string& path) {
    TextLog log;
    ExplorerState& s = ui.state();
    s.show_problems = true;
    for (SideTab tab : {SideTab::filters, SideTab::details, SideTab::review, SideTab::story, SideTab::layers}) {
        s.requested_tab = tab;
        if (tab == SideTab::details && s.file.store->size() > 0) s.view.selection = {std::string(s.file.store->id(0))};
        if (tab == SideTab::story) add_view_as_slide(s);  // a slide, so its buttons are drawn
        ui.frames(3);
    }
    std::string text = log.text();
    for (size_t at = text.find(path); at != std::string::npos; at = text.find(path, at)) text.replace(at, path.size(), "FICHIER");
    std::string stem = path.substr(0, path.rfind('.'));  // the deck next to it: seed-events.story.json
    for (size_t at = text.find(stem); at != std::string::npos; at = text.find(stem, at)) text.replace(at, stem.size(), "FICHIER");
    return text;
}
// The text a tab draws in three frames once asked for.
std::string tab_text(UiDriver& ui, SideTab tab) {
    TextLog log;
    ui.state().requested_tab = tab;
    ui.frames(3);
    return log.text();
}
}  // namespace

TEST_CASE("The French seed file: no English word in the explorer") {
    UiDriver ui(kExamplePath, 1440, 900);
    CHECK(ui.state().file.language == DateLanguage::fr);
    std::string text = every_panel_text(ui, kExamplePath);
    CAPTURE(text);
    CHECK(text.find("Filtres") != std::string::npos);
    CHECK(text.find("Calques") != std::string::npos);
    CHECK(text.find("Fichier") != std::string::npos);
    CHECK(text.find("Ajouter la vue comme diapo") != std::string::npos);
    CHECK(text.find("Catégorie") != std::string::npos);  // the Details tab was drawn
    CHECK(text.find("(day") == std::string::npos);        // the date's precision is "(jour)"
    CHECK(text.find("(month") == std::string::npos);
    // The geocoder's evidence after "Décidé par :" is French too ("le seul lieu de ce nom dans le pays").
    CHECK(text.find("Décidé par") != std::string::npos);
    CHECK(english_words_in(text) == "");
}

TEST_CASE("An ACLED CSV opened with --lang fr: French words and French category labels") {
    UiDriver ui(kAcled, 1440, 900, "fr");
    CHECK(ui.state().file.language == DateLanguage::fr);
    std::string text = every_panel_text(ui, kAcled);
    // Known limit: the CSV reader's own messages (a bad date on line 7 of this file) are in
    // English; the problems window says "erreur" and "conseil" around them.
    for (size_t at = text.find("FICHIER:7:2"); at != std::string::npos; at = text.find("FICHIER:7:2", at))
        text.erase(at, text.find("--map time=COLUMN", at) + 17 - at);
    CAPTURE(text);
    CHECK(text.find("Batailles") != std::string::npos);
    CHECK(text.find("Explosions et violence à distance") != std::string::npos);
    CHECK(text.find("Manifestations") != std::string::npos);
    std::string english = english_words_in(text);
    // The events' own texts (ACLED notes, actor names) stay as the file writes them; the
    // interface's words must not be English.
    for (std::string data_word : {"the", "and", "of", "to", "is", "killed", "Clear"}) {
        size_t at = english.find(" " + data_word + " ");
        if (at != std::string::npos) english.erase(at, data_word.size() + 2);
    }
    CHECK(english == "");
}

TEST_CASE("--lang en on the French seed file: the interface in English") {
    UiDriver ui(kExamplePath, 1440, 900, "en");
    CHECK(ui.state().file.language == DateLanguage::en);
    std::string text = every_panel_text(ui, kExamplePath);
    CHECK(text.find("Filters") != std::string::npos);
    CHECK(text.find("Add view as slide") != std::string::npos);
}

TEST_CASE("The Review tab and the details say the geocoder's notes in French for a French file") {
    const std::string file = CHRONOMAP_SOURCE_DIR "/tests/data/review/unplaced-fr.json";
    UiDriver ui(file, 1440, 900);
    ExplorerState& s = ui.state();
    REQUIRE(s.file.language == DateLanguage::fr);
    std::string review = tab_text(ui, SideTab::review);
    CAPTURE(review);
    // The first three items are open: Tripoli, the unknown village, Al-Hadar (or in another
    // order); each note is French, none English.
    CHECK(review.find("plusieurs lieux correspondent\u00a0: Tripoli (LY) et Tripoli (LB)") != std::string::npos);
    // ... and says the tab's way out, not the command line's ("nommez le lieu avec --aliases").
    CHECK(review.find("utilisez ci-dessous celui qui convient, ou cliquez son emplacement sur la carte") !=
          std::string::npos);
    CHECK(review.find("--aliases") == std::string::npos);
    // The unknown village: the panel's own words and buttons, not the command line's way out
    // ("ajoutez-le avec --aliases").
    CHECK(review.find("Rien de plausible dans le répertoire des lieux") != std::string::npos);
    CHECK(review.find("ajoutez-le avec --aliases") == std::string::npos);
    CHECK(review.find("seul un lieu de taille inconnue correspond\u00a0: Al-Hadir (SY)") != std::string::npos);
    CHECK(review.find("no place of that name") == std::string::npos);
    CHECK(review.find("several places match") == std::string::npos);
    CHECK(review.find("only a place of unknown size") == std::string::npos);
    // The candidates' regions by their French names, and how each matched in French words.
    // Named as the map names them (GeoNames' "Al Ḩāḑir" made plain), regions in French.
    CHECK(review.find("Al-Hadir (SY), Gouvernorat d'Alep") != std::string::npos);
    CHECK(review.find("Governorate") == std::string::npos);
    CHECK(review.find("[exact]") != std::string::npos);  // the same word in French
    CHECK(review.find("[folded]") == std::string::npos);
    CHECK(review.find("[alternate]") == std::string::npos);

    // The details of an unplaced event: "Non placé : « Qaryat Zzyzxq » est non trouvé. aucun lieu ..."
    std::string details;
    {
        TextLog log;
        s.view.selection = {"inconnu"};
        s.requested_tab = SideTab::details;
        ui.frames(3);
        details = log.text();
    }
    CAPTURE(details);
    CHECK(details.find("aucun lieu de ce nom dans le répertoire des lieux") != std::string::npos);
    CHECK(details.find("no place of that name") == std::string::npos);
    // ... and the explorer's way out, as the Review tab says it, not the command line's.
    CHECK(details.find("cliquez son emplacement sur la carte ou ajoutez-le à votre répertoire des lieux") !=
          std::string::npos);
    CHECK(details.find("--aliases") == std::string::npos);
    // A placed event: what decided, in French ("nom principal", not "main name").
    {
        TextLog log;
        s.view.selection = {"deir"};
        ui.frames(3);
        details = log.text();
    }
    CHECK(details.find("Décidé par") != std::string::npos);
    CHECK(details.find("main name") == std::string::npos);
    CHECK(details.find("alternate name") == std::string::npos);
    CHECK(details.find("named so by") == std::string::npos);
}

TEST_CASE("The Review tab offers places abroad only near the country named, and the map first when none") {
    // "Solhan, Burkina": Solhan (BF) is in no gazetteer here and Solhan (TR) lies 4,818 km
    // away; "Kidal, Niger": Kidal (ML) lies across the border, Kidal (ID) in Java.
    const std::string file = CHRONOMAP_SOURCE_DIR "/tests/data/review/abroad-fr.json";
    UiDriver ui(file, 1440, 900);
    std::string review = tab_text(ui, SideTab::review);
    CAPTURE(review);
    size_t solhan = review.find("Solhan (Burkina)"), kidal = review.find("Kidal (Niger)");
    REQUIRE(solhan != std::string::npos);
    REQUIRE(kidal != std::string::npos);
    std::string solhan_item = review.substr(solhan, kidal > solhan ? kidal - solhan : std::string::npos);
    // Nothing offered for Solhan: the map and the gazetteer first, then why, with the country
    // named as a French reader says it; the note already says what to do, once.
    CHECK(solhan_item.find("Choisir") == std::string::npos);
    size_t click = solhan_item.find("Cliquer sur la carte");
    size_t note = solhan_item.find("aucun lieu de ce nom au Burkina Faso ni à moins de 500");
    REQUIRE(click != std::string::npos);
    REQUIRE(note != std::string::npos);
    CHECK(click < note);
    CHECK(solhan_item.find("Solhan (TR), en est à 4818") != std::string::npos);
    CHECK(solhan_item.find("Rien de plausible") == std::string::npos);
    // Kidal: the Malian town offered, not the Indonesian one.
    CHECK(review.find("aucun lieu de ce nom au Niger\u00a0; trouvé à proximité\u00a0: Kidal (ML)") != std::string::npos);
    CHECK(review.find("Kidal (ML), Région de Kidal") != std::string::npos);
    CHECK(review.find("(ID)") == std::string::npos);
}
