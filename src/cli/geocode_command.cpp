// `chronomap geocode IN.json -o OUT.json [--review] [--aliases FILE.tsv]`: writes each
// event's place into the file as a "geocoded" object, with how it was found.
//
// User "coordinates" are never touched. Every other event with a place is answered afresh,
// so re-running gives the same file (idempotent) and picks up new aliases; a "geocoded"
// object whose place is no longer resolved is removed rather than left stale.
#include <algorithm>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/text/counted.h"
#include "cli/geocoder_setup.h"
#include "cli/subcommands.h"
#include "core/io/atomic_file.h"
#include "core/io/json_splice.h"
#include "core/gazetteer/batch_geocoding.h"
#include "core/placement/file_places.h"
#include "core/placement/place_queries.h"

namespace chronomap::cli {
namespace {

struct GeocodeOptions {
    std::string input;
    std::string output;
    bool review = false;
    std::string aliases;
    std::string geodata;
    SourceOptions source;
};

struct PlaceAnswer {
    PlaceQuery query;
    GeocodeResult result;
    std::vector<std::string> event_ids;
};

nlohmann::ordered_json geocoded_json(const GeocodeResult& result) {
    const GeocodeCandidate& p = *result.place;
    nlohmann::ordered_json out;
    if (p.geonameid) out["geonameid"] = p.geonameid;
    out["name"] = p.name;
    out["country"] = std::string(to_string_view(p.country));
    out["lon"] = std::round(p.lon * 1e5) / 1e5;
    out["lat"] = std::round(p.lat * 1e5) / 1e5;
    if (!p.region.empty()) out["region"] = p.region;
    out["precision"] = std::string(precision_name(p.precision));
    out["method"] = std::string(method_name(p.method));
    out["confidence"] = result.confidence;
    if (!result.evidence.empty()) out["evidence"] = result.evidence;  // what decided
    return out;
}

std::string query_label(const PlaceQuery& q) {
    return "\"" + q.name + "\"" + (q.country.empty() ? "" : " [" + q.country + "]") +
           (q.region.empty() ? "" : " [" + q.region + "]") + (q.district.empty() ? "" : " [" + q.district + "]");
}

void print_review(const std::vector<PlaceAnswer>& answers) {
    bool any = false;
    for (const PlaceAnswer& a : answers) {
        if (a.result.status == GeocodeStatus::resolved) continue;
        if (!any) std::cout << "review:\n";
        any = true;
        std::cout << "  " << status_name(a.result.status) << "  " << query_label(a.query) << "  ("
                  << a.event_ids.size() << (a.event_ids.size() == 1 ? " event: " : " events: ");
        for (size_t i = 0; i < a.event_ids.size() && i < 5; ++i)
            std::cout << (i ? ", " : "") << a.event_ids[i];
        if (a.event_ids.size() > 5) std::cout << ", ...";
        std::cout << ")\n";
        if (!a.result.note.empty()) std::cout << "      " << a.result.note << "\n";
        for (const GeocodeCandidate& c : a.result.alternatives)
            std::cout << "      maybe " << describe_candidate(c) << "  [" << method_name(c.method)
                      << "]\n";
    }
    if (!any) std::cout << "review: every place was resolved\n";
}

int run_geocode(const GeocodeOptions& options) {
    LoadResult loaded = load_and_report(options.input, options.source);
    if (!loaded.store) return exit_code_for(loaded);
    // A table is geocoded into chronomap JSON (its converted form), never over itself.
    std::error_code no_such_output;
    bool same_file = std::filesystem::equivalent(options.input, options.output, no_such_output);
    if (loaded.format != "chronomap JSON" && same_file) {
        std::cerr << "chronomap geocode: " << options.input << " is " << loaded.format
                  << "; geocode writes chronomap JSON and will not overwrite it\n"
                  << "  hint: write to a new file: chronomap geocode " << options.input
                  << " -o OUT.json\n";
        return kExitUsage;
    }
    const EventStore& store = *loaded.store;

    auto geocoder = open_geocoder(options.geodata, options.aliases);
    if (!geocoder) return kExitBadInput;
    print_diagnostics(contradicting_coordinates(store, options.input), std::cerr);
    std::vector<Diagnostic> place_problems;
    std::optional<Geocoder> with_file_places;
    const Geocoder& file_geocoder =
        geocoder_with_file_places(store, *geocoder, options.input, with_file_places, place_problems);
    print_diagnostics(place_problems, std::cerr);

    // Every named event but the user's coordinates is answered afresh (see place_queries.h).
    PlaceQueries queries = collect_place_queries(store, EventsToPlace::all_but_coordinates);
    size_t with_coordinates = queries.with_coordinates, without_place = queries.without_place;
    std::vector<GeocodeResult> results = geocode_batch(file_geocoder, queries.distinct, queries.context);
    std::vector<std::vector<size_t>> events = events_of_queries(queries);
    std::vector<PlaceAnswer> answers(queries.distinct.size());
    for (size_t a = 0; a < answers.size(); ++a) {
        answers[a].query = queries.distinct[a];
        answers[a].result = std::move(results[a]);
        for (size_t i : events[a]) {
            size_t file_index = store.file_index()[i];
            answers[a].event_ids.push_back(
                std::string(store.id(i).empty() ? "#" + std::to_string(file_index) : store.id(i)));
        }
    }

    // Only the events' "geocoded" members change: every other byte stays as the user wrote it,
    // so a file under version control shows a small diff. The output is built front to back,
    // each event's text then the bytes up to the next one, so a big file costs one pass (an
    // in-place replace per event moved the whole tail each time: minutes at 100 k events).
    size_t events_placed = 0, events_not_placed = 0;
    std::string_view source = store.source_text();
    std::string text;
    text.reserve(source.size() + source.size() / 4);
    std::vector<size_t> rows(store.size());
    for (size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    std::sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        return store.original_json(a).data() < store.original_json(b).data();
    });
    try {
        size_t copied = 0;  // source bytes before this are in `text`
        for (size_t i : rows) {
            if (queries.of_event[i] == kNoQuery) continue;
            const GeocodeResult& r = answers[queries.of_event[i]].result;
            std::string_view event = store.original_json(i);
            if (event.empty()) continue;
            std::optional<std::string> geocoded;
            if (r.place) {
                geocoded = one_line_json(geocoded_json(r));
                events_placed++;
            } else {
                events_not_placed++;  // a stale "geocoded" goes: the place is no longer resolved
            }
            auto offset = static_cast<size_t>(event.data() - source.data());
            text.append(source.substr(copied, offset - copied));
            text += splice_member(event, "geocoded", geocoded);
            copied = offset + event.size();
        }
        text.append(source.substr(copied));
        if (!text.empty() && text.back() != '\n') text += '\n';
        write_file_atomically(options.output, text);
    } catch (const WriteError& e) {
        std::cerr << "chronomap geocode: error: " << e.what() << "\n";
        return kExitWriteFailed;
    } catch (const std::invalid_argument& e) {
        std::cerr << "chronomap geocode: error: cannot edit an event of " << options.input << ": "
                  << e.what() << "; nothing written\n";
        return kExitBadInput;
    }

