// The compiled index: built from small inputs, read back, and refused when damaged or stale.
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <fstream>

#include "core/gazetteer/gazetteer.h"
#include "core/gazetteer/gazetteer_builder.h"
#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"
#include "geocoder/geocoder_test_support.h"
#include "test_helpers.h"

using namespace chronomap;
namespace fmt = chronomap::gazetteer_format;

namespace {

std::filesystem::path temp_folder() {
    auto dir = std::filesystem::temp_directory_path() / "chronomap-gazetteer-test";
    std::filesystem::create_directories(dir);
    return dir;
}

// An index of these GeoNames rows (and the test data's country names), in the temp folder.
std::filesystem::path build_index_from(const std::filesystem::path& cities, const std::string& name) {
    GazetteerSources sources;
    sources.cities = cities;
    sources.countries = test::kTestData / "gazetteer" / "countries";
    sources.note = "test";
    auto out = temp_folder() / name;
    build_gazetteer_index(sources, out);
    return out;
}

std::filesystem::path build_mini_index(const std::string& name = "mini.idx") {
    return build_index_from(test::kTestData / "gazetteer" / "mini-cities.txt", name);
}

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string open_error(const std::filesystem::path& path) {
    try {
        Gazetteer::open(path);
    } catch (const GazetteerError& e) {
        return e.what();
    }
    return "(opened without error)";
}

}  // namespace

TEST_CASE("an index built from small inputs answers names, alternates and skeletons") {
    auto gazetteer = Gazetteer::open(build_mini_index());
    CHECK(gazetteer->size() == 5);
    std::vector<KeyMatch> matches;
    gazetteer->find_basic(*fold_basic("Tripoli"), matches);
    CHECK(matches.size() == 2);
    matches.clear();
    gazetteer->find_basic(*fold_basic("Syrte"), matches);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].alternate);
    CHECK(gazetteer->place(matches[0].place).geonameid == 2210554);
    matches.clear();
    gazetteer->find_skeleton(fold_skeleton(*fold_basic("Deir ez-Zhor")), matches);
    REQUIRE(matches.size() == 1);
    CHECK(gazetteer->place(matches[0].place).name == "Deir ez-Zor");
    matches.clear();
    gazetteer->find_basic(*fold_basic("DEZ"), matches);  // an airport code is not a name
    CHECK(matches.empty());
    CHECK(gazetteer->has_basic(*fold_basic("Syrte")));  // an alternate name's key
    CHECK_FALSE(gazetteer->has_basic(*fold_basic("Syrtes")));
    CHECK_FALSE(gazetteer->has_basic(*fold_basic("DEZ")));
    CHECK(gazetteer->find_geonameid(173361).has_value());
    CHECK_FALSE(gazetteer->find_geonameid(1).has_value());

    std::vector<FuzzyKey> near;
    gazetteer->find_fuzzy(fold_skeleton(*fold_basic("Qaryatan")), near);  // one edit away
    CHECK_FALSE(near.empty());

    auto code = [&](std::string_view name) {
        auto c = gazetteer->country_from_key(*fold_basic(name));
        return c ? std::string(to_string_view(*c)) : std::string("?");
    };
    CHECK(code("Syrie") == "SY");
    CHECK(code("Syrien") == "SY");  // "Syrien, Arabische Republik": the part before the comma
    CHECK(code("SY") == "SY");
    CHECK(code("lby") == "LY");
    CHECK(code("Liban") == "LB");
    CHECK(code("Atlantis") == "?");
}

