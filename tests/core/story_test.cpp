// Story decks: reader diagnostics as data (tests/data/bad-stories), writer round trip and
// key order, caption markup, the presenter's state machine, the video frame plan.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/native_json/event_reader.h"
#include "core/story/caption_text.h"
#include "core/story/json_locations.h"
#include "core/story/presenter.h"
#include "core/story/slide_sources.h"
#include "core/story/story_reader.h"
#include "core/story/story_video_plan.h"
#include "core/story/story_writer.h"
#include "core/timeline/animation.h"
#include "test_helpers.h"

namespace fs = std::filesystem;
using namespace chronomap;

namespace {
std::string joined(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += d.format() + "\n";
    return out;
}

fs::path source_dir() {
    return fs::path(CHRONOMAP_TEST_DATA).parent_path().parent_path();
}

MapView simple_resolve(const ViewState& view) {
    return resolve_map_view(view, GeoBox{10, 25, 45, 40});
}

Slide slide_at(double lon, double lat, double zoom, Transition transition = Transition::fly,
               double duration = 2) {
    Slide s;
    s.title = "t";
    s.view.camera = {CameraMode::center, {lon, lat}, zoom, {}};
    s.duration = duration;
    s.transition = transition;
    return s;
}
}  // namespace

TEST_CASE("bad story decks get the located messages listed in their .expected file") {
    fs::path folder = fs::path(CHRONOMAP_TEST_DATA) / "bad-stories";
    size_t cases = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".json") continue;
        ++cases;
        fs::path expected_path = entry.path();
        expected_path.replace_extension(".expected");
        std::ifstream expected_file(expected_path);
        REQUIRE_MESSAGE(expected_file, "missing ", expected_path.string());
        std::string outcome;
        std::getline(expected_file, outcome);
        StoryLoadResult result = parse_story_text(read_text_file(entry.path()),
                                                  entry.path().filename().string(), folder);
        std::string text = joined(result.diagnostics);
        INFO(entry.path().filename().string(), "\n", text);
        CHECK(result.story.has_value() == (outcome == "outcome: loaded"));
        for (std::string line; std::getline(expected_file, line);)
            if (!line.empty()) CHECK_CONTAINS(text, line);
    }
    CHECK(cases >= 12);
}

TEST_CASE(
    "the seed story reads without problems, names existing events and survives a round trip") {
    fs::path path = source_dir() / "examples" / "seed-story.json";
    StoryLoadResult read = load_story_file(path);
    INFO(joined(read.diagnostics));
    REQUIRE(read.story);
    CHECK(read.diagnostics.empty());
    const Story& story = *read.story;
    CHECK(story.slides.size() >= 6);
    CHECK(read.events_path == fs::weakly_canonical(source_dir() / "examples" / "seed-events.json"));
    LoadResult events = load_event_file(read.events_path);
    REQUIRE(events.store);
    for (const Slide& slide : story.slides)
        for (const std::string& id : slide.view.selection) {
            bool found = false;
            for (size_t i = 0; i < events.store->size(); ++i)
                found = found || events.store->id(i) == id;
            CHECK_MESSAGE(found, id);
        }
    CHECK(story.slides[3].view.time_mode == TimeMode::cumulative);
    CHECK(story.slides[0].transition == Transition::cut);

    std::string text = story_to_text(story);
    CHECK(text.rfind("{\n  \"chronomap_story\": 1,\n  \"title\": ", 0) == 0);
    CHECK(text.find("\"pixel_scale\"") == std::string::npos);  // defaults are left out
    StoryLoadResult again = parse_story_text(text, "again.json", path.parent_path());
    REQUIRE(again.story);
    CHECK(*again.story == story);
    CHECK(story_to_text(*again.story) == text);  // stable: writing twice gives the same bytes

    fs::path out = fs::temp_directory_path() / "chronomap-story-test" / "deck.json";
    fs::create_directories(out.parent_path());
    write_story_file(out, story);
    CHECK(read_text_file(out) == text);
    fs::remove_all(out.parent_path());
}