    size_t resolved = 0, ambiguous = 0, unresolved = 0;
    for (const PlaceAnswer& a : answers) {
        if (a.result.status == GeocodeStatus::resolved)
            resolved++;
        else if (a.result.status == GeocodeStatus::ambiguous)
            ambiguous++;
        else
            unresolved++;
    }
    std::cout << options.input << " -> " << options.output << "\n"
              << "  places  " << answers.size() << " distinct: " << resolved << " resolved, "
              << ambiguous << " ambiguous, " << unresolved << " unresolved\n"
              << "  events  " << store.size() << ": " << events_placed << " geocoded, "
              << with_coordinates << " with coordinates (kept), " << events_not_placed
              << " not placed, " << without_place << " without a place\n";
    if (options.review)
        print_review(answers);
    else if (ambiguous + unresolved > 0)
        std::cout << "  run with --review to see the places left and their candidates\n";
    bool problems =
        ambiguous + unresolved > 0 || loaded.skipped_events > 0 || has_errors(place_problems);
    return problems ? kExitProblems : kExitOk;
}

}  // namespace

Subcommand add_geocode_command(Command app) {
    auto options = std::make_shared<GeocodeOptions>();
    Command command = app.add_subcommand(
        "geocode",
        "Place each event: add a \"geocoded\" object (geonameid, name, country, lon, lat, method, "
        "confidence). User \"coordinates\" are kept; re-running is idempotent; the write is "
        "atomic.\n"
        "Exit 0 when every place is resolved, 1 when some are ambiguous or unresolved, 2 bad "
        "input, "
        "3 cannot write.");
    command.add_option("IN", options->input, "Event file (chronomap JSON, or any format `import` reads)")
        .required();
    command.add_option("-o,--output", options->output,
                        "File to write (may be IN itself when IN is chronomap JSON)")
        .required();
    add_source_options(command, options->source);
    command.add_flag("--review", options->review,
                      "List the ambiguous and unresolved places with their candidates");
    command.add_option("--aliases", options->aliases,
                        "Your aliases and places (TSV; see geodata/README.md)");
    command.add_option("--geodata", options->geodata,
                        "Folder of gazetteer.idx (default: found automatically)");
    return {command, [options] { return run_geocode(*options); }};
}

}  // namespace chronomap::cli
