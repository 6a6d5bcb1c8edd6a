// Geocode review: the names the geocoder left ambiguous or unresolved, with the events
// naming them and the candidates it weighed. Pick a candidate, or "Click on the map" and
// click where the place is. Ctrl+S writes the choices into the file's "places" table
// (atomically, everything else kept), so every later load and `chronomap geocode` agree.
#include <imgui.h>

#include <algorithm>

#include "app/panels.h"
#include "core/io/atomic_file.h"
#include "core/native_json/event_reader.h"
#include "core/gazetteer/geocoder.h"
#include "core/gazetteer/user_gazetteers.h"
#include "render/map_renderer.h"

namespace chronomap {

// A server's table may name thousands of places: the review lists the most named.
constexpr size_t kMostNamesReviewed = 200;

const char* status_word(const ExplorerState& state, GeocodeStatus status) {
    switch (status) {
        case GeocodeStatus::resolved: return tr(state, UiWord::status_resolved);
        case GeocodeStatus::ambiguous: return tr(state, UiWord::status_ambiguous);
        case GeocodeStatus::unresolved: break;
    }
    return tr(state, UiWord::status_unresolved);
}

const char* method_word(DateLanguage language, MatchMethod method) {
    switch (method) {
        case MatchMethod::exact: break;
        case MatchMethod::alternate: return word(UiWord::method_alternate, language);
        case MatchMethod::alias: return word(UiWord::method_alias, language);
        case MatchMethod::folded: return word(UiWord::method_folded, language);
        case MatchMethod::fuzzy: return word(UiWord::method_fuzzy, language);
    }
    return word(UiWord::method_exact, language);
}

const char* method_word(const ExplorerState& state, MatchMethod method) {
    return method_word(state.file.language, method);
}

void record_review_choice(ExplorerState& state, size_t item_index, PlaceChoice choice, LonLat at,
                          const std::string& place_name) {
    ReviewState& review = state.review;
    const ReviewItem& item = review.items[item_index];
    // A server's rows move when the choice is saved; a file's events move now.
    if (state.file.server) review.shared_pending.push_back({choice, at, place_name});
    review.pending.push_back(std::move(choice));
    for (size_t i : item.events) state.file.store->set_position(i, at.lon, at.lat, PlaceSource::geocoded);
    state.file.renderer->positions_changed();
    state.file.placement = count_placement(*state.file.store);
}

void choose_review_candidate(ExplorerState& state, size_t item_index, size_t candidate_index) {
    const ReviewItem& item = state.review.items[item_index];
    const GeocodeCandidate& candidate = item.result.alternatives[candidate_index];
    PlaceChoice choice{item.query.name, std::nullopt, std::nullopt, std::string(to_string_view(candidate.country))};
    if (candidate.geonameid)
        choice.geonameid = candidate.geonameid;
    else
        choice.coordinates = LonLat{candidate.lon, candidate.lat};
    std::string shown = display_name(*state.file.exonyms, candidate.geonameid, candidate.name,
                                     to_string_view(candidate.country), state.file.names);
    std::string name = item.query.name;
    record_review_choice(state, item_index, std::move(choice), {candidate.lon, candidate.lat}, candidate.name);
    state.status = format_word(state.file.server ? UiWord::status_placed_on_table : UiWord::status_placed_on,
                               state.file.language, name.c_str(), shown.c_str());
}

std::string review_candidate_label(const GeocodeCandidate& c, DateLanguage language, const std::string& shown_name) {
    // As event files and GeoJSON write positions, [lon, lat], so users can compare.
    char position[64];
    std::snprintf(position, sizeof position, "[%.4f, %.4f]", c.lon, c.lat);
    std::string size = c.population ? std::string(word(UiWord::population_short, language)) + " " + format_count(c.population, language)
                                    : word(UiWord::size_unknown, language);
    const std::string& region = region_in(c, language);
    return (shown_name.empty() ? c.name : shown_name) + " (" + std::string(to_string_view(c.country)) + ")" + (region.empty() ? "" : ", " + region) +
           "  " + position + "  " + size + "  [" + method_word(language, c.method) + "]";
}

void add_review_place_to_gazetteer(ExplorerState& state, size_t item_index, LonLat at) {
    const ReviewItem& item = state.review.items[item_index];
    Geocoder* geocoder = explorer_geocoder(state);
    if (!geocoder) return;
    try {
        auto index = add_user_place(user_gazetteer_dir(), geocoder->gazetteer(),
                                    {item.query.name, at.lat, at.lon, item.query.country});
        geocoder->add_gazetteer(Gazetteer::open(index, Gazetteer::Verify::when_changed));
        state.status = format_word(UiWord::status_added_gazetteer, state.file.language, item.query.name.c_str(),
                                   index.string().c_str());
    } catch (const std::exception& e) {
        state.status = format_word(UiWord::status_not_added, state.file.language, e.what());
    }
}

namespace {

void draw_review_place_buttons(ExplorerState& state, size_t k) {
    ReviewState& review = state.review;
    bool placing = review.placing_item == static_cast<int>(k);
    if (ImGui::Button(tr(state, placing && !review.placing_adds_place ? UiWord::click_on_map_cancel : UiWord::click_on_map))) {
        review.placing_item = placing && !review.placing_adds_place ? -1 : static_cast<int>(k);
        review.placing_adds_place = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(state, placing && review.placing_adds_place ? UiWord::add_to_gazetteer_cancel : UiWord::add_to_gazetteer))) {
        review.placing_item = placing && review.placing_adds_place ? -1 : static_cast<int>(k);
        review.placing_adds_place = true;
    }
}

// The note already tells the user to click the map or add the place ("nothing of a like
// name either", "nor within 500 km of it"): the panel does not say it a second time.
bool note_offers_places(const GeocodeResult& result) {
    return std::any_of(result.note_parts.begin(), result.note_parts.end(), [](const NoteText& part) {
        return part.id == GeocodeNote::not_in_country_nor_like || part.id == GeocodeNote::not_in_country_only_far;
    });
}

// "No place of that name; add it with --aliases ...": the command line's way out, which the
// panel's own words and buttons already give.
bool note_is_only_not_found(const GeocodeResult& result) {
    return !result.note_parts.empty() &&
           std::all_of(result.note_parts.begin(), result.note_parts.end(),
                       [](const NoteText& part) { return part.id == GeocodeNote::not_in_gazetteer; });
}

bool chosen(const ReviewState& review, const std::string& name) {
    for (const PlaceChoice& c : review.pending)
        if (c.name == name) return true;
    return false;
}

}  // namespace

