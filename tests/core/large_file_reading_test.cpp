// The reader's large-file path: events found by a scan and parsed one by one, the second
// half on another thread, duplicate ids found after reading. Its answers must be those of a
// small file: same rows, same problems at the same places, in file order.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

#include "core/native_json/duplicate_ids.h"
#include "core/native_json/event_array_scanner.h"
#include "core/native_json/event_reader.h"
#include "test_helpers.h"

using namespace chronomap;

TEST_CASE("the scan finds each element of the events array, wherever the array is") {
    std::string text = R"({"title": "x {not [a] bracket", "categories": {"a": {"label": "]"}},
  "events": [
    {"id": "e1", "time": "2017-10-04", "title": "quote \" and \\"},
    {"id": "e2",
     "time": "2017-10-05"}  ,  7,
    "text"
  ],
  "after": [1, 2]
})";
    auto layout = scan_event_array(text);
    REQUIRE(layout);
    CHECK(text[layout->open] == '[');
    CHECK(text[layout->close] == ']');
    REQUIRE(layout->element_begin.size() == 4);
    CHECK(layout->element_text(text, 0) == R"({"id": "e1", "time": "2017-10-04", "title": "quote \" and \\"})");
    CHECK(layout->element_text(text, 1) == "{\"id\": \"e2\",\n     \"time\": \"2017-10-05\"}");
    CHECK(layout->element_text(text, 2) == "7");
    CHECK(layout->element_text(text, 3) == "\"text\"");
}

// The scan reads 64 bytes at a time: strings, escapes and brackets must be told apart
// wherever a block boundary falls, and a run of backslashes escapes a quote only when odd.
TEST_CASE("the scan finds elements whose strings hold quotes, brackets and backslashes, across blocks") {
    std::mt19937 random(20171004);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const char* pieces[] = {"a", "é", "{", "}", "[", "]", ",", "\\\"", "\\\\", "\\\\\\\"", "\\n", " ", "\\u005d"};
    auto random_string = [&] {
        std::string s = "\"";
        for (int k = pick(40); k > 0; --k) s += pieces[pick(13)];
        return s + "\"";
    };
    std::string text = "{\"events\": [";
    std::vector<std::uint64_t> expected;
    for (int e = 0; e < 3000; ++e) {
        if (e > 0) text += std::string(static_cast<size_t>(pick(3)), ' ') + "," + std::string(static_cast<size_t>(pick(70)), ' ');
        expected.push_back(text.size());
        text += "{\"title\": " + random_string() + ", \"n\": [" + random_string() + ", {\"x\": [[]], \"y\": " +
                random_string() + "}], " + random_string() + ": {}}";
    }
    text += "]}";
    auto layout = scan_event_array(text);
    REQUIRE(layout);
    CHECK(layout->close == text.size() - 2);
    CHECK(layout->element_begin == expected);
}

TEST_CASE("the scan gives up on anything unusual, so that the full parser reports it") {
    for (const char* text : {
             R"({"ev\u0065nts": [{}]})",           // an escaped key
             R"({"events": [{}, ]})",               // a trailing comma
             R"({"events": [{} {}]})",              // a missing comma
             R"({"events": [{"a": "unclosed}]})",   // an unclosed string
             R"({"events": [{"a": [1}]})",          // brackets that never close
             R"({"events": {}})",                   // not an array
             R"({"events": [,{}]})",                // an empty element
             R"([{"events": []}])",                 // not an object
         }) {
        INFO(text);
        CHECK_FALSE(scan_event_array(text));
    }
}

TEST_CASE("duplicate ids: every later use, with the first one, in row order") {
    DuplicateIdFinder finder;
    std::vector<std::string> ids;
    for (int i = 0; i < 20000; ++i) ids.push_back("e" + std::to_string(i));
    ids[12345] = "e7";
    ids[19999] = "e7";
    ids[500] = "";  // no id: never a duplicate
    ids[501] = "";
    ids[3] = "e19998";  // a later row repeats an earlier one
    for (const auto& id : ids) finder.add(id);
    auto found = finder.find([&](std::uint32_t row) { return std::string_view(ids[row]); });
    REQUIRE(found.size() == 3);
    CHECK(found[0].row == 12345);
    CHECK(found[0].first == 7);
    CHECK(found[1].row == 19998);
    CHECK(found[1].first == 3);
    CHECK(found[2].row == 19999);
    CHECK(found[2].first == 7);
}

