// Details of the selected events: every field, the sources, and how the place was found
// (given coordinates, a stored geocoding result, or the geocoder now, with its confidence
// and the alternatives it weighed).
#include <imgui.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/panels.h"
#include "core/gazetteer/geocoder.h"
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

// "2017-04-05" -> "5 avr. 2017"; anything that is not a date stays as written.
std::string readable_date(const std::string& text, DateLanguage language) {
    Parsed<TimeStamp> stamp = parse_time_stamp(text);
    return stamp ? format_date(stamp.value->start, stamp.value->precision, language) : text;
}

void draw_sources(const ExplorerState& state, const nlohmann::json& event) {
    auto sources = event.find("sources");
    if (sources == event.end() || !sources->is_array() || sources->empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(state, UiWord::sources_heading));
    for (const auto& source : *sources) {
        if (!source.is_object()) {
            ImGui::BulletText("%s", json_text(source).c_str());
            continue;
        }
        std::string title = source.contains("title") ? json_text(source["title"]) : tr(state, UiWord::untitled);
        std::string published = source.contains("published") ? readable_date(json_text(source["published"]), state.file.language) : "";
        ImGui::Bullet();
        ImGui::TextWrapped("%s%s%s", title.c_str(), published.empty() ? "" : "  ", published.c_str());
        if (source.contains("url")) {
            std::string url = json_text(source["url"]);
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(70, 140, 230, 255));
            ImGui::TextWrapped("%s", url.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(state, UiWord::copy_address));
            if (ImGui::IsItemClicked()) ImGui::SetClipboardText(url.c_str());
            ImGui::Unindent();
        }
    }
}

void draw_placement(ExplorerState& state, size_t i, const nlohmann::json& event) {
    const EventStore& store = *state.file.store;
    ImGui::Spacing();
    DateLanguage language = state.file.language;
    ImGui::TextDisabled("%s", tr(state, UiWord::how_place_found));
    switch (store.place_source(i)) {
        case PlaceSource::coordinates:
            ImGui::TextWrapped("%s", format_word(UiWord::coordinates_given, language, store.lon()[i], store.lat()[i]).c_str());
            return;
        case PlaceSource::geocoded:
            if (event.contains("geocoded")) {
                const auto& g = event["geocoded"];
                std::string text = format_word(UiWord::stored_by_geocode, language,
                                               json_text(g.value("name", nlohmann::json(""))).c_str(),
                                               json_text(g.value("country", nlohmann::json(""))).c_str(),
                                               json_text(g.value("method", nlohmann::json(""))).c_str(),
                                               json_text(g.value("confidence", nlohmann::json(""))).c_str());
                ImGui::TextWrapped("%s", text.c_str());
            } else {
                ImGui::TextWrapped("%s", tr(state, UiWord::placed_by_you));
            }
            return;
        case PlaceSource::none:
        case PlaceSource::geocoder: break;
    }
    if (store.place_name(i).empty()) {
        ImGui::TextWrapped("%s", tr(state, UiWord::no_place_no_coordinates));
        return;
    }
    Geocoder* geocoder = explorer_geocoder(state);
    if (!geocoder) {
        ImGui::TextWrapped("%s", format_word(UiWord::gazetteer_error, language, state.geocoder_error.c_str()).c_str());
        return;
    }
    GeocodeResult r = geocoder->lookup(store.place_name(i), store.place_country(i));
    if (r.place) {
        ImGui::TextWrapped("%s", format_word(UiWord::geocoded_on_load, language, r.place->name.c_str(),
                                             std::string(to_string_view(r.place->country)).c_str(), r.place->lon,
                                             r.place->lat, method_word(state, r.place->method), r.confidence)
                                     .c_str());
    } else {
        ImGui::TextWrapped("%s", format_word(UiWord::not_placed_because, language, std::string(store.place_name(i)).c_str(),
                                             status_word(state, r.status), r.note.c_str())
                                     .c_str());
    }
    for (const GeocodeCandidate& c : r.alternatives)
        ImGui::BulletText("%s", format_word(UiWord::also_candidate, language, c.name.c_str(),
                                            std::string(to_string_view(c.country)).c_str(), c.lon, c.lat,
                                            method_word(state, c.method))
                                    .c_str());
}

}  // namespace

void draw_detail_panel(ExplorerState& state) {
    const std::vector<size_t>& selected = selected_events(state);
    DateLanguage language = state.file.language;
    if (selected.empty()) {
        ImGui::TextWrapped("%s", tr(state, UiWord::details_hint));
        return;
    }
    const EventStore& store = *state.file.store;
    static size_t shown_index = 0;
    if (shown_index >= selected.size()) shown_index = 0;
    if (selected.size() > 1) {
        ImGui::TextUnformatted(format_word(UiWord::events_selected, language, selected.size()).c_str());
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
    when += std::string("  (") + precision_word(t.start_precision, language) +  // as in the file
            (t.is_span ? std::string(", ") + tr(state, UiWord::span) : "") + ")";
    field(tr(state, UiWord::field_when), when);
    std::string place(store.place_name(i));
    if (!store.place_country(i).empty()) place += " (" + std::string(store.place_country(i)) + ")";
    field(tr(state, UiWord::field_place), place);
    size_t c = store.category()[i];
    field(tr(state, UiWord::field_category), category_label(state, c));
    std::string actors;
    for (std::string_view a : store.actors(i)) actors += (actors.empty() ? "" : ", ") + std::string(a);
    field(tr(state, UiWord::field_actors), actors);
    if (store.fatalities()[i] >= 0) field(tr(state, UiWord::field_killed), std::to_string(store.fatalities()[i]));
    if (store.injured()[i] >= 0) field(tr(state, UiWord::field_injured), std::to_string(store.injured()[i]));
    field("id", std::string(store.id(i)));
    if (event.is_object()) {
        for (auto [key, name] : {std::pair{"description", UiWord::field_description}, std::pair{"notes", UiWord::field_notes},
                                 std::pair{"summary", UiWord::field_summary}})
            if (event.contains(key)) field(tr(state, name), json_text(event[key]));
        draw_sources(state, event);
    }
    draw_placement(state, i, event);
    if (event.is_object() && ImGui::CollapsingHeader(tr(state, UiWord::every_field_json)))
        ImGui::TextUnformatted(event.dump(2).c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace chronomap