// A server's table: the choices go to the table for everyone, and the map asks for its
// window again so that the rows just placed show.
void save_shared_review_choices(ExplorerState& state) {
    ReviewState& review = state.review;
    ServerWindow& server = *state.file.server;
    try {
        if (!server.workspace) throw std::runtime_error(server.workspace_error);
        std::int64_t placed = server.workspace->save_place_choices(review.shared_pending);
        state.status = format_word(UiWord::saved_choices_table, state.file.language, review.pending.size(),
                                   server.workspace->where().c_str(), static_cast<long long>(placed));
        review.pending.clear();
        review.shared_pending.clear();
        review.loaded = false;    // the list again, without the names just placed
        server.has_asked = false;  // the window again, with the rows just placed
    } catch (const std::exception& e) {
        state.status = format_word(UiWord::could_not_save, state.file.language, e.what());
    }
    review.saved_message = state.status;
}

void save_review_choices(ExplorerState& state) {
    ReviewState& review = state.review;
    if (review.pending.empty() || !state.file.store) {
        state.status = tr(state, UiWord::nothing_to_save);
        return;
    }
    if (state.file.server) return save_shared_review_choices(state);
    try {
        // The file as it is on disk now, so edits made elsewhere since loading are kept.
        std::string text = read_text_file(state.file.path);
        write_place_choices(state.file.path, text, review.pending);
        state.status = format_word(UiWord::saved_choices, state.file.language, review.pending.size(), state.file.path.c_str());
        review.saved_message = state.status;
        review.pending.clear();
    } catch (const std::exception& e) {
        state.status = format_word(UiWord::could_not_save, state.file.language, e.what());
        review.saved_message = state.status;
    }
}

