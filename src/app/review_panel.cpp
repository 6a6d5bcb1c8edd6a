// Geocode review: the names the geocoder left ambiguous or unresolved, with the events
// naming them and the candidates it weighed. Pick a candidate, or "Click on the map" and
// click where the place is. Ctrl+S writes the choices into the file's "places" table
// (atomically, everything else kept), so every later load and `chronomap geocode` agree.
#include <imgui.h>

#include "app/panels.h"
#include "core/atomic_file.h"
#include "core/event_reader.h"
#include "core/gazetteer/geocoder.h"
#include "render/map_renderer.h"

namespace chronomap {
void choose_review_candidate(ExplorerState& state, size_t item_index, size_t candidate_index) {
    ReviewItem& item = state.review.items[item_index];
    const GeocodeCandidate& candidate = item.result.alternatives[candidate_index];
    PlaceChoice choice{item.query.name, std::nullopt, std::nullopt, std::string(to_string_view(candidate.country))};
    if (candidate.geonameid)
        choice.geonameid = candidate.geonameid;
    else
        choice.coordinates = LonLat{candidate.lon, candidate.lat};
    state.review.pending.push_back(choice);
    for (size_t i : item.events) state.file.store->set_position(i, candidate.lon, candidate.lat, PlaceSource::geocoded);
    state.file.renderer->positions_changed();
    state.file.placement = count_placement(*state.file.store);
    state.status = "\"" + item.query.name + "\" placed on " +
                   display_name(*state.file.exonyms, candidate.geonameid, candidate.name,
                                to_string_view(candidate.country), state.file.names) +
                   "; Ctrl+S saves it in the file";
}

namespace {

bool chosen(const ReviewState& review, const std::string& name) {
    for (const PlaceChoice& c : review.pending)
        if (c.name == name) return true;
    return false;
}

}  // namespace

void save_review_choices(ExplorerState& state) {
    ReviewState& review = state.review;
    if (review.pending.empty() || !state.file.store) {
        state.status = "nothing to save: choose places in the Review tab first";
        return;
    }
    try {
        // The file as it is on disk now, so edits made elsewhere since loading are kept.
        std::string text = read_text_file(state.file.path);
        write_place_choices(state.file.path, text, review.pending);
        state.status = "saved " + std::to_string(review.pending.size()) + " place choices in " + state.file.path;
        review.saved_message = state.status;
        review.pending.clear();
    } catch (const std::exception& e) {
        state.status = std::string("could not save: ") + e.what();
        review.saved_message = state.status;
    }
}

void load_review(ExplorerState& state) {
    ReviewState& review = state.review;
    if (review.loaded) return;
    if (Geocoder* geocoder = explorer_geocoder(state)) review.items = places_to_review(*state.file.store, *geocoder);
    review.loaded = true;
}

void draw_review_panel(ExplorerState& state) {
    ReviewState& review = state.review;
    load_review(state);
    if (!state.geocoder_error.empty()) {
        ImGui::TextWrapped("The gazetteer cannot be opened: %s", state.geocoder_error.c_str());
        return;
    }
    if (review.items.empty()) {
        ImGui::TextWrapped("Every named place is on the map.");
        return;
    }
    ImGui::TextWrapped("%zu names are not placed. Pick the right place, or click on the map; Ctrl+S saves the "
                       "choices in the file's \"places\" table.",
                       review.items.size());
    if (!review.pending.empty()) {
        if (ImGui::Button("Save choices (Ctrl+S)")) save_review_choices(state);
        ImGui::SameLine();
        ImGui::TextDisabled("%zu unsaved", review.pending.size());
    }
    if (!review.saved_message.empty()) ImGui::TextDisabled("%s", review.saved_message.c_str());
    ImGui::Separator();
    const EventStore& store = *state.file.store;
    for (size_t k = 0; k < review.items.size(); ++k) {
        const ReviewItem& item = review.items[k];
        ImGui::PushID(static_cast<int>(k));
        std::string heading = item.query.name + (item.query.country.empty() ? "" : " (" + item.query.country + ")") +
                              "  ·  " + std::string(status_name(item.result.status)) + ", " +
                              std::to_string(item.events.size()) + (item.events.size() == 1 ? " event" : " events");
        if (chosen(review, item.query.name)) heading += "  (chosen)";
        if (ImGui::TreeNodeEx(heading.c_str(), k < 3 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            if (!item.result.note.empty()) ImGui::TextWrapped("%s", item.result.note.c_str());
            for (size_t e = 0; e < item.events.size() && e < 3; ++e) {
                size_t i = item.events[e];
                ImGui::TextDisabled("%s", std::string(store.title(i).empty() ? store.id(i) : store.title(i)).c_str());
            }
            for (size_t c = 0; c < item.result.alternatives.size(); ++c) {
                const GeocodeCandidate& candidate = item.result.alternatives[c];
                ImGui::PushID(static_cast<int>(c));
                char label[256];
                std::string shown = display_name(*state.file.exonyms, candidate.geonameid, candidate.name,
                                                 to_string_view(candidate.country), state.file.names);
                std::snprintf(label, sizeof label, "%s (%s)  %.3f, %.3f  pop. %u  [%s]", shown.c_str(),
                              std::string(to_string_view(candidate.country)).c_str(), candidate.lat, candidate.lon,
                              candidate.population, std::string(method_name(candidate.method)).c_str());
                if (ImGui::Button("Use")) choose_review_candidate(state, k, c);
                ImGui::SameLine();
                ImGui::TextWrapped("%s", label);
                ImGui::PopID();
            }
            bool placing = review.placing_item == static_cast<int>(k);
            if (ImGui::Button(placing ? "Click on the map... (Esc: cancel)" : "Click on the map"))
                review.placing_item = placing ? -1 : static_cast<int>(k);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (review.placing_item >= 0 && ImGui::IsKeyPressed(256 /* Escape */)) review.placing_item = -1;
}

}  // namespace chronomap
