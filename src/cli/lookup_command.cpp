// `chronomap lookup [--country C] [--region R] [--json] [--limit K] NAME...` and
// `lookup --json -` (lines NAME[<TAB>COUNTRY[<TAB>REGION]]):
// how the geocoder answers names, one by one or as a stream from stdin.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/geocoder_setup.h"
#include "cli/subcommands.h"
#include "core/io/geodata_paths.h"
#include "core/io/input_limits.h"
#include "core/place_names/event_place_name.h"

namespace chronomap::cli {
namespace {

struct LookupOptions {
    std::vector<std::string> names;
    std::string country;
    std::string region;
    std::string district;
    bool json = false;
    size_t limit = 5;
    std::string geodata;
    std::string aliases;
    std::string lang;
};

// Places are named as the map names them (core/place_names/exonyms.h: "Alep" on a French
// map, "Palmyra" on an English one), GeoNames' own name after it when it differs.
struct Naming {
    std::shared_ptr<const ExonymTable> exonyms;
    NameLanguage language = NameLanguage::en;

    std::string shown(const GeocodeCandidate& c) const {
        return c.geonameid && exonyms ? display_name(*exonyms, c.geonameid, c.name, to_string_view(c.country), language)
                                      : c.name;
    }
    std::string describe(const GeocodeCandidate& c) const {
        GeocodeCandidate named = c;
        named.name = shown(c);
        std::string text = describe_candidate(named);
        return named.name == c.name ? text : text + " (GeoNames: " + c.name + ")";
    }
};

// --lang, else the terminal's language ($LANG fr_FR.UTF-8), else English.
NameLanguage lookup_language(const std::string& requested) {
    NameLanguage language = NameLanguage::en;
    if (parse_name_language(requested, language)) return language;
    const char* lang = std::getenv("LANG");
    if (lang && std::string_view(lang).starts_with("fr")) return NameLanguage::fr;
    return NameLanguage::en;
}

nlohmann::ordered_json answer_json(std::string_view query, const GeocodeResult& result, const Naming& naming) {
    nlohmann::ordered_json out = result_json(query, result);
    if (result.place) out["display_name"] = naming.shown(*result.place);
    return out;
}

void print_text(std::string_view query, const GeocodeResult& result, const Naming& naming) {
    std::cout << query << ": " << status_name(result.status);
    if (result.place)
        std::cout << "  " << naming.describe(*result.place) << "  ["
                  << method_name(result.place->method) << ", confidence " << result.confidence
                  << "]";
    std::cout << "\n";
    if (!result.evidence.empty()) std::cout << "  because: " << result.evidence << "\n";
    if (!result.note.empty()) std::cout << "  note: " << result.note << "\n";
    for (const GeocodeCandidate& c : result.alternatives)
        std::cout << "  " << (result.place ? "also: " : "maybe: ") << naming.describe(c) << "  ["
                  << method_name(c.method) << "]\n";
}

// Reads NAME, NAME<TAB>COUNTRY or NAME<TAB>COUNTRY<TAB>REGION lines; answers each at once
// (a pipe partner may wait).
// std::getline with a bound: a line past kMaxStringBytes (/dev/zero on stdin has no end of
// line) stops the reading instead of filling memory. False at the end or on such a line.
bool read_bounded_line(std::istream& in, std::string& line, bool& too_long) {
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    bool got_any = false;
    for (int c; (c = buffer->sbumpc()) != std::char_traits<char>::eof();) {
        got_any = true;
        if (c == '\n') return true;
        if (line.size() >= kMaxStringBytes) {
            too_long = true;
            return false;
        }
        line += static_cast<char>(c);
    }
    return got_any;
}

bool answer_stdin(const Geocoder& geocoder, const LookupOptions& options, const Naming& naming, bool& too_long) {
    bool all_resolved = true;
    std::string line;
    while (read_bounded_line(std::cin, line, too_long)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string_view rest = line;
        auto next_column = [&]() {
            size_t tab = rest.find('\t');
            std::string_view column = rest.substr(0, tab);
            rest = tab == std::string_view::npos ? std::string_view() : rest.substr(tab + 1);
            return column;
        };
        std::string_view name = next_column();
        bool has_country = line.find('\t') != std::string::npos;
        std::string_view country = has_country ? next_column() : std::string_view(options.country);
        std::string_view region = !rest.empty() ? next_column() : std::string_view(options.region);
        GeocodeResult result = geocoder.lookup(
            name, PlaceHints{country, region, options.district}, nullptr, options.limit);
        all_resolved = all_resolved && result.status == GeocodeStatus::resolved;
        if (options.json)
            std::cout << answer_json(name, result, naming)
                             .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                      << std::endl;  // flushed per line
        else {
            print_text(name, result, naming);
            std::cout.flush();
        }
    }
    return all_resolved;
}

}  // namespace

Subcommand add_lookup_command(Command app) {
    auto options = std::make_shared<LookupOptions>();
    Command command = app.add_subcommand(
        "lookup",
        "Look place names up in the gazetteer and say how each was found.\n"
        "With NAME \"-\", reads lines NAME, NAME<TAB>COUNTRY or NAME<TAB>COUNTRY<TAB>REGION "
        "from stdin and answers each line at once (with --json: one JSON object per line).\n"
        "Coordinates are printed as an event file writes them: [lon, lat].\n"
        "Exit 0 when every name is resolved, 1 when some are ambiguous or unresolved.");
    command.add_option("NAME", options->names, "Place names as written, or - for stdin")
        .required();
    command.add_option("--country", options->country,
                        "Country hint: ISO code or name (SY, Syrie, Syrien, Syria)");
    command.add_option("--region", options->region,
                        "First-level region hint as written (Idleb, Daraa, Hadramawt, North Sinai)");
    command.add_option("--district", options->district, "Second-level region (district) as written: Abu Kamal, Al-Mayadin; places near its seat are kept");
    command.add_flag("--json", options->json, "One JSON object per name, one per line");
    command.add_option("--limit", options->limit, "Alternatives listed per name (default 5)")
        .in_range(0, 100);
    command.add_option("--geodata", options->geodata,
                        "Folder of gazetteer.idx (default: found automatically)");
    command.add_option("--aliases", options->aliases,
                        "Your aliases and places (TSV; see geodata/README.md)");
    command
        .add_option("--lang", options->lang,
                     "Language of the place names printed: fr or en (default: $LANG's, else en); "
                     "GeoNames' own name follows when it differs")
        .one_of_ignoring_case({"fr", "en"});
    return {command, [options] {
                auto geocoder = open_geocoder(options->geodata, options->aliases);
                if (!geocoder) return static_cast<int>(kExitBadInput);
                Naming naming;
                naming.language = lookup_language(options->lang);
                try {
                    naming.exonyms = load_exonyms(chronomap::geodata_dir(options->geodata));
                } catch (const std::exception&) {
                    // open_geocoder found the geodata; without it, GeoNames' names are printed
                }
                bool all_resolved = true;
                if (options->names.size() == 1 && options->names[0] == "-") {
                    bool too_long = false;
                    all_resolved = answer_stdin(*geocoder, *options, naming, too_long);
                    if (too_long) {
                        std::cerr << "chronomap lookup: a line of the input is longer than 1 MiB; it holds "
                                     "no place name (is it the right input?)\n";
                        return static_cast<int>(kExitBadInput);
                    }
                } else {
                    for (const std::string& name : options->names) {
                        GeocodeResult result =
                            geocoder->lookup(name,
                                             PlaceHints{options->country, options->region,
                                                        options->district},
                                             nullptr, options->limit);
                        all_resolved = all_resolved && result.status == GeocodeStatus::resolved;
                        if (options->json)
                            std::cout << answer_json(name, result, naming)
                                             .dump(-1, ' ', false,
                                                   nlohmann::ordered_json::error_handler_t::replace)
                                      << "\n";
                        else
                            print_text(name, result, naming);
                    }
                }
                return static_cast<int>(all_resolved ? kExitOk : kExitProblems);
            }};
}

}  // namespace chronomap::cli
