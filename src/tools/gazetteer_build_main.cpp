// chronomap-gazetteer-build: compiles the gazetteer index at build time (geodata/CMakeLists.txt).
// A tool of its own, built from the few files it needs, so that editing unrelated core code
// does not make the build compile the index again.
#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "core/gazetteer/gazetteer_builder.h"

int main(int argc, char** argv) {
    CLI::App app{"Compiles GeoNames cities500 and country names into chronomap's gazetteer index."};
    chronomap::GazetteerSources sources;
    std::string output;
    app.add_option("--cities", sources.cities, "GeoNames cities500.txt")
        ->required()
        ->check(CLI::ExistingFile);
    app.add_option("--countries", sources.countries, "i18n-iso-countries package folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    app.add_option("--regions", sources.regions,
                   "iso3166-2-db's data/iso3166-2.json: names of first-level regions")
        ->check(CLI::ExistingFile);
    app.add_option("--note", sources.note, "Source and version note stored in the index header");
    app.add_option("--out", output, "Index file to write")->required();
    CLI11_PARSE(app, argc, argv);
    try {
        auto start = std::chrono::steady_clock::now();
        auto report = chronomap::build_gazetteer_index(sources, output);
        auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << "gazetteer: " << report.places << " places, " << report.basic_keys
                  << " names, " << report.skeleton_keys << " skeleton keys, " << report.fuzzy_keys
                  << " fuzzy keys, " << report.country_names << " country names, " << report.regions << " regions ("
                  << report.region_names << " region name keys) -> " << output
                  << " (" << report.file_size / (1024 * 1024) << " MiB, " << seconds << " s)\n";
    } catch (const std::exception& e) {
        std::cerr << "chronomap-gazetteer-build: error: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