TEST_CASE("a damaged index is refused with the way to rebuild it") {
    auto good = build_mini_index("good.idx");
    std::string bytes = read_bytes(good);
    auto damaged = temp_folder() / "damaged.idx";

    SUBCASE("one flipped byte in the body") {
        std::string copy = bytes;
        copy[copy.size() - 3] ^= 0x5a;
        write_bytes(damaged, copy);
        std::string error = open_error(damaged);
        CHECK_CONTAINS(error, "corrupt");
        CHECK_CONTAINS(error, "scripts/build");
    }
    SUBCASE("truncated") {
        write_bytes(damaged, bytes.substr(0, bytes.size() / 2));
        CHECK_CONTAINS(open_error(damaged), "truncated");
        write_bytes(damaged, bytes.substr(0, 10));
        CHECK_CONTAINS(open_error(damaged), "truncated");
    }
    SUBCASE("not an index at all") {
        write_bytes(damaged, std::string(4096, 'x'));
        CHECK_CONTAINS(open_error(damaged), "bad magic");
        write_bytes(damaged, "");
        CHECK_CONTAINS(open_error(damaged), "truncated");
    }
    SUBCASE("a damaged header") {
        std::string copy = bytes;
        copy[offsetof(fmt::IndexHeader, file_size)] ^= 1;
        write_bytes(damaged, copy);
        CHECK_CONTAINS(open_error(damaged), "header checksum");
    }
    SUBCASE("built by another version: stale") {
        std::string copy = bytes;
        fmt::IndexHeader header;
        std::memcpy(&header, copy.data(), sizeof header);
        header.folding_version = kFoldingVersion + 1;
        header.header_checksum =
            checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum));
        std::memcpy(copy.data(), &header, sizeof header);
        write_bytes(damaged, copy);
        CHECK_CONTAINS(open_error(damaged), "stale");
    }
    SUBCASE("built as the format before: stale, with the way to rebuild a gazetteer of one's own") {
        std::string copy = bytes;
        fmt::IndexHeader header;
        std::memcpy(&header, copy.data(), sizeof header);
        header.format_version = fmt::kFormatVersion - 1;
        header.header_checksum =
            checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum));
        std::memcpy(copy.data(), &header, sizeof header);
        write_bytes(damaged, copy);
        std::string error = open_error(damaged);
        CHECK_CONTAINS(error, "is stale: built as format " + std::to_string(fmt::kFormatVersion - 1));
        CHECK_CONTAINS(error, "this chronomap reads format " + std::to_string(fmt::kFormatVersion));
        CHECK_CONTAINS(error, "`chronomap gazetteer add`");
        CHECK_CONTAINS(error, "scripts/build");
    }
    SUBCASE("a bucket naming an overflow past its section, checksums made to match") {
        // What a lookup trusts is checked at open, not only the checksums: a bucket's
        // overflow word pointing outside the overflow section would be read out of bounds.
        std::string copy = bytes;
        fmt::IndexHeader header;
        std::memcpy(&header, copy.data(), sizeof header);
        const fmt::SectionRef& buckets = header.sections[fmt::basic_buckets];
        std::uint64_t overflow = fmt::pack_overflow(header.sections[fmt::basic_overflow].size / 8, 2);
        std::memcpy(copy.data() + buckets.offset, &overflow, sizeof overflow);  // the first bucket's first word
        header.body_checksum = checksum_bytes(copy.data() + sizeof header, copy.size() - sizeof header);
        header.header_checksum = checksum_bytes(&header, offsetof(fmt::IndexHeader, header_checksum));
        std::memcpy(copy.data(), &header, sizeof header);
        write_bytes(damaged, copy);
        CHECK_CONTAINS(open_error(damaged), "is corrupt (key table)");
    }
    SUBCASE("missing") {
        CHECK_CONTAINS(open_error(temp_folder() / "nowhere.idx"), "does not exist");
    }
}

TEST_CASE("the real index opens and knows its inputs") {
    auto gazetteer = Gazetteer::open(test::kGeodataDir / Gazetteer::kFileName);
    CHECK(gazetteer->size() > 190000);
    CHECK(gazetteer->input_checksum() != 0);
    CHECK_CONTAINS(std::string(gazetteer->source_note()), "cities500");
}

TEST_CASE("a user index is verified once, then again only when its file changes") {
    auto index = build_mini_index("verified.idx");
    auto stamp = Gazetteer::verified_stamp(index);
    std::filesystem::remove(stamp);
    CHECK(Gazetteer::open(index, Gazetteer::Verify::when_changed)->size() == 5);
    REQUIRE(std::filesystem::exists(stamp));  // verified: recorded

    // Damaged afterwards: a new modification time, so it is checksummed again and refused.
    std::string copy = read_bytes(index);
    copy[copy.size() - 3] ^= 0x5a;
    write_bytes(index, copy);
    std::filesystem::last_write_time(index, std::filesystem::last_write_time(index) +
                                                std::chrono::seconds(5));
    std::string error;
    try {
        Gazetteer::open(index, Gazetteer::Verify::when_changed);
    } catch (const GazetteerError& e) {
        error = e.what();
    }
    CHECK_CONTAINS(error, "body checksum");
}

TEST_CASE("key entries hold place indexes of a world gazetteer (millions of places)") {
    // allCountries has about 4.8 M populated places; format 4 stopped at 524,287.
    CHECK(fmt::kMaxPlaces > 30'000'000u);
    std::uint64_t hash = hash_key("ath thawrah");
    std::uint32_t value = 4'800'123u << 1 | fmt::kAlternateFlag;
    std::uint16_t syria = fmt::country_id("SY");
    std::uint64_t entry = fmt::pack_key_entry(hash, syria, value);
    CHECK(fmt::entry_value(entry) == value);
    CHECK(fmt::entry_country(entry) == syria);
    CHECK(fmt::entry_tag(entry) == (hash & fmt::kHashTagMask));
    // Every pair of capital letters has its own id; anything else is unknown.
    CHECK(fmt::country_id("AA") == 0);
    CHECK(fmt::country_id("ZZ") == 675);
    CHECK(fmt::country_id("s1") == fmt::kUnknownCountryId);
}