namespace {

// Event i's title: every 1000th is written with escapes.
std::string title_of(int i) {
    return i % 1000 == 7 ? "Title \"" + std::to_string(i) + "\" \\ caf\u00e9" : "Title " + std::to_string(i);
}

// n events, one per line after line 3; event i starts on line i + 4.
std::string many_events(int n, std::vector<int> bad_times, int bad_category_at, int duplicate_of, int duplicate_at) {
    std::string text = "{\n  \"chronomap\": 1,\n  \"events\": [\n";
    for (int i = 0; i < n; ++i) {
        std::string id = i == duplicate_at ? "e" + std::to_string(duplicate_of) : "e" + std::to_string(i);
        bool bad_time = std::find(bad_times.begin(), bad_times.end(), i) != bad_times.end();
        std::string time = bad_time ? "2017-13-01" : "2017-" + std::to_string(1 + i % 12) + "-01";
        if (time.size() == 9) time.insert(5, "0");
        std::string category = i == bad_category_at ? "nope" : (i % 2 ? "attack" : "capture");
        std::string title = i % 1000 == 7 ? "Title \\\"" + std::to_string(i) + "\\\" \\\\ caf\\u00e9" : title_of(i);
        text += "    {\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"time\": \"" + time + "\", \"place\": {\"name\": \"Place " +
                std::to_string(i % 37) + "\"}, \"category\": \"" + category + "\", \"actors\": [\"A" +
                std::to_string(i % 5) + "\"]}";
        text += i + 1 < n ? ",\n" : "\n";
    }
    text += "  ],\n  \"categories\": {\"attack\": {}, \"capture\": {}}\n}\n";
    return text;
}

}  // namespace

TEST_CASE("a large file read in two halves gives the rows and problems a small file would") {
    constexpr int kEvents = 120'000;  // above the size where the second half goes to another thread
    // An event skipped in each half (the second half's rows then move up by one).
    auto result = parse_event_text(many_events(kEvents, {10, 90'001}, 100'002, 20'000, 110'000), "big.json");
    REQUIRE(result.store);
    const EventStore& store = *result.store;
    CHECK(store.size() == kEvents - 3);
    CHECK(result.skipped_events == 3);

    // Problems in file order, each at its line (event i is on line i + 4).
    std::vector<std::string> lines;
    for (const Diagnostic& d : result.diagnostics) lines.push_back(d.pointer + "@" + std::to_string(d.line));
    CHECK(lines == std::vector<std::string>{"/events/10/time@14", "/events/90001/time@90005", "/events/100002/category@100006",
                                            "/events/110000/id@110004"});
    CHECK_CONTAINS(result.diagnostics.back().message, "already used by the event at line 20004");
    // Strings interned by both halves are one and the same.
    std::set<std::string_view> places, actors;
    for (size_t i = 0; i < store.size(); ++i) {
        places.insert(store.place_name(i));
        for (auto actor : store.actors(i)) actors.insert(actor);
    }
    CHECK(places.size() == 37);
    CHECK(actors.size() == 5);
    CHECK(store.strings().size() < 50);
    // Every event's fields are its own, whichever half read it (ids and titles kept as places
    // in the file's text, or copied when they had escapes).
    for (size_t i = 0; i < store.size(); ++i) {
        int n = static_cast<int>(store.file_index()[i]);
        REQUIRE(store.title(i) == title_of(n));
        if (n != 110'000) REQUIRE(store.id(i) == "e" + std::to_string(n));
        REQUIRE(store.place_name(i) == "Place " + std::to_string(n % 37));
        REQUIRE(store.actors(i) == std::vector<std::string_view>{"A" + std::to_string(n % 5)});
    }
    // Sorted by time, file order kept within a day; the original text of each event kept.
    for (size_t i = 1; i < store.size(); ++i) {
        REQUIRE(store.start()[i - 1] <= store.start()[i]);
        if (store.start()[i - 1] == store.start()[i]) REQUIRE(store.file_index()[i - 1] < store.file_index()[i]);
    }
    size_t last = store.size() - 1;
    std::string id(store.id(last));
    CHECK(store.original_json(last).find("\"id\": \"" + id + "\"") != std::string_view::npos);
    CHECK(store.original_json(last).back() == '}');
}

TEST_CASE("a file whose every event is skipped for its category loads as an empty store") {
    // Found by fuzzing: reordering zero rows passed a null buffer to memcpy (UBSan).
    auto result = parse_event_text(
        R"({"chronomap": 1, "categories": {"attack": {"color": "red"}}, "events": [{"time": "2017", "category": "atta|k"}]})",
        "all-skipped.json");
    REQUIRE(result.store);
    CHECK(result.store->empty());
    CHECK(result.skipped_events == 1);
    CHECK_CONTAINS(result.diagnostics.back().message, "unknown category \"atta|k\"");
}
