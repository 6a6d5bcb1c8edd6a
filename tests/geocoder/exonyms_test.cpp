// One name per place per language (core/place_names/exonyms.h): the machine rule on names as
// GeoNames spells them, the curated table (geodata/exonyms.tsv) as shipped, lookups of its
// names, and the names events get once geocoded.
#include "core/place_names/exonyms.h"

#include <doctest/doctest.h>

#include "core/place_names/name_language.h"
#include "core/place_names/place_name_file.h"
#include "core/place_names/region_name_file.h"
#include "core/place_names/region_seat_names.h"
#include "core/native_json/event_reader.h"
#include "core/placement/place_events.h"
#include "core/place_names/event_place_name.h"
#include "geocoder/geocoder_test_support.h"
#include "test_helpers.h"

using namespace chronomap;

namespace {
const std::filesystem::path kShippedTable =
    std::filesystem::path(CHRONOMAP_SOURCE_DIR) / "geodata" / ExonymTable::kFileName;

const ExonymTable& shipped_table() {
    static const ExonymTable table = [] {
        std::vector<Diagnostic> problems;
        ExonymTable t = ExonymTable::read(kShippedTable, problems);
        for (const Diagnostic& d : problems) FAIL_CHECK(d.format());
        return t;
    }();
    return table;
}
}  // namespace

TEST_CASE("The machine rule makes GeoNames' scholarly transliterations plain") {
    struct Case {
        const char* geonames;
        const char* country;
        const char* plain;
    };
    const Case cases[] = {
        {"Khān Shaykhūn", "SY", "Khan Shaykhun"},
        {"Jisr ash Shughūr", "SY", "Jisr al-Shughur"},
        {"Ma‘arrat an Nu‘mān", "SY", "Maarrat al-Numan"},
        {"Al Qāmishlī", "SY", "Al-Qamishli"},
        {"Ḩamāh", "SY", "Hamah"},
        {"Ţarţūs", "SY", "Tartus"},
        {"Dar‘ā", "SY", "Dara"},
        {"‘Ayn ‘Īsá", "SY", "Ayn Isa"},
        {"Ash Shaddādah", "SY", "Al-Shaddadah"},
        {"Tall Abyaḑ", "SY", "Tall Abyad"},
        {"As Salamīyah", "SY", "Al-Salamiyah"},
        {"Ad Dīwānīyah", "IQ", "Al-Diwaniyah"},
        {"Al Mawşil al Jadīdah", "IQ", "Al-Mawsil al-Jadidah"},
        {"Az Zāwīyah", "LY", "Al-Zawiyah"},
        {"Ra’s al ‘Ayn", "SY", "Ras al-Ayn"},
        {"Tājūrā’", "LY", "Tajura"},
        {"Ar Rumaythah", "IQ", "Al-Rumaythah"},
        {"Deir ez-Zor", "SY", "Deir ez-Zor"},
        // Other alphabets keep their letters; only scholarly macrons go.
        {"Bagnols-sur-Cèze", "FR", "Bagnols-sur-Cèze"},
        {"Tōkyō", "JP", "Tokyo"},
        {"An Nhơn", "VN", "An Nhơn"},
        {"Palermo", "IT", "Palermo"},
        // Turkish keeps its own letters whole: not "Sanlıurfa" (plain ş beside a Turkish ı).
        {"Şanlıurfa", "TR", "Şanlıurfa"},
        {"Viranşehir", "TR", "Viranşehir"},
        {"Ceylanpınar", "TR", "Ceylanpınar"},
        {"Timişoara", "RO", "Timişoara"},
        // ... while the same letter in an Arabic romanisation is a mark.
        {"Al Mawşil al Jadīdah", "IQ", "Al-Mawsil al-Jadidah"},
    };
    for (const Case& c : cases) CHECK(plain_name(c.geonames, c.country) == c.plain);
}