TEST_CASE("a key's places come in ranking order, each with its country") {
    // Tripoli (LY), a capital of a million people, before Tripoli (LB), a governorate seat:
    // the order lookup ranks them in without context, so it reads the best first.
    auto gazetteer = Gazetteer::open(build_mini_index());
    std::vector<KeyMatch> matches;
    gazetteer->find_basic(*fold_basic("Tripoli"), matches);
    REQUIRE(matches.size() == 2);
    CHECK(to_string_view(gazetteer->place(matches[0].place).country) == "LY");
    CHECK(matches[0].country == fmt::country_id("LY"));
    CHECK(to_string_view(gazetteer->place(matches[1].place).country) == "LB");
    CHECK(matches[1].country == fmt::country_id("LB"));
}

TEST_CASE("a key's header says how many places it has and whether a country is unusual") {
    std::uint64_t hash = hash_key("tripoli");
    std::uint64_t header = fmt::pack_key_header(hash, 720, fmt::kSomeCountryUnknown);
    CHECK(fmt::entry_tag(header) == (hash & fmt::kHashTagMask));
    CHECK(fmt::header_count(header) == 720);
    CHECK((header & fmt::kSomeCountryUnknown) != 0);
    CHECK((fmt::pack_key_header(hash, 3, 0) & fmt::kSomeCountryUnknown) == 0);
}

TEST_CASE("both key tables at once: the same places, in the same order, as each alone") {
    auto gazetteer = Gazetteer::open(build_mini_index());
    for (const char* name : {"Tripoli", "Syrte", "Deir ez-Zhor", "DEZ", "Atlantis"}) {
        CAPTURE(name);
        std::string basic = *fold_basic(name), skeleton = fold_skeleton(basic);
        KeyRun basic_run, skeleton_run;
        gazetteer->find_both(basic, skeleton, basic_run, skeleton_run, 16);
        std::vector<KeyMatch> alone, both;
        gazetteer->find_basic(basic, alone);
        basic_run.append_to(both);
        gazetteer->find_skeleton(skeleton, alone);
        skeleton_run.append_to(both);
        REQUIRE(both.size() == alone.size());
        for (size_t i = 0; i < both.size(); ++i) {
            CHECK(both[i].place == alone[i].place);
            CHECK(both[i].alternate == alone[i].alternate);
            CHECK(both[i].country == alone[i].country);
        }
        CHECK_FALSE(basic_run.some_country_unknown());
    }
    KeyRun tripoli, unused;
    gazetteer->find_both(*fold_basic("Tripoli"), "", tripoli, unused, 0);
    CHECK(tripoli.size() == 2);
    CHECK(unused.empty());
    CHECK(to_string_view(gazetteer->place(tripoli[1].place).country) == "LB");
}

TEST_CASE("the streamed checksum equals the one-buffer checksum, however it is cut") {
    std::string bytes;
    for (int i = 0; i < 1000; ++i) bytes += static_cast<char>(i * 37 + 11);
    for (size_t piece : {1, 7, 32, 33, 100, 1000}) {
        ChecksumStream stream(42);
        for (size_t at = 0; at < bytes.size(); at += piece)
            stream.add(bytes.data() + at, std::min(piece, bytes.size() - at));
        CHECK(stream.finish() == checksum_bytes(bytes.data(), bytes.size(), 42));
    }
}

TEST_CASE("the key tables are sized by the names of few places, not by places") {
    // 6,000 places of two names (a synthetic world extract repeats names the same way): each
    // name's places go to the overflow whole, and the buckets, sized by the keys that fit in
    // them, stay at the smallest table.
    auto cities = temp_folder() / "namesakes-cities.txt";
    {
        std::ofstream out(cities);
        for (unsigned i = 0; i < 6000; ++i)
            out << 30'000'000 + i << '\t' << (i % 2 ? "Ortakoy" : "Yenice") << '\t' << (i % 2 ? "Ortakoy" : "Yenice")
                << "\t\t" << 36 + i % 100 / 50.0 << '\t' << 30 + i % 70 / 35.0 << "\tP\tPPL\tTR\t\t01\t\t\t\t" << i % 900
                << "\t\t0\tEurope/Istanbul\t2024-01-01\n";
    }
    auto index = build_index_from(cities, "namesakes.idx");
    fmt::IndexHeader header{};
    std::memcpy(&header, read_bytes(index).data(), sizeof header);
    CHECK(header.sections[fmt::basic_buckets].size == 64 * 64);  // the smallest: 64 buckets
    CHECK(header.sections[fmt::basic_overflow].size == 6002 * 8);  // two keys, 6,000 entries
    auto gazetteer = Gazetteer::open(index);
    std::vector<KeyMatch> matches;
    gazetteer->find_basic(*fold_basic("Ortakoy"), matches);
    CHECK(matches.size() == 3000);
    matches.clear();
    gazetteer->find_basic(*fold_basic("Ortakoyu"), matches);
    CHECK(matches.empty());
}

