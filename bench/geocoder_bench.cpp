// Gazetteer and geocoder speed (figures in docs/PERFORMANCE.md, "## Geocoder").
//   build/bench/geocoder_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// Needs the compiled index (scripts/build); $CHRONOMAP_GEODATA may point elsewhere.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <random>

#include "core/gazetteer/country_reach.h"
#include "core/gazetteer/geocoder.h"
#include "core/gazetteer/name_folding.h"
#include "core/io/geodata_paths.h"

namespace {

using namespace chronomap;

const std::filesystem::path& index_path() {
    static const std::filesystem::path path = geodata_dir() / Gazetteer::kFileName;
    return path;
}

const Geocoder& geocoder() {
    static const Geocoder g = Geocoder::open(geodata_dir());
    return g;
}

// Main names of places spread over the whole gazetteer, with their countries.
struct Query {
    std::string name, country;
};
const std::vector<Query>& exact_queries() {
    static const std::vector<Query> queries = [] {
        std::vector<Query> q;
        const Gazetteer& g = geocoder().gazetteer();
        for (std::uint32_t i = 0; i < g.size(); i += static_cast<std::uint32_t>(g.size() / 4096)) {
            PlaceView p = g.place(i);
            q.push_back({std::string(p.name), std::string(to_string_view(p.country))});
        }
        return q;
    }();
    return queries;
}

// The same names with one letter dropped in the middle: only the fuzzy stage finds them.
const std::vector<Query>& misspelled_queries() {
    static const std::vector<Query> queries = [] {
        std::vector<Query> q;
        for (const Query& e : exact_queries()) {
            if (e.name.size() < 8 || !is_ascii(e.name)) continue;
            std::string name = e.name;
            name.erase(name.size() / 2, 1);
            q.push_back({name, e.country});
        }
        return q;
    }();
    return queries;
}

void BM_IndexOpen(benchmark::State& state) {
    for (auto _ : state) {
        auto gazetteer = Gazetteer::open(index_path());
        benchmark::DoNotOptimize(gazetteer->size());
    }
}
BENCHMARK(BM_IndexOpen)->Unit(benchmark::kMillisecond);

// The raw index probe: fold a name and read its matches.
void BM_ExactKeyProbe(benchmark::State& state) {
    const auto& queries = exact_queries();
    const Gazetteer& g = geocoder().gazetteer();
    std::vector<KeyMatch> matches;
    size_t i = 0;
    for (auto _ : state) {
        matches.clear();
        auto key = fold_basic(queries[i++ % queries.size()].name);
        g.find_basic(*key, matches);
        benchmark::DoNotOptimize(matches.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ExactKeyProbe);

// A whole answer (folding, aliases, basic and skeleton keys, ranking, result) for names
// written as GeoNames writes them, with their country.
void BM_ExactLookup(benchmark::State& state) {
    const auto& queries = exact_queries();
    size_t i = 0;
    for (auto _ : state) {
        const Query& q = queries[i++ % queries.size()];
        benchmark::DoNotOptimize(geocoder().lookup(q.name, q.country, nullptr, 0));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_ExactLookup);

// Whole answers for the queries in turn (with their country hints, without file context).
void lookup_each(benchmark::State& state, const Geocoder& g, const std::vector<Query>& queries) {
    size_t i = 0;
    for (auto _ : state) {
        const Query& q = queries[i++ % queries.size()];
        benchmark::DoNotOptimize(g.lookup(q.name, q.country, nullptr, 0));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// A table's names and country hints (its first two columns; "#" lines are comments).
void read_queries(const std::string& file, std::vector<Query>& out) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        auto tab2 = line.find('\t', tab + 1);
        out.push_back({line.substr(0, tab), line.substr(tab + 1, tab2 - tab - 1)});
    }
}

// A whole answer for the press spellings of tests/data/geocode-variants.tsv (164 names, with
// and without country hints): the working set of a real file, which stays in the caches.
void BM_PressLookup(benchmark::State& state) {
    static const std::vector<Query> queries = [] {
        std::vector<Query> q;
        read_queries(CHRONOMAP_VARIANTS_FILE, q);
        return q;
    }();
    if (queries.empty()) {
        state.SkipWithError("cannot read " CHRONOMAP_VARIANTS_FILE);
        return;
    }
    lookup_each(state, geocoder(), queries);
}
BENCHMARK(BM_PressLookup);

// A whole answer for misspelled names: every one goes through the fuzzy stage.
void BM_FuzzyLookup(benchmark::State& state) {
    const auto& queries = misspelled_queries();
    size_t i = 0;
    for (auto _ : state) {
        const Query& q = queries[i++ % queries.size()];
        benchmark::DoNotOptimize(geocoder().lookup(q.name, q.country, nullptr, 0));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_FuzzyLookup);

// A name with a country where nothing bears it (docs/geocoding.md, rule 10): the places
// abroad are weighed by their distance to the country's places. "Kidal, Niger" (one near),
// "Solhan, Burkina" and "Mossoul, Libye" (only far ones, the nearest measured).
void BM_LookupOnlyAbroad(benchmark::State& state) {
    static const Query queries[] = {{"Kidal", "Niger"}, {"Solhan", "Burkina"}, {"Mossoul", "Libye"},
                                    {"Tripoli", "Syrie"}, {"Bustan", "Syrie"}};
    size_t i = 0;
    for (auto _ : state) {
        const Query& q = queries[i++ % std::size(queries)];
        benchmark::DoNotOptimize(geocoder().lookup(q.name, q.country, nullptr, 0));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_LookupOnlyAbroad);

// What the first such lookup pays once: each country's places, grouped (country_reach.h).
void BM_CountryReachBuild(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(CountryReach(geocoder().gazetteer()));
}
BENCHMARK(BM_CountryReachBuild)->Unit(benchmark::kMillisecond);

// The fuzzy stage alone: keys sharing a one-letter deletion, checked by edit distance.
void BM_FuzzyKeyProbe(benchmark::State& state) {
    const auto& queries = misspelled_queries();
    std::vector<std::string> skeletons;
    for (const Query& q : queries) skeletons.push_back(fold_skeleton(*fold_basic(q.name)));
    const Gazetteer& g = geocoder().gazetteer();
    std::vector<FuzzyKey> keys;
    size_t i = 0;
    for (auto _ : state) {
        keys.clear();
        const std::string& s = skeletons[i++ % skeletons.size()];
        g.find_fuzzy(s, keys);
        benchmark::DoNotOptimize(keys.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_FuzzyKeyProbe);

// A world-sized user index ($CHRONOMAP_BENCH_WORLD_INDEX, built with `chronomap gazetteer
// add` from bench/make_geonames_extract.py's output: the worst case, or --namesakes cities500
// for namesakes as frequent as in cities500; run once per index) against the built-in one:
// key probes and whole answers for main names spread over each index, without a country
// (a user index holds no country names of its own).
std::vector<Query> spread_names(const Gazetteer& g, bool with_country = false) {
    std::vector<Query> q;
    auto step = static_cast<std::uint32_t>(std::max<size_t>(g.size() / 4096, 1));
    for (std::uint32_t i = 0; i < g.size(); i += step) {
        PlaceView p = g.place(i);
        q.push_back({std::string(p.name), with_country ? std::string(to_string_view(p.country)) : ""});
    }
    return q;
}

const Geocoder* world_geocoder() {
    static const std::unique_ptr<Geocoder> g = []() -> std::unique_ptr<Geocoder> {
        const char* path = std::getenv("CHRONOMAP_BENCH_WORLD_INDEX");
        if (!path || !*path) return nullptr;
        auto world = std::make_unique<Geocoder>(Gazetteer::open(path, Gazetteer::Verify::when_changed));
        world->use_hints_from(geocoder().gazetteer_ptr());  // country names ("SY")
        return world;
    }();
    return g.get();
}

void lookups_without_country(benchmark::State& state, const Geocoder* g) {
    if (!g) {
        state.SkipWithError("set CHRONOMAP_BENCH_WORLD_INDEX to a user index (.idx)");
        return;
    }
    static std::map<const Geocoder*, std::vector<Query>> names;
    auto& queries = names.try_emplace(g, spread_names(g->gazetteer())).first->second;
    lookup_each(state, *g, queries);
}
void BM_LookupNoCountry_Cities500(benchmark::State& state) {
    lookups_without_country(state, &geocoder());
}
BENCHMARK(BM_LookupNoCountry_Cities500);
void BM_LookupNoCountry_WorldIndex(benchmark::State& state) {
    lookups_without_country(state, world_geocoder());
}
BENCHMARK(BM_LookupNoCountry_WorldIndex);

// The same names with their country as hint: namesakes abroad are still gathered (they say
// whether a larger place of the name exists elsewhere), then left out.
void lookups_with_country(benchmark::State& state, const Geocoder* g) {
    if (!g) {
        state.SkipWithError("set CHRONOMAP_BENCH_WORLD_INDEX to a user index (.idx)");
        return;
    }
    static std::map<const Geocoder*, std::vector<Query>> names;
    auto& queries = names.try_emplace(g, spread_names(g->gazetteer(), true)).first->second;
    lookup_each(state, *g, queries);
}
void BM_LookupCountry_Cities500(benchmark::State& state) { lookups_with_country(state, &geocoder()); }
BENCHMARK(BM_LookupCountry_Cities500);
void BM_LookupCountry_WorldIndex(benchmark::State& state) { lookups_with_country(state, world_geocoder()); }
BENCHMARK(BM_LookupCountry_WorldIndex);

// Names users look up: the press tables' spellings (tests/data/press-spellings*.tsv, 2,124
// rows: French and English exonyms, transliterations, names that must not be placed), with
// the country hint each row gives (often none), on each index: the world index holds
// cities500's places among its own (bench/make_geonames_extract.py --namesakes cities500).
const std::vector<Query>& press_spellings() {
    static const std::vector<Query> queries = [] {
        std::vector<Query> q;
        for (const char* file : {"press-spellings.tsv", "press-spellings-2.tsv", "press-spellings-3.tsv",
                                 "press-spellings-4.tsv"})
            read_queries(std::string(CHRONOMAP_TEST_DATA_DIR) + "/" + file, q);
        return q;
    }();
    return queries;
}
void press_spelling_lookups(benchmark::State& state, const Geocoder* g) {
    if (!g) {
        state.SkipWithError("set CHRONOMAP_BENCH_WORLD_INDEX to a user index (.idx)");
        return;
    }
    const auto& queries = press_spellings();
    if (queries.empty()) {
        state.SkipWithError("cannot read " CHRONOMAP_TEST_DATA_DIR "/press-spellings*.tsv");
        return;
    }
    lookup_each(state, *g, queries);
}
void BM_LookupPress_Cities500(benchmark::State& state) { press_spelling_lookups(state, &geocoder()); }
BENCHMARK(BM_LookupPress_Cities500);
void BM_LookupPress_WorldIndex(benchmark::State& state) { press_spelling_lookups(state, world_geocoder()); }
BENCHMARK(BM_LookupPress_WorldIndex);

// As `chronomap` asks them once the world index is added (`gazetteer add`): the built-in
// index and its curated aliases first, the world index only for a name the built-in one
// finds nowhere as written (Geocoder::add_gazetteer). The cost a user sees.
const Geocoder* builtin_with_world_added() {
    static const std::unique_ptr<Geocoder> g = []() -> std::unique_ptr<Geocoder> {
        const char* path = std::getenv("CHRONOMAP_BENCH_WORLD_INDEX");
        if (!path || !*path) return nullptr;
        auto both = std::make_unique<Geocoder>(Geocoder::open(geodata_dir()));
        both->add_gazetteer(Gazetteer::open(path, Gazetteer::Verify::when_changed));
        return both;
    }();
    return g.get();
}
void BM_LookupPress_BuiltInWithWorld(benchmark::State& state) {
    press_spelling_lookups(state, builtin_with_world_added());
}
BENCHMARK(BM_LookupPress_BuiltInWithWorld);

// The index probe alone (fold, one key table) on each: what the index format costs, apart
// from how many namesakes a name has (the synthetic extract repeats each name ~50 times).
void key_probes(benchmark::State& state, const Geocoder* g) {
    if (!g) {
        state.SkipWithError("set CHRONOMAP_BENCH_WORLD_INDEX to a user index (.idx)");
        return;
    }
    std::vector<Query> queries = spread_names(g->gazetteer());
    std::vector<KeyMatch> matches;
    size_t i = 0;
    for (auto _ : state) {
        matches.clear();
        auto key = fold_basic(queries[i++ % queries.size()].name);
        g->gazetteer().find_basic(*key, matches);
        benchmark::DoNotOptimize(matches.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
void BM_KeyProbe_Cities500(benchmark::State& state) { key_probes(state, &geocoder()); }
BENCHMARK(BM_KeyProbe_Cities500);
void BM_KeyProbe_WorldIndex(benchmark::State& state) { key_probes(state, world_geocoder()); }
BENCHMARK(BM_KeyProbe_WorldIndex);

// Opening the world index at a later start: header, structure and the verified stamp.
void BM_WorldIndexOpen(benchmark::State& state) {
    const char* path = std::getenv("CHRONOMAP_BENCH_WORLD_INDEX");
    if (!path || !*path) {
        state.SkipWithError("set CHRONOMAP_BENCH_WORLD_INDEX to a user index (.idx)");
        return;
    }
    for (auto _ : state) {
        auto gazetteer = Gazetteer::open(path, Gazetteer::Verify::when_changed);
        benchmark::DoNotOptimize(gazetteer->size());
    }
}
BENCHMARK(BM_WorldIndexOpen)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