TEST_CASE("display_name: the table's name in the map's language, else the plain name") {
    std::vector<Diagnostic> problems;
    ExonymTable table = ExonymTable::parse(
        "# a comment\n"
        "170063\tfr\tAlep\tfr.wikipedia\n"
        "170063\ten\tAleppo\ten.wikipedia\n"
        "168325\tfr\tKhan Cheikhoun\tfr.wikipedia\n",
        "t.tsv", problems);
    CHECK(problems.empty());
    CHECK(display_name(table, 170063, "Aleppo", "SY", NameLanguage::fr) == "Alep");
    CHECK(display_name(table, 170063, "Aleppo", "SY", NameLanguage::en) == "Aleppo");
    CHECK(display_name(table, 168325, "Khān Shaykhūn", "SY", NameLanguage::fr) == "Khan Cheikhoun");
    // No English name in the table: the plain transliteration, never GeoNames' diacritics.
    CHECK(display_name(table, 168325, "Khān Shaykhūn", "SY", NameLanguage::en) == "Khan Shaykhun");
    CHECK(display_name(table, 169023, "Jisr ash Shughūr", "SY", NameLanguage::fr) == "Jisr al-Shughur");
}

TEST_CASE("A bad line of the table says where and what, and the others are kept") {
    std::vector<Diagnostic> problems;
    ExonymTable table = ExonymTable::parse(
        "170063\tfr\tAlep\tfr.wikipedia\n"
        "170063\tde\tAleppo\tde.wikipedia\n"
        "abc\tfr\tDamas\tx\n"
        "170063\tfr\tHalab\tx\n"
        "163808\tfr\tPalmyre\n"
        "163808\ten\tPalmyra\t\n"
        "163808\tfr\tPalmyre\tfr.wikipedia\n",
        "exonyms.tsv", problems);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].format().starts_with("exonyms.tsv:2:"));
    CHECK_CONTAINS(problems[0].message, "\"de\" is not fr or en");
    CHECK_CONTAINS(problems[1].message, "\"abc\" is not a GeoNames id");
    CHECK_CONTAINS(problems[2].message, "a second fr name for 170063: \"Halab\" (line 1 says \"Alep\")");
    CHECK_CONTAINS(problems[3].message, "expected 4 TAB-separated columns, found 3");
    CHECK_CONTAINS(problems[4].message, "no source for \"Palmyra\"");
    CHECK(table.entries().size() == 2);
    CHECK(*table.find(163808, NameLanguage::fr) == "Palmyre");
}

TEST_CASE("The shipped table: one plain name per place, the region's places in French") {
    const ExonymTable& table = shipped_table();
    CHECK(table.entries().size() >= 200);
    auto gazetteer = Gazetteer::open(test::kGeodataDir / Gazetteer::kFileName);
    for (const Exonym& e : table.entries()) {
        CAPTURE(e.name);
        // Every id names a place of the shipped gazetteer (a typo would name nothing).
        CHECK(gazetteer->find_geonameid(e.geonameid).has_value());
        // Names for non-specialist readers: no scholarly marks.
        CHECK(plain_name(e.name, "") == e.name);
    }
    auto french = [&](std::uint32_t id) {
        const std::string* name = table.find(id, NameLanguage::fr);
        return name ? *name : std::string("(none)");
    };
    auto english = [&](std::uint32_t id) {
        const std::string* name = table.find(id, NameLanguage::en);
        return name ? *name : std::string("(none)");
    };
    CHECK(french(170063) == "Alep");
    CHECK(english(170063) == "Aleppo");
    CHECK(french(173576) == "Lattaquié");
    CHECK(french(163808) == "Palmyre");
    CHECK(english(163808) == "Palmyra");
    CHECK(french(2210554) == "Syrte");
    CHECK(english(2210554) == "Sirte");
    CHECK(french(99072) == "Mossoul");
    CHECK(french(2523920) == "Palerme");
    CHECK(french(168325) == "Khan Cheikhoun");
    CHECK(english(168325) == "Khan Shaykhun");
    CHECK(french(360630) == "Le Caire");
    CHECK(french(146268) == "Nicosie");
}

