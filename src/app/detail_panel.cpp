// Details of the selected events: every field, the sources, and how the place was found
// (given coordinates, a stored geocoding result, or the geocoder now, with its confidence
// and the alternatives it weighed).
#include <imgui.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/panels.h"
#include "core/gazetteer/geocoder.h"
#include "core/place_names/event_place_name.h"
#include "core/timeline/time_labels.h"

namespace chronomap {
namespace {

void field(const char* name, const std::string& value) {
    if (value.empty()) return;
    ImGui::TextDisabled("%s", name);
    ImGui::SameLine(ImGui::GetFontSize() * 6.5f);
    ImGui::TextWrapped("%s", value.c_str());
}

std::string json_text(const nlohmann::json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

void draw_sources(const nlohmann::json& event) {
    auto sources = event.find("sources");
    if (sources == event.end() || !sources->is_array() || sources->empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("Sources");
    for (const auto& source : *sources) {
        if (!source.is_object()) {
            ImGui::BulletText("%s", json_text(source).c_str());
            continue;
        }
        std::string title = source.contains("title") ? json_text(source["title"]) : "(untitled)";
        std::string published = source.contains("published") ? json_text(source["published"]) : "";
        ImGui::Bullet();
        ImGui::TextWrapped("%s%s%s", title.c_str(), published.empty() ? "" : "  ", published.c_str());
        if (source.contains("url")) {
            std::string url = json_text(source["url"]);
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(70, 140, 230, 255));
            ImGui::TextWrapped("%s", url.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click to copy the address");
            if (ImGui::IsItemClicked()) ImGui::SetClipboardText(url.c_str());
            ImGui::Unindent();
        }
    }
}

void draw_placement(ExplorerState& state, size_t i, const nlohmann::json& event) {
    const EventStore& store = *state.file.store;
    ImGui::Spacing();
    ImGui::TextDisabled(state.file.language == DateLanguage::fr ? "Comment le lieu a été trouvé" : "How the place was found");
    switch (store.place_source(i)) {
        case PlaceSource::coordinates:
            ImGui::TextWrapped("Coordinates given in the file: %.5f, %.5f (lon, lat).", store.lon()[i], store.lat()[i]);
            return;
        case PlaceSource::geocoded:
            if (event.contains("geocoded")) {
                const auto& g = event["geocoded"];
                ImGui::TextWrapped("Stored by chronomap geocode: %s (%s), method %s, confidence %s.",
                                   json_text(g.value("name", nlohmann::json(""))).c_str(),
                                   json_text(g.value("country", nlohmann::json(""))).c_str(),
                                   json_text(g.value("method", nlohmann::json(""))).c_str(),
                                   json_text(g.value("confidence", nlohmann::json(""))).c_str());
            } else {
                ImGui::TextWrapped("Placed by you in the review (not saved yet: Ctrl+S).");
            }
            return;
        case PlaceSource::none:
        case PlaceSource::geocoder: break;
    }
    if (store.place_name(i).empty()) {
        ImGui::TextWrapped("The event names no place and has no coordinates: it is not on the map.");
        return;
    }
    Geocoder* geocoder = explorer_geocoder(state);
    if (!geocoder) {
        ImGui::TextWrapped("The gazetteer cannot be opened: %s", state.geocoder_error.c_str());
        return;
    }
    GeocodeResult r = geocoder->lookup(store.place_name(i), store.place_country(i));
    if (r.place) {
        std::string shown = display_name(*state.file.exonyms, r.place->geonameid, r.place->name,
                                         to_string_view(r.place->country), state.file.names);
        if (shown != r.place->name) shown += " (GeoNames: " + r.place->name + ")";
        ImGui::TextWrapped("Geocoded on load: %s (%s), %.4f, %.4f, method %s, confidence %.2f.", shown.c_str(),
                           std::string(to_string_view(r.place->country)).c_str(), r.place->lon, r.place->lat,
                           std::string(method_name(r.place->method)).c_str(), r.confidence);
    } else {
        ImGui::TextWrapped("Not placed: \"%s\" is %s. %s", std::string(store.place_name(i)).c_str(),
                           std::string(status_name(r.status)).c_str(), r.note.c_str());
    }
    for (const GeocodeCandidate& c : r.alternatives)
        ImGui::BulletText("also %s (%s) %.4f, %.4f [%s]", c.name.c_str(), std::string(to_string_view(c.country)).c_str(),
                          c.lon, c.lat, std::string(method_name(c.method)).c_str());
}

}  // namespace

void draw_detail_panel(ExplorerState& state) {
    const std::vector<size_t>& selected = selected_events(state);
    bool fr = state.file.language == DateLanguage::fr;
    if (selected.empty()) {
        ImGui::TextWrapped(fr ? "Cliquez un événement sur la carte pour voir ses détails (Maj-glisser : une zone)."
                              : "Click an event on the map to see its details (Shift-drag: a box of them).");
        return;
    }
    const EventStore& store = *state.file.store;
    static size_t shown_index = 0;
    if (shown_index >= selected.size()) shown_index = 0;
    if (selected.size() > 1) {
        ImGui::Text(fr ? "%zu événements sélectionnés" : "%zu events selected", selected.size());
        if (ImGui::BeginListBox("##selected", {-1, ImGui::GetTextLineHeightWithSpacing() * 6})) {
            for (size_t k = 0; k < selected.size(); ++k) {
                size_t i = selected[k];
                TimeValue t = store.time(i);
                std::string label = format_date(t.start, t.start_precision, state.file.language) + "  " +
                                    std::string(store.title(i).empty() ? store.id(i) : store.title(i));
                ImGui::PushID(static_cast<int>(k));
                if (ImGui::Selectable(label.c_str(), k == shown_index)) shown_index = k;
                ImGui::PopID();
            }
            ImGui::EndListBox();
        }
        ImGui::Separator();
    }
    size_t i = selected[shown_index];
    nlohmann::json event = nlohmann::json::parse(store.original_json(i), nullptr, false);
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextWrapped("%s", std::string(store.title(i).empty() ? store.id(i) : store.title(i)).c_str());
    ImGui::PopFont();
    TimeValue t = store.time(i);
    std::string when = format_date(t.start, t.start_precision, state.file.language);
    if (t.is_span) when += " – " + format_date(t.end - 1, t.end_precision, state.file.language);
    when += "  (" + std::string(precision_name(t.start_precision)) + (t.is_span ? ", span)" : ")");  // as in the file
    field(fr ? "Date" : "When", when);
    // The place as the map names it ("Palmyre"), then as the file writes it ("Tadmor").
    std::string written(store.place_name(i));
    if (!store.place_country(i).empty()) written += " (" + std::string(store.place_country(i)) + ")";
    std::string shown = event_place_name(store, i, *state.file.exonyms, state.file.names);
    if (const EventStore::KnownPlace* known = store.known_place(i)) {
        field(fr ? "Lieu" : "Place", shown + " (" + known->country + ")");
        if (shown != store.place_name(i)) field(fr ? "Tel qu'écrit" : "As written", written);
    } else {
        field(fr ? "Lieu" : "Place", written);
    }
    size_t c = store.category()[i];
    field(fr ? "Catégorie" : "Category", c < store.categories().size() ? store.categories()[c].label : "");
    std::string actors;
    for (std::string_view a : store.actors(i)) actors += (actors.empty() ? "" : ", ") + std::string(a);
    field(fr ? "Acteurs" : "Actors", actors);
    if (store.fatalities()[i] >= 0) field(fr ? "Morts" : "Killed", std::to_string(store.fatalities()[i]));
    if (store.injured()[i] >= 0) field(fr ? "Blessés" : "Injured", std::to_string(store.injured()[i]));
    field("id", std::string(store.id(i)));
    if (event.is_object()) {
        for (const char* key : {"description", "notes", "summary"})
            if (event.contains(key)) field(key, json_text(event[key]));
        draw_sources(event);
    }
    draw_placement(state, i, event);
    if (event.is_object() && ImGui::CollapsingHeader(fr ? "Tous les champs (JSON)" : "Every field (JSON)"))
        ImGui::TextUnformatted(event.dump(2).c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace chronomap
