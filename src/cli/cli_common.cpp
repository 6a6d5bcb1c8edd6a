#include "cli/cli_common.h"

#include <iostream>

namespace chronomap::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    constexpr size_t kMaxShown = 50;  // a broken million-event file must not flood the terminal
    for (size_t i = 0; i < diagnostics.size() && i < kMaxShown; ++i) out << diagnostics[i].format() << "\n";
    if (diagnostics.size() > kMaxShown)
        out << "... and " << diagnostics.size() - kMaxShown << " more problems\n";
}

LoadResult load_and_report(const std::string& path, const LoadOptions& options) {
    LoadResult result = load_event_file(path, options);
    print_diagnostics(result.diagnostics, std::cerr);
    return result;
}

PlacementReport place_and_report(EventStore& store, const std::filesystem::path& geodata,
                                 const std::string& file) {
    std::string geocoder_warning;
    PlacementReport placement = place_for_drawing(store, geodata, file, geocoder_warning);
    std::cerr << geocoder_warning;
    if (std::string warning = placement.warning(file); !warning.empty()) std::cerr << warning << "\n";
    return placement;
}

int exit_code_for(const LoadResult& result) {
    if (!result.store) return kExitBadInput;
    if (result.skipped_events > 0 || has_errors(result.diagnostics)) return kExitProblems;
    return kExitOk;
}

}  // namespace chronomap::cli
