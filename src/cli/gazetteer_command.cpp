// `chronomap gazetteer add FILE...`, `gazetteer list`, `gazetteer remove NAME`: the user's
// own gazetteers (GeoNames extracts, CSV/TSV tables), asked after the built-in one.
#include <chrono>
#include <iostream>
#include <memory>

#include "core/text/counted.h"
#include "cli/subcommands.h"
#include "core/gazetteer/user_gazetteers.h"
#include "core/io/geodata_paths.h"

namespace chronomap::cli {
namespace {

struct GazetteerOptions {
    std::vector<std::string> files;
    std::string name;
    std::string remove_name;
    std::string geodata;
};

std::string megabytes(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

int run_add(const GazetteerOptions& options) {
    std::shared_ptr<const Gazetteer> builtin;
    try {
        builtin = Gazetteer::open(chronomap::geodata_dir(options.geodata) / Gazetteer::kFileName);
    } catch (const std::exception& e) {
        std::cerr << "chronomap: error: " << e.what() << "\n";
        return kExitBadInput;
    }
    std::vector<std::filesystem::path> sources(options.files.begin(), options.files.end());
    std::string name = options.name.empty() ? sources.front().stem().string() : options.name;
    if (name.empty() || name.find('/') != std::string::npos || name.starts_with(".")) {
        std::cerr << "chronomap: error: bad gazetteer name \"" << name
                  << "\"; give one with --name (letters, digits, - and _)\n";
        return kExitUsage;
    }
    auto dir = user_gazetteer_dir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "chronomap: error: cannot create " << dir.string() << ": " << ec.message()
                  << "; set CHRONOMAP_GAZETTEER_DIR to a folder you can write\n";
        return kExitWriteFailed;
    }
    auto output = dir / (name + ".idx");
    auto start = std::chrono::steady_clock::now();
    UserGazetteerBuild report;
    try {
        report = build_user_gazetteer(sources, *builtin, output);
    } catch (const std::exception& e) {
        std::cerr << "chronomap: error: " << e.what() << "\n";
        return kExitBadInput;
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    print_diagnostics(report.problems, std::cerr);
    std::cout << "gazetteer " << name << ": " << counted(report.places, "place", "places") << " from "
              << counted(report.rows, "row", "rows") << " (" << report.skipped << " not populated places or without country) -> "
              << output.string() << " (" << megabytes(report.bytes) << ", " << seconds << " s)\n";
    return has_errors(report.problems) ? kExitProblems : kExitOk;
}

int run_list() {
    auto dir = user_gazetteer_dir();
    auto all = list_user_gazetteers(dir);
    if (all.empty()) {
        std::cout << "no user gazetteers in " << dir.string()
                  << "; add one with `chronomap gazetteer add SY.txt`\n";
        return kExitOk;
    }
    for (const UserGazetteerInfo& g : all) {
        std::cout << g.name << "\t";
        if (!g.error.empty())
            std::cout << "unusable: " << g.error << "\n";
        else
            std::cout << counted(g.places, "place", "places") << "\t" << megabytes(g.bytes) << "\t" << g.note << "\n";
    }
    return kExitOk;
}

int run_remove(const std::string& name) {
    auto dir = user_gazetteer_dir();
    auto file = dir / (name + ".idx");
    std::error_code ec;
    if (name.find('/') != std::string::npos || !std::filesystem::remove(file, ec)) {
        std::cerr << "chronomap: error: no user gazetteer \"" << name << "\" in " << dir.string()
                  << "; `chronomap gazetteer list` shows them\n";
        return kExitBadInput;
    }
    std::filesystem::remove(Gazetteer::verified_stamp(file), ec);
    std::cout << "removed " << file.string() << "\n";
    return kExitOk;
}

}  // namespace

Subcommand add_gazetteer_command(Command app) {
    auto options = std::make_shared<GazetteerOptions>();
    Command command =
        app.add_subcommand("gazetteer",
                           "Your own gazetteers, asked after the built-in one (stored in "
                           "$CHRONOMAP_GAZETTEER_DIR, else $XDG_DATA_HOME/chronomap/gazetteers).");
    command.require_subcommand(1);
    Command add = command.add_subcommand(
        "add",
        "Compile GeoNames dump files (SY.txt: 19 tab-separated columns) or CSV/TSV tables "
        "(header: name,lat,lon[,country,region,alternate_names,population]) into one gazetteer.");
    add.add_option("FILE", options->files, "Source files").required().existing_file();
    add.add_option("--name", options->name, "Its name (default: the first file's name, e.g. SY)");
    add.add_option("--geodata", options->geodata,
                    "Folder of the built-in gazetteer.idx (default: found automatically)");
    Command list = command.add_subcommand("list", "List your gazetteers");
    Command remove = command.add_subcommand("remove", "Remove one of your gazetteers");
    remove.add_option("NAME", options->remove_name, "As `gazetteer list` shows it").required();
    return {command, [options, add, list, remove] {
                if (add.parsed()) return run_add(*options);
                if (list.parsed()) return run_list();
                if (remove.parsed()) return run_remove(options->remove_name);
                return static_cast<int>(kExitUsage);
            }};
}

}  // namespace chronomap::cli