TEST_CASE("a place's name is kept in its record, a long one in the names blob") {
    // 26 bytes fit in the record (format 8: a lookup reads a place and its name in one go);
    // "Mueang Phatthaya Nuea Sub-district" (34 bytes) and "Şırnak Köyü Merkezi Yay" (27) do not.
    const std::string names[] = {"Ab", "Abcdefghijklmnopqrstuvwxyz", "Mueang Phatthaya Nuea Sub-district",
                                 "Şırnak Köyü Merkezi Yay"};
    auto cities = temp_folder() / "long-names-cities.txt";
    {
        std::ofstream out(cities);
        for (unsigned i = 0; i < std::size(names); ++i)
            out << 40'000'000 + i << '\t' << names[i] << '\t' << names[i] << "\t\t" << 36 + i << "\t30\tP\tPPL\tTR\t\t01\t\t\t\t"
                << 1000 + i << "\t\t0\tEurope/Istanbul\t2024-01-01\n";
    }
    auto gazetteer = Gazetteer::open(build_index_from(cities, "long-names.idx"));
    REQUIRE(gazetteer->size() == std::size(names));
    CHECK(names[1].size() == fmt::kInlineName);
    CHECK(names[3].size() == fmt::kInlineName + 1);
    for (unsigned i = 0; i < std::size(names); ++i) {
        CAPTURE(names[i]);
        auto place = gazetteer->find_geonameid(40'000'000 + i);
        REQUIRE(place.has_value());
        CHECK(gazetteer->place(*place).name == names[i]);
        CHECK(gazetteer->place(*place).population == 1000 + i);
        std::vector<KeyMatch> matches;
        gazetteer->find_basic(*fold_basic(names[i]), matches);
        REQUIRE(matches.size() == 1);
        CHECK(matches[0].place == *place);
    }
}

TEST_CASE("the short-key filter never rules out a short skeleton key of a place's country") {
    // Format 10: the near-spelling stage asks the filter before probing the skeleton table
    // for each one-letter variant of a short name; a key it rules out must hold no place of
    // that country (else an answer would change), and few keys it lets through hold none.
    auto gazetteer = Gazetteer::open(test::kGeodataDir / Gazetteer::kFileName);
    const std::uint16_t syria = fmt::country_id("SY");
    size_t held = 0, passed = 0, short_keys = 0;
    std::vector<KeyMatch> matches;
    for (char a = 'a'; a <= 'z'; ++a)
        for (char b : std::string_view("aeiou"))
            for (char c : std::string_view("bdklmnrst")) {
                std::string key{'d', a, b, c};  // "dara", "duma", ...
                matches.clear();
                gazetteer->find_skeleton(key, matches);
                bool in_syria = std::any_of(matches.begin(), matches.end(),
                                            [&](const KeyMatch& m) { return m.country == syria; });
                bool may = gazetteer->may_have_skeleton_in(key, syria);
                CAPTURE(key);
                if (in_syria) CHECK(may);
                held += in_syria;
                passed += may && !in_syria;
                short_keys++;
            }
    CHECK(held > 0);
    CHECK(passed * 20 < short_keys);  // false "maybe"s: under 5 % (about 1 % by design)
    // Every place's own skeleton of a short name, with its country.
    size_t checked = 0;
    for (std::uint32_t i = 0; i < gazetteer->size(); i += 7) {
        PlaceView p = gazetteer->place(i);
        auto basic = fold_basic(p.name);
        if (!basic) continue;
        std::string skeleton = fold_skeleton(*basic);
        if (skeleton.size() < 3 || skeleton.size() > 6) continue;
        CAPTURE(p.name);
        CHECK(gazetteer->may_have_skeleton_in(skeleton, fmt::country_id(p.country.data())));
        checked++;
    }
    CHECK(checked > 1000);
    // Keys of other lengths are never ruled out.
    CHECK(gazetteer->may_have_skeleton_in("zq", syria));
    CHECK(gazetteer->may_have_skeleton_in("zqzqzqz", syria));
}
