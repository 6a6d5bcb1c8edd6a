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

int exit_code_for(const LoadResult& result) {
    if (!result.store) return kExitBadInput;
    if (result.skipped_events > 0 || has_errors(result.diagnostics)) return kExitProblems;
    return kExitOk;
}

}  // namespace chronomap::cli
