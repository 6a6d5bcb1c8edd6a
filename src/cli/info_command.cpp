// `chronomap info FILE [--json]`: what an event file holds, and what is wrong with it.
#include <array>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <tuple>

#include "cli/geocoder_setup.h"
#include "cli/import_postgis.h"
#include "cli/subcommands.h"
#include "core/text/counted.h"
#include "postgis/pg_connection.h"
#include "postgis/postgis_info.h"
#include "postgis/postgis_schema.h"
#include "postgis/postgis_source.h"
#include "core/i18n/language.h"
#include "core/i18n/ui_words.h"

namespace chronomap::cli {
namespace {

struct InfoOptions {
    std::string file;
    bool json = false;
    SourceOptions source;
    std::string lang;  // --lang: the language maps and the explorer would use
};

struct Summary {
    size_t events = 0;
    std::string time_start, time_end;
    std::array<size_t, kTimePrecisionCount> by_precision{};
    size_t spans = 0;
    std::vector<std::pair<const Category*, size_t>> by_category;
    size_t distinct_places = 0, placed = 0, with_user_coordinates = 0, without_place = 0;
};

Summary summarize(const EventStore& store) {
    Summary s;
    s.events = store.size();
    std::vector<size_t> category_counts(store.categories().size(), 0);
    // The places `geocode` asks the gazetteer for: each distinct (name, country, region) of
    // the events without their own coordinates. Both commands count the same set.
    std::set<std::tuple<std::string_view, std::string_view, std::string_view>> places;
    size_t latest = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        TimeValue t = store.time(i);
        s.by_precision[static_cast<size_t>(t.start_precision)]++;
        if (t.is_span) s.spans++;
        if (t.end > store.end()[latest]) latest = i;
        category_counts[store.category()[i]]++;
        if (store.place_source(i) != PlaceSource::coordinates && store.place_name_id(i) != kEmptyString)
            places.emplace(store.place_name(i), store.place_country(i), store.place_region(i));
        else if (store.place_name_id(i) == kEmptyString && !store.is_placed(i))
            s.without_place++;
        if (store.is_placed(i)) s.placed++;
        if (store.place_source(i) == PlaceSource::coordinates) s.with_user_coordinates++;
    }
    if (!store.empty()) {
        s.time_start = format_time(store.start()[0], store.time(0).start_precision);
        s.time_end = format_time_end(store.end()[latest], store.time(latest).end_precision);
    }
    s.distinct_places = places.size();
    for (size_t c = 0; c < store.categories().size(); ++c)
        s.by_category.emplace_back(&store.categories()[c], category_counts[c]);
    return s;
}

// The same summary for a PostGIS table, counted by the server (postgis_info.h); `store` holds
// the table's categories, no event.
Summary summarize(const EventStore& store, const postgis::TableInfo& info) {
    Summary s;
    s.events = static_cast<size_t>(info.events);
    for (size_t p = 0; p < s.by_precision.size(); ++p) s.by_precision[p] = static_cast<size_t>(info.by_start_precision[p]);
    s.spans = static_cast<size_t>(info.spans);
    if (info.events) {
        s.time_start = format_time(info.first.start, info.first.start_precision);
        s.time_end = format_time_end(info.last.end, info.last.end_precision);
    }
    for (const Category& c : store.categories()) {
        auto found = info.by_category.find(c.key);
        s.by_category.emplace_back(&c, found == info.by_category.end() ? 0 : static_cast<size_t>(found->second));
    }
    s.distinct_places = static_cast<size_t>(info.distinct_places);
    s.placed = static_cast<size_t>(info.placed);
    s.with_user_coordinates = static_cast<size_t>(info.with_coordinates);
    s.without_place = static_cast<size_t>(info.without_place);
    return s;
}

nlohmann::ordered_json to_json(const InfoOptions& options, const LoadResult& result, const Summary& s,
                               const std::vector<Diagnostic>& doubted) {
    nlohmann::ordered_json out;
    out["file"] = postgis::redact_password(options.file);  // a URI may hold a password
    out["format"] = result.format;
    const EventStore& store = *result.store;
    out["title"] = store.title_of_file();
    DateLanguage language = display_language(store, options.lang);
    out["language"] = language_code(language);  // "" when nothing tells: English words, ISO dates
    out["events"] = s.events;
    out["skipped"] = result.skipped_events;
    auto problems = nlohmann::ordered_json::array();
    std::vector<Diagnostic> all = result.diagnostics;
    all.insert(all.end(), doubted.begin(), doubted.end());
    for (const Diagnostic& d : all) {
        problems.push_back({{"severity", d.severity == Severity::error     ? "error"
                                         : d.severity == Severity::warning ? "warning"
                                                                           : "note"},
                            {"line", d.line},
                            {"column", d.column},
                            {"pointer", d.pointer},
                            {"message", d.message},
                            {"hint", d.hint}});
    }
    out["problems"] = problems;
    out["time_range"] = s.events ? nlohmann::ordered_json{{"start", s.time_start}, {"end", s.time_end}}
                                 : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json precision;
    for (int p = 0; p < kTimePrecisionCount; ++p)
        precision[std::string(precision_name(static_cast<TimePrecision>(p)))] = s.by_precision[p];
    out["precision"] = precision;
    out["spans"] = s.spans;
    nlohmann::ordered_json categories = nlohmann::ordered_json::object();
    for (auto [category, count] : s.by_category)
        categories[category->key.empty() ? "(none)" : category->key] = {
            {"label", category_label_in(category->label, language)}, {"color", format_color(category->color)}, {"events", count}};
    out["categories"] = categories;
    out["places"] = {{"distinct", s.distinct_places},
                     {"placed_events", s.placed},
                     {"with_coordinates", s.with_user_coordinates},
                     {"to_geocode", s.events - s.placed - s.without_place},
                     {"coordinates_corrected", doubted.size()},
                     {"without_place", s.without_place}};
    return out;
}

void print_text(const InfoOptions& options, const LoadResult& result, const Summary& s, size_t doubted) {
    const EventStore& store = *result.store;
    std::cout << postgis::redact_password(options.file);
    if (!store.title_of_file().empty()) std::cout << ": " << store.title_of_file();
    std::cout << "\n";
    if (!result.format.empty()) std::cout << "  format      " << result.format << "\n";
    if (DateLanguage language = display_language(store, options.lang); language != DateLanguage::iso)
        std::cout << "  language    " << language_code(language) << " (maps and the explorer speak it; --lang changes it)\n";
    std::cout << "  events      " << s.events << " loaded";
    if (result.skipped_events)
        std::cout << ", " << result.skipped_events << " skipped (see above)";
    std::cout << "\n";
    if (s.events == 0) return;
    std::cout << "  time range  " << s.time_start << " .. " << s.time_end << "\n";
    std::cout << "  precision  ";
    for (int p = 0; p < kTimePrecisionCount; ++p)
        if (s.by_precision[p])
            std::cout << " " << precision_name(static_cast<TimePrecision>(p)) << " " << s.by_precision[p];
    std::cout << "; " << counted(s.spans, "span", "spans") << "\n";
    std::cout << "  categories ";
    for (auto [category, count] : s.by_category)
        if (count) std::cout << " " << (category->key.empty() ? "(none)" : category->key) << " " << count;
    std::cout << "\n";
    std::cout << "  places      " << counted(s.distinct_places, "distinct place", "distinct places")
              << " to geocode; " << counted(s.placed, "event", "events") << " placed ("
              << s.with_user_coordinates << " by coordinates), "
              << s.events - s.placed - s.without_place << " to geocode";
    if (s.without_place) std::cout << ", " << s.without_place << " without a place";
    if (doubted)
        std::cout << "; " << counted(doubted, "event has", "events have")
                  << " coordinates that contradict the place named, corrected when drawn (see above)";
    std::cout << "\n";
}

// A PostGIS table: the title and categories from its overview, the counts from the server;
// no row is loaded, whatever the table's size. Coordinates are not checked against the places
// they name (that needs each event and the gazetteer): `info` of the file does it.
int info_of_table(const InfoOptions& options) {
    std::optional<SourceOverview> overview = postgis::make_postgis_source(options.file, options.source)->overview(64);
    if (!overview) return kExitBadInput;  // not a server source: cannot happen for postgresql://
    LoadResult& result = overview->metadata;
    print_diagnostics(result.diagnostics, std::cerr);
    if (!result.store) return exit_code_for(result);
    postgis::ParsedUri parsed = postgis::split_chronomap_parameters(options.file);
    postgis::TableInfo info;
    try {
        postgis::PgConnection db(parsed.connection);
        info = postgis::table_info(db, parsed.table.empty() ? postgis::kDefaultTable : parsed.table);
    } catch (const postgis::PgError& e) {
        std::cerr << postgis::redact_password(options.file) << ": error: " << e.what() << "\n";
        if (!e.hint.empty()) std::cerr << "  hint: " << e.hint << "\n";
        return kExitBadInput;
    }
    Summary s = summarize(*result.store, info);
    if (options.json)
        std::cout << to_json(options, result, s, {}).dump(2) << "\n";
    else
        print_text(options, result, s, 0);
    return exit_code_for(result);
}

}  // namespace

