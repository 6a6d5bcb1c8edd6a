// Load benchmark: an event file into the EventStore, median of several runs, and peak memory.
// Also times a plain nlohmann DOM parse of the same file, the alternative we measured.
//
//   load_bench FILE.json [RUNS] [--dom]
#include <algorithm>
#include <atomic>
#include <thread>
#include <sys/resource.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/native_json/event_reader.h"

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

// Peak private (anonymous) memory, sampled: VmHWM also counts the pages of a memory-mapped
// file, which belong to the page cache and are given back under pressure.
class PrivateMemorySampler {
public:
    PrivateMemorySampler() : thread_([this] {
        while (!stop_) {
            peak_kib_ = std::max(peak_kib_.load(), rss_anon_kib());
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }) {}
    ~PrivateMemorySampler() { stop(); }
    long stop() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        return peak_kib_;
    }

private:
    static long rss_anon_kib() {
        std::ifstream status("/proc/self/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("RssAnon:", 0) == 0) return std::atol(line.c_str() + 8);
        return 0;
    }
    std::atomic<bool> stop_{false};
    std::atomic<long> peak_kib_{0};
    std::thread thread_;
};

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
    PrivateMemorySampler private_memory;
    Timing t = median_times(runs, [&] {
        auto result = chronomap::load_event_file(path);
        events = result.store ? result.store->size() : 0;
    });
    long peak_private_kib = private_memory.stop();
    std::cout << "EventStore load: " << events << " events, median wall " << t.wall << " s, cpu " << t.cpu
              << " s over " << runs << " runs, peak RSS " << peak_rss_kib() / 1024
              << " MiB, peak private " << peak_private_kib / 1024 << " MiB ("
              << (events ? peak_private_kib * 1024 / static_cast<long>(events) : 0) << " B/event)\n";
    return 0;
}