TEST_CASE("A region named after its seat town is named as the town on the shipped map") {
    std::vector<RegionName> regions = read_region_names(test::kGeodataDir / kRegionNamesFile);
    name_regions_like_their_seats(regions, read_place_names(test::kGeodataDir / kPlaceNamesFile));
    auto french = [&](const std::string& english) {
        for (const RegionName& r : regions)
            if (r.name_en == english) return region_name_in(r, true);
        return std::string("(no region)");
    };
    CHECK(french("Zawiya") == "Zaouïa");             // Natural Earth: "Az Zaouiyah"
    CHECK(french("Sulaymaniyah") == "Souleimaniye");  // "As-Sulaymaniya"
    CHECK(french("Misrata") == "Misrata");            // "Misratah"; curated the same as in English
    CHECK(french("Najaf") == "Nadjaf");               // "An-Najaf"
    CHECK(french("Homs") == "Homs");
    // A seat without a curated French name leaves Natural Earth's French name alone.
    CHECK(french("Novosibirsk") == "Novossibirsk");
}

TEST_CASE("The shipped map names Kermanshah and Hamadan before their quarters") {
    std::vector<PlaceName> names = read_place_names(test::kGeodataDir / kPlaceNamesFile);
    auto rank_of = [&](const std::string& name) {
        for (const PlaceName& p : names)
            if (p.name == name && (p.kind == PlaceNameKind::city || p.kind == PlaceNameKind::capital))
                return p.population;
        return std::int64_t{-1};
    };
    CHECK(rank_of("Kermanshah") > rank_of("Kahriz"));  // GeoNames: 621,100 and 766,706
    CHECK(rank_of("Hamadan") > rank_of("Pasragad Branch"));  // 528,256 and 787,878
    CHECK(rank_of("Conakry") > rank_of("Camayenne"));
    CHECK(rank_of("Kahriz") == 766'706);
}

TEST_CASE("The table's names resolve to their place, with or without a country") {
    struct Case {
        const char* name;
        const char* country;
        std::uint32_t geonameid;
    };
    const Case cases[] = {
        {"Alep", "", 170063},          {"Palmyra", "", 163808},
        {"Palmyre", "Syrie", 163808},  {"Lattaquié", "", 173576},
        {"Syrte", "Libye", 2210554},   {"Tobrouk", "Libye", 81302},
        {"Mossoul", "", 99072},        {"Falloujah", "Irak", 99454},
        {"Khan Cheikhoun", "Syrie", 168325}, {"Jisr al-Choghour", "Syrie", 169023},
        {"Kamechliyé", "Syrie", 173377},     {"Tabqa", "Syrie", 172374},
        {"Palerme", "", 2523920},
        {"Hambourg", "", 2911298},           {"Nijni Novgorod", "", 520555},
        {"Nizhny Novgorod", "", 520555},     {"Odessa", "Ukraine", 698740},
        {"Zaporijia", "", 687700},           {"Mechhed", "", 124665},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        GeocodeResult r = test::real_geocoder().lookup(c.name, PlaceHints{c.country, {}, {}});
        REQUIRE_MESSAGE(r.place, r.note);
        CHECK(r.place->geonameid == c.geonameid);
    }
}

TEST_CASE("A geocoded event is named as the map names its place; user coordinates as written") {
    const char* text = R"({"chronomap": 1, "lang": "%s", "events": [
        {"time": "2017-10-01", "place": {"name": "Tadmor", "country": "Syrie"}},
        {"time": "2017-10-02", "place": {"name": "Khan Shaykhoun", "country": "Syrie"}},
        {"time": "2017-10-03", "place": {"name": "Notre QG", "coordinates": [38.2, 34.5]}}]})";
    for (const char* lang : {"fr", "en"}) {
        char json[1024];
        std::snprintf(json, sizeof json, text, lang);
        auto loaded = parse_event_text(json, "t.json");
        REQUIRE(loaded.store);
        EventStore& store = *loaded.store;
        place_events(store, test::real_geocoder());
        NameLanguage language = name_language(store);
        bool fr = std::string(lang) == "fr";
        CHECK(language == (fr ? NameLanguage::fr : NameLanguage::en));
        CHECK(event_place_name(store, 0, shipped_table(), language) == (fr ? "Palmyre" : "Palmyra"));
        CHECK(event_place_name(store, 1, shipped_table(), language) ==
              (fr ? "Khan Cheikhoun" : "Khan Shaykhun"));
        CHECK(event_place_name(store, 2, shipped_table(), language) == "Notre QG");
        // A --lang option wins over the file's language.
        CHECK(name_language(store, fr ? "en" : "fr") == (fr ? NameLanguage::en : NameLanguage::fr));
    }
}