Subcommand add_info_command(Command app) {
    auto options = std::make_shared<InfoOptions>();
    Command command = app.add_subcommand(
        "info", "Summarise an event file: events, skipped events and why, time range, "
                "precisions, categories, places.");
    command.add_option("FILE", options->file, "Event file (chronomap JSON, CSV, GeoJSON, KML, ...)")
        .required();
    command.add_flag("--json", options->json, "Print one JSON object instead of text");
    command.add_flag("--strict", options->source.strict, "Refuse the file if any event has a problem");
    add_source_options(command, options->source);
    add_language_option(command, options->lang);
    return {command, [options] {
                if (is_database_uri(options->file)) return info_of_table(*options);
                LoadResult result = load_and_report(options->file, options->source);
                if (!result.store) return exit_code_for(result);
                std::vector<Diagnostic> doubted = contradicting_coordinates(*result.store, options->file);
                print_diagnostics(doubted, std::cerr);
                Summary s = summarize(*result.store);
                if (options->json)
                    std::cout << to_json(*options, result, s, doubted).dump(2) << "\n";
                else
                    print_text(*options, result, s, doubted.size());
                // Coordinates that contradict their place are a problem to fix: done, with problems.
                int code = exit_code_for(result);
                return code == kExitOk && !doubted.empty() ? kExitProblems : code;
            }};
}

}  // namespace chronomap::cli
