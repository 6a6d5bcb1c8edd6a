// chronomap-build-place-names COUNTRIES_TOPOJSON ISO_COUNTRIES_DIR CITIES500 EXONYMS_TSV OUT NOTE:
// the build step that compiles build/geodata/place-names.tsv (see geodata/CMakeLists.txt).
#include <iostream>

#include "place_names_builder.h"

int main(int argc, char** argv) {
    if (argc != 7) {
        std::cerr
            << "usage: chronomap-build-place-names COUNTRIES_TOPOJSON ISO_COUNTRIES_DIR CITIES500 "
               "EXONYMS_TSV OUT.tsv NOTE\n";
        return 64;
    }
    try {
        std::vector<chronomap::PlaceName> names =
            chronomap::build_place_names({argv[1], argv[2], argv[3], argv[4]});
        chronomap::write_place_names(argv[5], names, argv[6]);
        std::cerr << "chronomap-build-place-names: " << argv[5] << ": " << names.size()
                  << " names\n";
    } catch (const std::exception& e) {
        std::cerr << "chronomap-build-place-names: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
