// The Story tab: the briefing being built from the explorer. "Add view as slide" stores
// what is on screen (camera pinned, time window, mode, filters, selection); each slide gets
// a title, a caption (**bold**, *italic*) and a duration; slides move up and down or go;
// Save writes the deck atomically for `chronomap present`.
#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "app/panels.h"
#include "core/camera/camera_controller.h"
#include "core/story/deck_view.h"
#include "core/story/story_reader.h"
#include "core/story/story_writer.h"

namespace chronomap {
namespace {

std::string default_story_path(const std::string& events_path) {
    std::filesystem::path p(events_path);
    return (p.parent_path() / (p.stem().string() + ".story.json")).string();
}

// A server's table keeps its decks (SharedWorkspace): the one the URI names (?story=NAME),
// else the table's own. True when the deck came from there.
bool load_shared_story(ExplorerState& state) {
    StoryState& s = state.story;
    SharedWorkspace* workspace = state.file.server ? state.file.server->workspace.get() : nullptr;
    if (!workspace) return false;
    s.shared_name = workspace->deck_name();
    s.path = workspace->where() + ", deck \"" + s.shared_name + "\"";
    try {
        std::optional<SharedDeck> deck = workspace->load_deck(s.shared_name);
        if (!deck) return false;
        StoryLoadResult loaded = parse_story_text(deck->text, s.path, std::filesystem::current_path());
        s.problems = loaded.diagnostics;
        if (!loaded.story) return false;
        s.story = *loaded.story;
        s.shared_revision = deck->revision;
        return true;
    } catch (const std::exception& e) {
        s.problems.push_back({Severity::error, s.path, 0, 0, "", e.what(), ""});
        return false;
    }
}

void load_story(ExplorerState& state) {
    StoryState& s = state.story;
    if (s.loaded) return;
    s.loaded = true;
    if (state.file.server) {
        if (load_shared_story(state)) return;
        s.story.title = state.file.store->title_of_file();
        s.story.events = s.shared_name;  // what the deck is about; `present URI` reads the table
        s.story.theme = state.view.theme;
        return;
    }
    if (s.path.empty()) s.path = default_story_path(state.file.path);
    if (std::filesystem::exists(s.path)) {
        StoryLoadResult loaded = load_story_file(s.path);
        s.problems = loaded.diagnostics;
        if (loaded.story) {
            s.story = *loaded.story;
            return;
        }
    }
    // A new deck next to its events: the events path is relative to the deck's folder.
    s.story.title = state.file.store->title_of_file();
    s.story.events = std::filesystem::path(state.file.path).filename().string();
    s.story.theme = state.view.theme;
}

bool edit_text(const char* label, std::string& text, bool multiline) {
    char buffer[2048];
    std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
    bool changed = multiline ? ImGui::InputTextMultiline(label, buffer, sizeof buffer, {-1, ImGui::GetTextLineHeight() * 4})
                             : ImGui::InputText(label, buffer, sizeof buffer);
    if (changed) text = buffer;
    return changed;
}

}  // namespace

void add_view_as_slide(ExplorerState& state) {
    load_story(state);
    Slide slide;
    slide.view = deck_view(state.view, shown_map(state), state.story.story);  // what is on screen, at the deck's size
    slide.title = format_window(state.view.time, state.file.language);
    state.story.story.slides.push_back(slide);
    state.story.dirty = true;
}

namespace {
// To the table's workspace, over the revision read: a colleague's save in between is kept,
// and this deck saved beside it under a new name.
void save_shared_story(ExplorerState& state) {
    StoryState& s = state.story;
    try {
        SharedWorkspace* workspace = state.file.server->workspace.get();
        if (!workspace) throw std::runtime_error(state.file.server->workspace_error);
        DeckSaved saved = workspace->save_deck({s.shared_name, story_to_text(s.story), s.shared_revision});
        state.status = saved.conflict
                           ? format_word(UiWord::status_deck_conflict, state.file.language, s.shared_name.c_str(), saved.name.c_str())
                           : format_word(UiWord::status_saved_deck_table, state.file.language, saved.name.c_str(),
                                         workspace->where().c_str());
        s.shared_name = saved.name;
        s.shared_revision = saved.revision;
        s.path = workspace->where() + ", deck \"" + s.shared_name + "\"";
        s.dirty = false;
    } catch (const std::exception& e) {
        state.status = format_word(UiWord::status_deck_not_saved, state.file.language, e.what());
    }
}
}  // namespace

void save_story(ExplorerState& state) {
    load_story(state);
    if (state.file.server) return save_shared_story(state);
    try {
        write_story_file(state.story.path, state.story.story);
        state.story.dirty = false;
        state.status = format_word(UiWord::status_saved_deck, state.file.language, state.story.path.c_str(),
                                   state.story.path.c_str());
    } catch (const std::exception& e) {
        state.status = format_word(UiWord::status_deck_not_saved, state.file.language, e.what());
    }
}

void draw_story_panel(ExplorerState& state) {
    load_story(state);
    StoryState& s = state.story;
    for (const Diagnostic& d : s.problems) ImGui::TextColored({0.9f, 0.4f, 0.2f, 1}, "%s", d.format().c_str());
    ImGui::TextDisabled("%s", s.path.c_str());
    if (ImGui::Button(tr(state, UiWord::add_view_as_slide))) add_view_as_slide(state);
    ImGui::SameLine();
    if (ImGui::Button(tr(state, s.dirty ? UiWord::save_deck_dirty : UiWord::save_deck))) save_story(state);
    ImGui::Separator();
    if (edit_text(tr(state, UiWord::deck_title), s.story.title, false)) s.dirty = true;
    int remove = -1, move_up = -1;
    for (size_t k = 0; k < s.story.slides.size(); ++k) {
        Slide& slide = s.story.slides[k];
        ImGui::PushID(static_cast<int>(k));
        std::string heading = std::to_string(k + 1) + ". " + slide.title + "###slide";
        if (ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            if (ImGui::SmallButton(tr(state, UiWord::slide_show))) state.view = slide.view;
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(state, UiWord::slide_use_view)))
                slide.view = deck_view(state.view, shown_map(state), s.story), s.dirty = true;
            ImGui::SameLine();
            if (k > 0 && ImGui::SmallButton(tr(state, UiWord::slide_up))) move_up = static_cast<int>(k);
            ImGui::SameLine();
            if (k + 1 < s.story.slides.size() && ImGui::SmallButton(tr(state, UiWord::slide_down))) move_up = static_cast<int>(k + 1);
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(state, UiWord::slide_delete))) remove = static_cast<int>(k);
            if (edit_text(tr(state, UiWord::slide_title), slide.title, false)) s.dirty = true;
            ImGui::TextDisabled("%s", tr(state, UiWord::slide_caption));
            if (edit_text("##caption", slide.caption, true)) s.dirty = true;
            float seconds = static_cast<float>(slide.duration);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
            if (ImGui::SliderFloat(tr(state, UiWord::slide_seconds), &seconds, 1, 60, "%.0f s"))
                slide.duration = seconds, s.dirty = true;
        }
        ImGui::PopID();
    }
    if (move_up > 0) std::swap(s.story.slides[static_cast<size_t>(move_up)], s.story.slides[static_cast<size_t>(move_up) - 1]), s.dirty = true;
    if (remove >= 0) s.story.slides.erase(s.story.slides.begin() + remove), s.dirty = true;
}

}  // namespace chronomap
