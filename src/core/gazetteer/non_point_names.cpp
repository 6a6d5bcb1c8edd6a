#include "core/gazetteer/non_point_names.h"

#include <vector>

namespace chronomap {
namespace {

struct KindWords {
    const char* kind;
    std::vector<std::string_view> words;  // basic-folded, French, English, German
};

const std::vector<KindWords>& kind_words() {
    static const std::vector<KindWords> table = {
        {"a road",
         {"autostrade", "autoroute", "route", "road", "highway", "motorway", "autobahn", "strasse",
          "fernstrasse", "corridor", "axe"}},
        {"a region",
         {"province", "provinz",     "governorate", "gouvernorat", "gouvernement", "region",
          "regions",  "countryside", "campagne",    "umland",      "district",     "bezirk",
          "canton",   "wilaya",      "muhafazat",   "plaine",      "plain",        "ebene",
          "valley",   "vallee",      "peripherie",  "outskirts",   "environs",     "banlieue",
          "suburbs",  "poche",       "pocket",      "enclave"}},
        {"a desert or mountains",
         {"desert", "wuste", "badiya", "badia", "mountains", "montagnes", "monts", "massif",
          "gebirge", "mountain", "montagne", "heights", "hauteurs"}},
        {"a river, lake or sea",
         {"river", "fleuve", "riviere", "fluss", "lake", "lac", "sea", "mer", "meer", "gulf",
          "golfe", "coast", "cote", "kuste", "littoral"}},
        {"a front or border",
         {"front", "frontline", "frontiere", "border", "grenze", "borders", "frontieres"}},
    };
    return table;
}

}  // namespace

std::optional<std::string> non_point_kind(std::string_view basic_key) {
    for (size_t start = 0; start < basic_key.size();) {
        size_t end = basic_key.find(' ', start);
        if (end == std::string_view::npos) end = basic_key.size();
        std::string_view word = basic_key.substr(start, end - start);
        start = end + 1;
        for (const KindWords& kind : kind_words())
            for (std::string_view candidate : kind.words)
                if (word == candidate) return std::string(kind.kind);
    }
    return std::nullopt;
}

}  // namespace chronomap