TEST_CASE("paths may not leave the story's folder, even through a symbolic link") {
    fs::path root = fs::temp_directory_path() / "chronomap-story-paths";
    fs::remove_all(root);
    fs::create_directories(root / "deck" / "data");
    std::ofstream(root / "outside.json") << "{}";
    std::ofstream(root / "deck" / "data" / "e.json") << "{}";
    fs::create_symlink(root / "outside.json", root / "deck" / "link.json");
    CHECK(resolve_inside(root / "deck", "data/e.json"));
    CHECK(resolve_inside(root / "deck", "./data/../data/e.json"));
    CHECK_FALSE(resolve_inside(root / "deck", "../outside.json"));
    CHECK_FALSE(resolve_inside(root / "deck", "link.json"));
    CHECK_FALSE(resolve_inside(root / "deck", "/etc/passwd"));
    CHECK_FALSE(resolve_inside(root / "deck", ""));
    CHECK_CONTAINS(resolve_inside(root / "deck", "../outside.json").error,
                   "leads outside the story's folder");
    fs::remove_all(root);
}

TEST_CASE("json_value_offsets points at keys and array items") {
    std::string text = "{\n  \"a\": [1, {\"b/c\": true}],\n  \"d\": \"x\"\n}";
    auto offsets = json_value_offsets(text);
    CHECK(offsets.at("") == 0);
    CHECK(text.substr(offsets.at("/a"), 3) == "\"a\"");
    CHECK(text.substr(offsets.at("/a/0"), 1) == "1");
    CHECK(text.substr(offsets.at("/a/1/b~1c"), 5) == "\"b/c\"");
    CHECK(text.substr(offsets.at("/d"), 3) == "\"d\"");
}

TEST_CASE("captions: **bold**, *italic*, and unpaired marks kept as written") {
    auto runs = parse_caption("Le **1er octobre**, l'EI prend *Al-Qaryatayn*.");
    REQUIRE(runs.size() == 5);
    CHECK(runs[0] == CaptionRun{"Le ", false, false});
    CHECK(runs[1] == CaptionRun{"1er octobre", true, false});
    CHECK(runs[3] == CaptionRun{"Al-Qaryatayn", false, true});
    CHECK(caption_plain_text("***les deux***") == "les deux");
    CHECK(parse_caption("***les deux***")[0].bold);
    CHECK(parse_caption("***les deux***")[0].italic);
    CHECK(caption_plain_text("5 * 3 = 15") == "5 * 3 = 15");
}

TEST_CASE("the sources of a slide are the selected events' publishers or authors with dates") {
    LoadResult events = load_event_file(source_dir() / "examples" / "seed-events.json");
    REQUIRE(events.store);
    ViewState view;
    view.selection = {"highway-surprise-attacks"};  // has coordinates: placed without the geocoder
    std::vector<size_t> shown = events_of_interest(*events.store, view);
    REQUIRE(shown.size() == 1);
    std::vector<std::string> sources = event_sources(*events.store, shown);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0] == "Jean René Belliard, 2017-10-01");
    CHECK(sources[1] == "AFP, 2017-10-01");
}

TEST_CASE("a web page links the sources that have an http(s) url, and cites their headline") {
    LoadResult events = load_event_file(source_dir() / "tests" / "data" / "web" / "linked-events.json");
    REQUIRE(events.store);
    std::vector<SourceRef> refs = event_source_refs(*events.store, {0, 1}, DateLanguage::fr);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].text == "Le Monde, 25 sept. 2017");
    CHECK(refs[0].url == "https://www.lemonde.fr/proche-orient/article/2017/09/25/un-general-russe-tue-en-syrie.html");
    CHECK(refs[0].headline == "Un général russe tué en Syrie");
    CHECK(refs[1].text == "OSDH, 27 sept. 2017");
    CHECK(refs[1].url.empty());  // "javascript:alert(1)" is no link for a reader
    CHECK(refs[1].headline.empty());
    CHECK(event_sources(*events.store, {0, 1}, DateLanguage::fr) ==
          std::vector<std::string>{"Le Monde, 25 sept. 2017", "OSDH, 27 sept. 2017"});
}

TEST_CASE("a slide cites the sources of what it shows: in its window and in its extent") {
    std::string json = R"({"chronomap": 1, "events": [
      {"id": "raqqa-mars", "time": "2017-03-15", "place": "Raqqa", "coordinates": [39.01, 35.95],
       "sources": [{"publisher": "AFP", "published": "2017-03-15"}]},
      {"id": "misrata", "time": "2017-10-04", "place": "Misrata", "coordinates": [15.09, 32.38],
       "sources": [{"publisher": "Le Monde", "published": "2017-10-04"}]},
      {"id": "deir", "time": "2017-10-05", "place": "Deir ez-Zor", "coordinates": [40.14, 35.33],
       "sources": [{"publisher": "SANA", "published": "2017-10-05"}]}]})";
    LoadResult events = parse_event_text(json, "slide.json");
    REQUIRE(events.store);
    ViewState view;
    view.width = 800, view.height = 500;
    view.camera = {CameraMode::center, {16, 32}, 6, {}};  // Libya: Syria is off the map
    view.time = *parse_time_window("2017-09-01/2017-11-30").value;
    view.time_mode = TimeMode::cumulative;  // March is drawn faded, but is not the slide's subject
    MapView map = resolve_map_view(view, std::nullopt);
    std::vector<std::string> sources = event_sources(*events.store, events_of_interest(*events.store, view, 40, &map));
    REQUIRE(sources.size() == 1);
    CHECK(sources[0] == "Le Monde, 2017-10-04");
}

