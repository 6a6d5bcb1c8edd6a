// The basemap's names: reading place-names.tsv, indexing it, and finding the names a camera
// shows (what each camera move costs the explorer), at zoom 3.6 to 11 over northern Syria.
//   place_names_bench [PLACE_NAMES_TSV]   (default: the build's geodata)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/place_names/place_name_file.h"
#include "core/place_names/place_name_index.h"
#include "core/place_names/place_name_layout.h"

using namespace chronomap;

namespace {
template <typename Work>
double median_ms(int runs, Work work) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        auto start = std::chrono::steady_clock::now();
        work(r);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
    const char* path = argc > 1 ? argv[1] : CHRONOMAP_BUILD_GEODATA "/place-names.tsv";
    std::vector<PlaceName> names;
    double read = median_ms(7, [&](int) { names = read_place_names(path); });
    std::printf("%s: %zu names\nread: %.1f ms\n", path, names.size(), read);
    double build = median_ms(7, [&](int) { PlaceNameIndex index(names); });
    std::printf("index: %.1f ms\n", build);
    PlaceNameIndex index(names);
    for (double zoom : {3.6, 6.0, 8.0, 10.0, 11.0}) {
        size_t shown = 0;
        auto camera = [&](int r) {
            MapView map;
            map.center = lonlat_to_world({36.9 + r * 0.01, 36.0});  // a camera moving east
            map.zoom = zoom, map.width = 1600, map.height = 1000;
            return map;
        };
        double with_index = median_ms(15, [&](int r) { shown = visible_place_names(index, camera(r)).size(); });
        std::printf("zoom %4.1f: %3zu names in view, %.3f ms per camera move\n", zoom, shown, with_index);
    }
}
