// The explorer speaks the reader's language: every text it draws (menus, tabs, buttons,
// panels, the problems window, the status bar) read back through Dear ImGui's text log, on
// the French seed file and on an ACLED CSV opened with --lang fr.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cctype>
#include <set>
#include <sstream>

#include "app/panels.h"
#include "app/ui_driver.h"

using namespace chronomap;
using chronomap::test::UiDriver;

namespace {
const std::string kSeed = CHRONOMAP_SOURCE_DIR "/examples/seed-events.json";
const std::string kAcled = CHRONOMAP_SOURCE_DIR "/tests/data/import/acled-syria-libya-2017.csv";

// Collects the text ImGui renders during the frames drawn while it lives.
class TextLog {
  public:
    TextLog() {
        ImGuiContextHook begin{};
        begin.Type = ImGuiContextHookType_NewFramePost;
        begin.Callback = [](ImGuiContext*, ImGuiContextHook*) { ImGui::LogToBuffer(0); };  // 0: open no tree node
        ImGuiContextHook end{};
        end.Type = ImGuiContextHookType_RenderPre;
        end.UserData = this;
        end.Callback = [](ImGuiContext* context, ImGuiContextHook* hook) {
            static_cast<TextLog*>(hook->UserData)->text_ += context->LogBuffer.c_str();
            ImGui::LogFinish();
        };
        hooks_[0] = ImGui::AddContextHook(ImGui::GetCurrentContext(), &begin);
        hooks_[1] = ImGui::AddContextHook(ImGui::GetCurrentContext(), &end);
    }
    ~TextLog() {
        for (ImGuiID id : hooks_) ImGui::RemoveContextHook(ImGui::GetCurrentContext(), id);
    }
    const std::string& text() const { return text_; }

  private:
    ImGuiID hooks_[2] = {};
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
std::set<std::string> english_words_in(const std::string& text) {
    std::set<std::string> found;
    for (std::string w : kEnglish)
        for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
            bool starts = at == 0 || !is_letter(text[at - 1]);
            bool ends = at + w.size() == text.size() || !is_letter(text[at + w.size()]);
            if (starts && ends) found.insert(w);
        }
    return found;
}

// Every tab of the side panel, the problems window and the menus, drawn and logged.
std::string every_panel_text(UiDriver& ui) {
    TextLog log;
    ExplorerState& s = ui.state();
    s.show_problems = true;
    for (SideTab tab : {SideTab::filters, SideTab::details, SideTab::review, SideTab::story, SideTab::layers}) {
        s.requested_tab = tab;
        if (tab == SideTab::details && s.file.store->size() > 0) s.view.selection = {std::string(s.file.store->id(0))};
        if (tab == SideTab::story) add_view_as_slide(s);  // a slide, so its buttons are drawn
        ui.frames(3);
    }
    return log.text();
}
}  // namespace

TEST_CASE("The French seed file: no English word in the explorer") {
    UiDriver ui(kSeed, 1440, 900);
    CHECK(ui.state().file.language == DateLanguage::fr);
    std::string text = every_panel_text(ui);
    CAPTURE(text);
    CHECK(text.find("Filtres") != std::string::npos);
    CHECK(text.find("Calques") != std::string::npos);
    CHECK(text.find("Fichier") != std::string::npos);
    CHECK(text.find("Ajouter la vue comme diapo") != std::string::npos);
    CHECK(text.find("Catégorie") != std::string::npos);  // the Details tab was drawn
    CHECK(text.find("(day") == std::string::npos);        // the date's precision is "(jour)"
    CHECK(text.find("(month") == std::string::npos);
    CHECK(english_words_in(text) == std::set<std::string>{});
}

TEST_CASE("An ACLED CSV opened with --lang fr: French words and French category labels") {
    UiDriver ui(kAcled, 1440, 900, "fr");
    CHECK(ui.state().file.language == DateLanguage::fr);
    std::string text = every_panel_text(ui);
    CAPTURE(text);
    CHECK(text.find("Batailles") != std::string::npos);
    CHECK(text.find("Violence contre des civils") != std::string::npos);
    std::set<std::string> english = english_words_in(text);
    // The events' own texts (ACLED notes, actor names) stay as the file writes them; the
    // interface's words must not be English.
    for (const char* data_word : {"the", "and", "of", "to", "is", "killed", "Clear"}) english.erase(data_word);
    CHECK(english == std::set<std::string>{});
}

TEST_CASE("--lang en on the French seed file: the interface in English") {
    UiDriver ui(kSeed, 1440, 900, "en");
    CHECK(ui.state().file.language == DateLanguage::en);
    std::string text = every_panel_text(ui);
    CHECK(text.find("Filters") != std::string::npos);
    CHECK(text.find("Add view as slide") != std::string::npos);
}
