// chronomap-build-geography RIVERS.txt LAKES.geojson ADMIN1.geojson OUT.bin OUT_NAMES.tsv OUT_SHAPES.bin NOTE:
// the build step that compiles the shipped rivers, lakes and first-level regions (see
// geodata/CMakeLists.txt "[SECTION] geography").
#include <chrono>
#include <iostream>

#include "geography_builder.h"

int main(int argc, char** argv) {
    if (argc != 8) {
        std::cerr << "usage: chronomap-build-geography RIVERS.txt LAKES.geojson ADMIN1.geojson OUT.bin OUT_NAMES.tsv OUT_SHAPES.bin NOTE\n";
        return 64;
    }
    try {
        auto begin = std::chrono::steady_clock::now();
        chronomap::GeographyBuild built = chronomap::build_geography({argv[1], argv[2], argv[3]});
        chronomap::write_geography_mesh(argv[4], built.mesh);
        chronomap::write_region_names(argv[5], built.region_names, argv[7]);
        chronomap::write_region_shapes(argv[6], built.region_shapes);
        auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        const chronomap::GeographyMesh& m = built.mesh;
        std::cerr << "chronomap-build-geography: " << argv[4] << ": " << m.lakes.triangles.size() / 6 << " lake triangles, "
                  << m.rivers.mesh.indices.size() / 6 << " river and " << m.regions.mesh.indices.size() / 6
                  << " region-boundary segments, " << m.lakes.chunks.size() + m.rivers.chunks.size() + m.regions.chunks.size()
                  << " chunks; " << built.region_names.size() << " region names; " << built.region_shapes.regions.size() << " region outlines; " << seconds << " s\n";
    } catch (const std::exception& e) {
        std::cerr << "chronomap-build-geography: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