void load_review(ExplorerState& state) {
    ReviewState& review = state.review;
    if (review.loaded) return;
    review.loaded = true;
    review.error.clear();
    Geocoder* geocoder = explorer_geocoder(state);
    if (!geocoder) return;
    if (!state.file.server) {
        review.items = places_to_review(*state.file.store, *geocoder);
        return;
    }
    // A server's table: the names its unplaced rows write, asked once when the tab opens.
    try {
        ServerWindow& server = *state.file.server;
        if (!server.workspace) throw std::runtime_error(server.workspace_error);
        review.items = places_to_review(server.workspace->unplaced_names(kMostNamesReviewed), *geocoder);
    } catch (const std::exception& e) {
        review.items.clear();
        review.error = e.what();
    }
}

void draw_review_panel(ExplorerState& state) {
    ReviewState& review = state.review;
    load_review(state);
    if (!state.geocoder_error.empty()) {
        ImGui::TextWrapped("%s", format_word(UiWord::gazetteer_error, state.file.language, state.geocoder_error.c_str()).c_str());
        return;
    }
    if (!review.error.empty()) {
        ImGui::TextWrapped("%s", format_word(UiWord::review_not_listed, state.file.language, review.error.c_str()).c_str());
        return;
    }
    if (review.items.empty()) {
        ImGui::TextWrapped("%s", tr(state, UiWord::every_place_placed));
        return;
    }
    ImGui::TextWrapped("%s", format_word(state.file.server ? UiWord::names_not_placed_table : UiWord::names_not_placed, state.file.language, review.items.size()).c_str());
    if (!review.pending.empty()) {
        if (ImGui::Button(tr(state, UiWord::save_choices))) save_review_choices(state);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", format_word(UiWord::unsaved, state.file.language, review.pending.size()).c_str());
    }
    if (!review.saved_message.empty()) ImGui::TextDisabled("%s", review.saved_message.c_str());
    ImGui::Separator();
    const EventStore& store = *state.file.store;
    for (size_t k = 0; k < review.items.size(); ++k) {
        const ReviewItem& item = review.items[k];
        ImGui::PushID(static_cast<int>(k));
        std::string heading = item.query.name + (item.query.country.empty() ? "" : " (" + item.query.country + ")") +
                              "  ·  " + status_word(state, item.result.status) + ", " +
                              event_count(item.event_count(), state.file.language);
        if (chosen(review, item.query.name)) heading += std::string("  ") + tr(state, UiWord::chosen);
        heading += "###item";  // the same node whether chosen or not
        if (ImGui::TreeNodeEx(heading.c_str(), k < 3 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
            // Nothing plausible: the user's own knowledge comes first, before the geocoder's
            // reasons and not after a list of strangers.
            bool nothing = item.result.alternatives.empty();
            if (nothing) {
                if (!note_offers_places(item.result)) ImGui::TextWrapped("%s", tr(state, UiWord::nothing_plausible));
                draw_review_place_buttons(state, k);
            }
            if (!item.result.note.empty() && !(nothing && note_is_only_not_found(item.result)))
                ImGui::TextWrapped("%s", note_for_explorer(item.result, state.file.language).c_str());
            for (size_t e = 0; e < item.events.size() && e < 3; ++e) {
                size_t i = item.events[e];
                ImGui::TextDisabled("%s", std::string(store.title(i).empty() ? store.id(i) : store.title(i)).c_str());
            }
            for (const std::string& title : item.titles) ImGui::TextDisabled("%s", title.c_str());
            for (size_t c = 0; c < item.result.alternatives.size(); ++c) {
                ImGui::PushID(static_cast<int>(c));
                if (ImGui::Button(tr(state, UiWord::use_candidate))) choose_review_candidate(state, k, c);
                ImGui::SameLine();
                const GeocodeCandidate& candidate = item.result.alternatives[c];
                std::string shown = display_name(*state.file.exonyms, candidate.geonameid, candidate.name,
                                                 to_string_view(candidate.country), state.file.names);
                ImGui::TextWrapped("%s", review_candidate_label(candidate, state.file.language, shown).c_str());
                ImGui::PopID();
            }
            if (!nothing) draw_review_place_buttons(state, k);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    if (review.placing_item >= 0 && ImGui::IsKeyPressed(256 /* Escape */)) review.placing_item = -1;
}

}  // namespace chronomap
