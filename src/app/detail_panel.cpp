// Details of the selected events: every field, the sources, and how the place was found
// (given coordinates, a stored geocoding result, or the geocoder now, with its confidence
// and the alternatives it weighed).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "app/panels.h"
#include "core/geometry/series_timing.h"
#include "core/gazetteer/geocoder.h"
#include "core/place_names/event_place_name.h"
#include "core/timeline/time_labels.h"

namespace chronomap {
namespace {

// The placed events of the file as geocoding context: a few thousand spread over the file
// are enough (events cluster), and the list is built once per loaded store.
const PlaceContext& file_context(DetailState& details, const EventStore& store) {
    if (details.context_for != &store || details.context_size != store.size()) {
        details.context.points.clear();
        size_t step = std::max<size_t>(store.size() / 4096, 1);
        for (size_t i = 0; i < store.size(); i += step)
            if (store.is_placed(i)) details.context.points.push_back({store.lat()[i], store.lon()[i]});
        details.context_for = &store;
        details.context_size = store.size();
    }
    return details.context;
}

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

// Coordinates that contradict the place named: said in warning colour, with what was drawn.
void draw_correction(const CoordinateCorrection& c, bool applied) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 90, 0, 255));
    std::string text = applied ? "Corrected: the file's coordinates " + correction_text(c) + "."
                               : "Doubtful: they lie " + std::to_string(static_cast<long>(c.doubt.distance_km)) +
                                     " km from " + c.place + ", the place the event names (kept as written: --keep-coordinates).";
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s.", c.doubt.hint.c_str());
}

void draw_placement(ExplorerState& state, size_t i, const nlohmann::json& event) {
    const EventStore& store = *state.file.store;
    ImGui::Spacing();
    DateLanguage language = state.file.language;
    ImGui::TextDisabled("%s", tr(state, UiWord::how_place_found));
    switch (store.place_source(i)) {
        case PlaceSource::coordinates:
            if (store.is_area_or_line(i) && !event.contains("coordinates"))
                ImGui::TextWrapped("%s", format_word(UiWord::drawn_from_geometry, language, store.lon()[i], store.lat()[i]).c_str());
            else
                ImGui::TextWrapped("%s", format_word(UiWord::coordinates_given, language, store.lon()[i], store.lat()[i]).c_str());
            if (const CoordinateCorrection* c = state.file.placement.correction_of(i))
                draw_correction(*c, false);
            return;
        case PlaceSource::corrected:
            if (const CoordinateCorrection* c = state.file.placement.correction_of(i)) draw_correction(*c, true);
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
                if (g.contains("evidence"))
                    ImGui::TextWrapped("%s", format_word(UiWord::decided_by, language, json_text(g["evidence"]).c_str()).c_str());
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
    // As the load placed it: with its region and the file's other places ("Tripoli" among
    // Libyan towns is the Libyan one), so the evidence shown is the evidence that decided.
    // Without the event's own position (it would vouch for itself).
    PlaceContext context;
    for (const PlaceContext::Point& p : file_context(state.details, store).points)
        if (!store.is_placed(i) || std::abs(p.lat - store.lat()[i]) + std::abs(p.lon - store.lon()[i]) > 0.01)
            context.points.push_back(p);
    GeocodeResult r = geocoder->lookup(store.place_name(i),
                                       PlaceHints{store.place_country(i), store.place_region(i), {}}, &context);
    if (r.place) {
        std::string shown = display_name(*state.file.exonyms, r.place->geonameid, r.place->name,
                                         to_string_view(r.place->country), state.file.names);
        if (shown != r.place->name) shown += " (GeoNames: " + r.place->name + ")";
        ImGui::TextWrapped("%s", format_word(UiWord::geocoded_on_load, language, shown.c_str(),
                                             std::string(to_string_view(r.place->country)).c_str(), r.place->lon,
                                             r.place->lat, method_word(state, r.place->method), r.confidence)
                                     .c_str());
        if (!r.evidence.empty())
            ImGui::TextWrapped("%s", format_word(UiWord::decided_by, language, evidence_in(r, language).c_str()).c_str());
        // "à 240 km au sud-est de Syrte": where the offset put it, and how uncertain it is.
        if (r.place->precision == PlacePrecision::near && !r.note.empty())
            ImGui::TextWrapped("%s", note_in(r, language).c_str());
    } else {
        ImGui::TextWrapped("%s", format_word(UiWord::not_placed_because, language, std::string(store.place_name(i)).c_str(),
                                             status_word(state, r.status), note_for_explorer(r, language).c_str())
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
    size_t& shown_index = state.details.shown;
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
    // The place as the map names it ("Palmyre"), then as the file writes it ("Tadmor").
    std::string written(store.place_name(i));
    if (!store.place_country(i).empty()) written += " (" + std::string(store.place_country(i)) + ")";
    std::string shown = event_place_name(store, i, *state.file.exonyms, state.file.names);
    if (const EventStore::KnownPlace* known = store.known_place(i)) {
        field(tr(state, UiWord::field_place), shown + " (" + known->country + ")");
        if (shown != store.place_name(i)) field(tr(state, UiWord::field_as_written), written);
    } else {
        field(tr(state, UiWord::field_place), written);
    }
    if (store.is_area_or_line(i)) {
        // What the shape is, and for a series which state this is and until when it held.
        bool fr = language == DateLanguage::fr;
        GeometryRef g = store.geometry(i);
        bool area = g.kind() == GeometryKind::area;
        std::string shape = area ? (fr ? "Zone" : "Area") : (fr ? "Ligne" : "Line");
        if (g.approximate()) shape += fr ? " (tracé approximatif)" : " (approximate outline)";
        field(fr ? "Forme" : "Shape", shape);
        if (store.in_series(i)) {
            std::string series = std::string(store.series(i));
            UnixSeconds replaced = store.replaced_at(i);
            if (replaced != kNeverReplaced)
                series += (fr ? " ; remplacé le " : "; replaced on ") + format_date(replaced, TimePrecision::day, state.file.language);
            else
                series += fr ? " ; dernier état" : "; latest state";
            field(fr ? "Série" : "Series", series);
        }
    }
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
