// chronomap-build-basemap COUNTRIES_TOPOJSON OUT.bin: the build step that turns a
// world-atlas file into the cached basemap mesh (see geodata/CMakeLists.txt).
#include <chrono>
#include <iostream>

#include "basemap_builder.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: chronomap-build-basemap COUNTRIES_TOPOJSON OUT.bin\n";
        return 64;
    }
    try {
        auto begin = std::chrono::steady_clock::now();
        chronomap::BasemapMesh mesh = chronomap::build_basemap_mesh(argv[1]);
        chronomap::write_basemap_mesh(argv[2], mesh);
        auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        std::cerr << "chronomap-build-basemap: " << argv[2] << ": " << mesh.land.size() / 6 << " land triangles, "
                  << mesh.coastlines.indices.size() / 6 << " coastline and " << mesh.borders.indices.size() / 6
                  << " border segments in " << seconds << " s\n";
    } catch (const std::exception& e) {
        std::cerr << "chronomap-build-basemap: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