TEST_CASE("the presenter flies between slides, jumps by number, blanks and auto-advances") {
    std::vector<Slide> slides = {slide_at(15, 32, 7), slide_at(40, 35, 7),
                                 slide_at(38, 34, 8, Transition::cut)};
    Presenter p(slides, simple_resolve);
    CHECK(p.slide() == 0);
    CHECK(p.view_at(0).camera == slides[0].view.camera);
    p.next(10);
    CHECK(p.slide() == 1);
    CHECK(p.in_transition(10.1));
    ViewState mid = p.view_at(10.5);
    CHECK(mid.camera.zoom < 7);  // zoomed out on the way
    camera::FlyPath path(simple_resolve(slides[0].view), simple_resolve(slides[1].view));
    CHECK_FALSE(p.in_transition(10 + path.duration() + 0.01));
    CHECK(p.view_at(10 + path.duration() + 0.01).camera == slides[1].view.camera);
    p.next(20);  // a cut: there at once
    CHECK(p.slide() == 2);
    CHECK_FALSE(p.in_transition(20));
    p.next(21);  // past the end: stays
    CHECK(p.slide() == 2);
    p.type_digit(1);
    CHECK(p.enter(30));
    CHECK(p.slide() == 0);
    p.type_digit(9);
    CHECK_FALSE(p.enter(31));
    CHECK(p.slide() == 0);
    p.toggle_blank();
    CHECK(p.blank());
    p.toggle_blank();
    p.tick(100, true);  // slide 0 shown long enough: on to slide 1
    CHECK(p.slide() == 1);
    p.set_viewport(800, 600, 2);
    CHECK(p.view_at(200).width == 800);
    CHECK(p.view_at(200).pixel_scale == 2);
}

TEST_CASE("a story video holds each slide for its duration and flies in between") {
    std::vector<Slide> slides = {slide_at(15, 32, 7, Transition::cut, 2),
                                 slide_at(40, 35, 7, Transition::fly, 3),
                                 slide_at(38, 34, 8, Transition::cut, 1)};
    StoryVideoPlan plan(slides, 10, simple_resolve);
    camera::FlyPath path(simple_resolve(slides[0].view), simple_resolve(slides[1].view));
    size_t flight = static_cast<size_t>(std::lround(path.duration() * 10));
    CHECK(flight >= 8);
    CHECK(plan.frame_count() == 20 + flight + 30 + 10);
    CHECK(plan.frame(0).view == slides[0].view);
    CHECK(plan.frame(19).slide == 0);
    CHECK(plan.frame(20).in_transition);
    CHECK(plan.frame(20).slide == 1);
    CHECK(plan.first_hold_frame(1) == 20 + flight);
    CHECK(plan.frame(20 + flight).view == slides[1].view);
    CHECK_FALSE(plan.frame(20 + flight).in_transition);
    CHECK(plan.frame(plan.frame_count() - 1).view == slides[2].view);
}

TEST_CASE("render --animate: durations, frame count, sliding and cumulative windows, date labels") {
    CHECK(*parse_duration("1d").value == 86400);
    CHECK(*parse_duration("12h").value == 43200);
    CHECK(*parse_duration("2w").value == 14 * 86400);
    CHECK(*parse_duration("30min").value == 1800);
    CHECK_FALSE(parse_duration("1 day"));
    CHECK_FALSE(parse_duration("0d"));
    CHECK_FALSE(parse_duration("d"));
    TimeWindow range = *parse_time_window("2017-09-20/2017-10-06").value;
    AnimationPlan plan{range.start, range.end, 86400, 7 * 86400, false};
    CHECK(animation_frame_count(plan) == 17);
    TimeWindow first = animation_window(plan, 0);
    CHECK(first.end == range.start + 86400);
    CHECK(first.end - first.start == 7 * 86400);
    CHECK(animation_date_label(plan, 0) == "2017-09-20");
    CHECK(animation_date_label(plan, 16) == "2017-10-06");
    CHECK(animation_window(plan, 16).end == range.end);
}
