// libFuzzer target: the geocoder's query path, `lookup` on arbitrary bytes, over the real
// gazetteer index that the build compiles (geodata/gazetteer.idx and aliases.tsv).
//
// The input is NAME, then optionally '|' COUNTRY and '|' REGION hints. The index folder is
// $CHRONOMAP_GEODATA, else the build's geodata folder.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/gazetteer/geocoder.h"
#include "fuzz_check.h"

using namespace chronomap;

namespace {

const Geocoder& geocoder() {
    static const Geocoder instance = [] {
        const char* env = std::getenv("CHRONOMAP_GEODATA");
        return Geocoder::open(env && *env ? env : CHRONOMAP_GEODATA_DIR);
    }();
    return instance;
}

std::string_view next_part(std::string_view& rest) {
    size_t bar = rest.find('|');
    std::string_view part = rest.substr(0, bar);
    rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
    return part;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    std::string_view name = next_part(rest);
    PlaceHints hints;
    hints.country = next_part(rest);
    hints.region = next_part(rest);
    const Geocoder& g = geocoder();
    (void)g.parse_country_hint(name);
    // Tie-breaking context: two points already placed in the file.
    PlaceContext points;
    points.points = {{34.8, 38.9}, {32.9, 13.2}};
    const PlaceContext* no_points = nullptr;
    const PlaceContext* with_points = &points;
    for (const PlaceContext* ctx : {no_points, with_points}) {
        GeocodeResult result = g.lookup(name, hints, ctx);
        switch (result.status) {
            case GeocodeStatus::resolved:
                FUZZ_CHECK(result.place.has_value());
                FUZZ_CHECK(result.confidence >= 0 && result.confidence <= 1);
                FUZZ_CHECK(result.place->lat >= -90 && result.place->lat <= 90);
                FUZZ_CHECK(result.place->lon >= -180 && result.place->lon <= 180);
                break;
            case GeocodeStatus::ambiguous:
            case GeocodeStatus::unresolved:
                FUZZ_CHECK(!result.place.has_value());
                break;
        }
        FUZZ_CHECK(result.alternatives.size() <= 5);
    }
    return 0;
}
