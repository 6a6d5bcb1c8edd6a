// Load benchmark: an event file into the EventStore, median of several runs, and peak memory.
// Also times a plain nlohmann DOM parse of the same file, the alternative we measured.
//
//   load_bench FILE.json [RUNS] [--dom]
#include <algorithm>
#include <sys/resource.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/event_reader.h"
#include "core/huge_pages.h"

namespace {

long peak_rss_kib() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    return -1;
}

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
    double wall = 0, cpu = 0;  // medians, seconds
};

// Wall time and CPU time (user + system): on a shared machine CPU time is the steadier figure.
template <class F>
Timing median_times(int runs, F&& body) {
    std::vector<double> walls, cpus;
    for (int r = 0; r < runs; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        double c0 = cpu_seconds();
        body();
        cpus.push_back(cpu_seconds() - c0);
        walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

}  // namespace

int main(int argc, char** argv) {
    chronomap::reexec_with_huge_pages(argv);  // as the chronomap binary does
    if (argc < 2) {
        std::cerr << "usage: load_bench FILE.json [RUNS] [--dom]\n";
        return 64;
    }
    std::string path = argv[1];
    int runs = argc > 2 && argv[2][0] != '-' ? std::atoi(argv[2]) : 5;
    bool dom = argc > 2 && std::strcmp(argv[argc - 1], "--dom") == 0;

    size_t events = 0;
    if (dom) {
        // nlohmann's DOM only: no store built, so this is a lower bound for a DOM-based loader.
        Timing t = median_times(runs, [&] {
            auto text = chronomap::read_text_file(path);
            auto document = nlohmann::json::parse(text);
            events = document["events"].size();
        });
        std::cout << "nlohmann DOM parse: " << events << " events, median wall " << t.wall << " s, cpu "
                  << t.cpu << " s over " << runs
                  << " runs, peak RSS " << peak_rss_kib() / 1024 << " MiB\n";
        return 0;
    }
    Timing t = median_times(runs, [&] {
        auto result = chronomap::load_event_file(path);
        events = result.store ? result.store->size() : 0;
    });
    std::cout << "EventStore load: " << events << " events, median wall " << t.wall << " s, cpu " << t.cpu
              << " s over " << runs
              << " runs, peak RSS " << peak_rss_kib() / 1024 << " MiB\n";
    return 0;
}
