// Prints every field of the geocoder's answers for a list of queries, one line each, so two
// builds can be compared byte for byte (a speed change must not change any answer):
//   build/bench/geocoder_answers [--world INDEX | --with-world INDEX] < queries.tsv > answers.txt
// A query line: name, country hint, region hint, district hint, and "1" to look it up with the
// file context below (tab-separated; missing columns are empty). With --world, the names are
// looked up in that user index alone (country and region names from the built-in index); with
// --with-world, as `chronomap` asks once it is added (`gazetteer add`): the built-in index
// first, that one for a name it does not resolve.
// With --check-full, each query is also looked up asking for every alternative (which reads
// every candidate, where a lookup otherwise reads the best few: docs/PERFORMANCE.md): any
// answer that differs beyond the alternatives' length is printed to stderr, and the exit
// status is 1.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "core/gazetteer/geocoder.h"
#include "core/io/geodata_paths.h"

using namespace chronomap;

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t')
            out.emplace_back();
        else
            out.back() += c;
    }
    out.resize(std::max<size_t>(out.size(), 5));
    return out;
}

std::string candidate_text(const GeocodeCandidate& c) {
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, "%u %.6f %.6f %u %.9g", c.geonameid, c.lat, c.lon,
                  c.population, c.score);
    return c.name + " (" + std::string(to_string_view(c.country)) + ") " + numbers + " " +
           std::string(method_name(c.method)) + " " + std::string(precision_name(c.precision)) +
           " [" + c.region + "]";
}

std::string answer_text(const GeocodeResult& r) {
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%.2f", r.confidence);
    std::string out = std::string(status_name(r.status)) + " " + confidence;
    if (r.place) out += "\tplace: " + candidate_text(*r.place);
    for (const GeocodeCandidate& c : r.alternatives) out += "\talt: " + candidate_text(c);
    return out + "\tnote: " + r.note + "\tevidence: " + r.evidence;
}

}  // namespace

int main(int argc, char** argv) {
    Geocoder builtin = Geocoder::open(geodata_dir());
    std::unique_ptr<Geocoder> world;
    bool check_full = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--check-full") {
            check_full = true;
        } else if (arg == "--world" && i + 1 < argc) {
            world = std::make_unique<Geocoder>(Gazetteer::open(argv[++i], Gazetteer::Verify::when_changed));
            world->use_hints_from(builtin.gazetteer_ptr());
        } else if (arg == "--with-world" && i + 1 < argc) {
            builtin.add_gazetteer(Gazetteer::open(argv[++i], Gazetteer::Verify::when_changed));
        } else {
            std::cerr << "usage: geocoder_answers [--world INDEX | --with-world INDEX] [--check-full] < queries.tsv\n";
            return 2;
        }
    }
    const Geocoder& g = world ? *world : builtin;
    // Places of one Syrian and Libyan story: they pull ambiguous names their way.
    PlaceContext context;
    context.points = {{36.20, 37.16}, {35.93, 39.01}, {34.73, 36.71}, {32.89, 13.19}, {31.21, 16.59}};
    size_t mismatches = 0;
    for (std::string line; std::getline(std::cin, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> q = split_tabs(line);
        PlaceHints hints{q[1], q[2], q[3]};
        const PlaceContext* with = q[4] == "1" ? &context : nullptr;
        GeocodeResult r = g.lookup(q[0], hints, with);
        std::cout << line << '\t' << answer_text(r) << '\n';
        if (!check_full) continue;
        GeocodeResult full = g.lookup(q[0], hints, with, 1'000'000);
        full.alternatives.resize(std::min(full.alternatives.size(), r.alternatives.size()));
        if (answer_text(full) != answer_text(r)) {
            std::cerr << "differs when every candidate is read: " << line << '\n';
            mismatches++;
        }
    }
    return mismatches ? 1 : 0;
}
