#include "core/story/story_reader.h"

#include <nlohmann/json.hpp>

#include "core/native_json/event_reader.h"
#include "core/native_json/json_syntax_check.h"
#include "core/sources/event_source.h"
#include "core/text/source_location.h"
#include "core/story/json_locations.h"

namespace chronomap {
namespace {

using Json = nlohmann::json;

const char* const kStoryFields = "chronomap_story, title, events, theme, overlays, slides";
const char* const kSlideFields = "title, caption, view, duration, transition";
constexpr size_t kLongCaption = 280;  // more than a room reads while listening

bool is_known(const char* fields, const std::string& key) {
    return (", " + std::string(fields) + ", ").find(", " + key + ", ") != std::string::npos;
}

class StoryParser {
  public:
    StoryParser(std::string_view text, std::string display_name, std::filesystem::path folder)
        : text_(text), name_(std::move(display_name)), folder_(std::move(folder)), lines_(text) {}

    StoryLoadResult run() {
        // The usual mistakes named where they are made, and the nesting limit: nothing deeper
        // than kMaxJsonDepth reaches the DOM parser or the recursive walks below.
        if (auto problem = check_json_syntax(text_)) {
            report_at(Severity::error, problem->offset, "", "the story is not valid JSON: " + problem->message,
                      std::move(problem->hint));
            return std::move(result_);
        }
        Json root;
        try {
            root = Json::parse(text_);
        } catch (const Json::parse_error& e) {
            // e.byte is 1-based and points just past the offending character.
            size_t at = e.byte > 0 ? std::min<size_t>(e.byte - 1, text_.size()) : 0;
            std::string what = e.what();
            if (auto colon = what.rfind(": "); colon != std::string::npos)
                what = what.substr(colon + 2);
            report_at(
                Severity::error, at, "", "the story is not valid JSON: " + what,
                "check for a missing comma or quote, or a trailing comma, just before this point");
            return std::move(result_);
        } catch (const Json::out_of_range& e) {
            // A number too large for a double ("2e308") is out_of_range, not parse_error, and
            // has no position: it escaped as a crash (found by fuzz_story_reader).
            std::string what = e.what(), number;
            if (auto q = what.find('\''), r = what.rfind('\''); q != std::string::npos && r > q)
                number = what.substr(q + 1, r - q - 1);
            size_t at = number.empty() ? 0 : std::min(text_.find(number), text_.size());
            report_at(Severity::error, at, "",
                      "the story is not valid JSON: the number " + number + " is too large",
                      "write a number between -1.7e308 and 1.7e308");
            return std::move(result_);
        }
        offsets_ = json_value_offsets(text_);
        Story story;
        if (!root.is_object()) {
            error("", "a story must be a JSON object", "start from examples/seed-story.json");
            return std::move(result_);
        }
        for (auto& [key, value] : root.items())
            if (!is_known(kStoryFields, key))
                warning("/" + key, "unknown field \"" + key + "\" is ignored",
                        std::string("known fields: ") + kStoryFields);
        if (!root.contains("chronomap_story")) {
            error("", "missing \"chronomap_story\": this does not look like a story deck",
                  "add \"chronomap_story\": 1 at the top (an event file goes to `chronomap "
                  "render`, not `present`)");
        } else if (const Json& v = root["chronomap_story"]; !v.is_number_integer()) {
            error("/chronomap_story",
                  "\"chronomap_story\" must be the format version, a whole number", "write 1");
        } else if (v.get<long long>() > kStoryFormatVersion) {
            error("/chronomap_story",
                  "story format version " + std::to_string(v.get<long long>()) +
                      " is newer than this chronomap reads (" +
                      std::to_string(kStoryFormatVersion) + ")",
                  "update chronomap");
        } else if (v.get<long long>() < 1) {
            error("/chronomap_story", "story format version must be 1",
                  "write \"chronomap_story\": 1");
        }
        read_string(root, "title", "", story.title);
        if (!root.contains("events")) {
            error("", "missing \"events\": the event file the story shows",
                  "add \"events\": \"my-events.json\" (relative to the story file)");
        } else if (read_string(root, "events", "", story.events)) {
            // A server's table ("postgresql://host/db?table=T"): read by window, not a file.
            Parsed<std::filesystem::path> resolved =
                uri_scheme(story.events).empty() ? resolve_inside(folder_, story.events)
                                                 : Parsed<std::filesystem::path>{std::filesystem::path(story.events), {}};
            if (!resolved)
                error("/events", resolved.error,
                      "put the event file in the story's folder (or below it) and name it relative "
                      "to the story, e.g. \"events.json\"");
            else
                result_.events_path = *resolved.value;
        }
        if (root.contains("theme")) {
            std::string theme;
            if (read_string(root, "theme", "", theme)) {
                auto parsed = parse_theme(theme);
                if (parsed)
                    story.theme = *parsed.value;
                else
                    error("/theme", parsed.error, "");
            }
        }
        if (root.contains("overlays")) {
            const Json& list = root["overlays"];
            if (!list.is_array()) {
                error("/overlays", "\"overlays\" must be a list of files or {\"file\": ...} objects",
                      "see docs/overlays.md");
            } else {
                for (size_t i = 0; i < list.size(); ++i) {
                    try {
                        UserLayerSpec spec = user_layer_from_json(list[i]);
                        spec.path = in_story_folder(spec.path);
                        story.overlays.push_back(std::move(spec));
                    } catch (const std::exception& e) {
                        error("/overlays/" + std::to_string(i), e.what(), "see docs/overlays.md");
                    }
                }
            }
        }
        if (!root.contains("slides")) {
            error("", "missing \"slides\"",
                  "add \"slides\": [ { \"title\": ..., \"caption\": ..., \"view\": {...} } ]");
        } else if (!root["slides"].is_array()) {
            error("/slides", "\"slides\" must be an array of slides", "");
        } else if (root["slides"].empty()) {
            error("/slides", "the story has no slides",
                  "add at least one slide; `chronomap view FILE --save-state S.json` saves a view "
                  "to start from");
        } else {
            const Json& slides = root["slides"];
            for (size_t i = 0; i < slides.size(); ++i)
                read_slide(slides[i], "/slides/" + std::to_string(i), story);
        }
        if (!has_errors(result_.diagnostics)) result_.story = std::move(story);
        return std::move(result_);
    }

  private:
    void read_slide(const Json& json, const std::string& at, Story& story) {
        Slide slide;
        if (!json.is_object()) {
            error(at, "a slide must be an object", std::string("with fields ") + kSlideFields);
            return;
        }
        for (auto& [key, value] : json.items())
            if (!is_known(kSlideFields, key))
                warning(at + "/" + key, "unknown field \"" + key + "\" is ignored",
                        std::string("slide fields: ") + kSlideFields);
        if (!json.contains("title"))
            error(at, "the slide has no \"title\"",
                  "add \"title\": \"...\" (shown above the caption)");
        else
            read_string(json, "title", at, slide.title);
        if (json.contains("caption") && read_string(json, "caption", at, slide.caption)) {
            if (slide.caption.size() > kLongCaption)
                warning(
                    at + "/caption",
                    "the caption is " + std::to_string(slide.caption.size()) +
                        " bytes long: too much to read while listening",
                    "keep it under " + std::to_string(kLongCaption) + " characters; say the rest");
            size_t stars = 0;
            for (char c : slide.caption) stars += c == '*';
            if (stars % 2 != 0)
                warning(at + "/caption",
                        "the caption has an unpaired \"*\": it is shown as written",
                        "write **bold** and *italic* with paired marks");
        }
        if (json.contains("duration")) {
            const Json& d = json["duration"];
            if (!d.is_number())
                error(at + "/duration", "\"duration\" must be a number of seconds", "e.g. 8");
            else if (d.get<double>() < kMinSlideDuration || d.get<double>() > kMaxSlideDuration)
                error(at + "/duration", "duration " + d.dump() + " is outside 0.5 to 600 seconds",
                      "");
            else
                slide.duration = d.get<double>();
        }
        if (json.contains("transition")) {
            std::string transition;
            if (read_string(json, "transition", at, transition)) {
                if (transition == "fly")
                    slide.transition = Transition::fly;
                else if (transition == "cut")
                    slide.transition = Transition::cut;
                else
                    error(at + "/transition", "transition \"" + transition + "\" is unknown",
                          "use fly or cut");
            }
        }
        if (!json.contains("view")) {
            error(at, "the slide has no \"view\"",
                  "add a view; `chronomap view FILE --save-state S.json` writes one");
        } else if (!json["view"].is_object()) {
            error(at + "/view", "\"view\" must be an object (a saved view state)", "");
        } else {
            Json view = json["view"];
            if (!view.contains("theme")) view["theme"] = std::string(theme_name(story.theme));
            bool own_overlays = view.contains("overlays");
            try {
                slide.view = view_state_from_json(view);
                if (own_overlays) {
                    for (UserLayerSpec& overlay : slide.view.overlays) overlay.path = in_story_folder(overlay.path);
                } else {
                    slide.view.overlays = story.overlays;
                }
            } catch (const std::exception& e) {
                // "view state: field \"camera/zoom\": why" -> /slides/i/view/camera/zoom
                std::string what = e.what(), pointer = at + "/view";
                const std::string prefix = "view state: field \"";
                if (what.rfind(prefix, 0) == 0) {
                    size_t close = what.find('"', prefix.size());
                    if (close != std::string::npos) {
                        pointer += "/" + what.substr(prefix.size(), close - prefix.size());
                        what = "\"" + what.substr(prefix.size(), close - prefix.size()) +
                               "\": " + what.substr(close + 3);
                    }
                }
                error(pointer, "bad view: " + what, "see docs/story-format.md (\"view\")");
            }
        }
        story.slides.push_back(std::move(slide));
    }

    // Overlay files are named relative to the story (they may live outside its folder).
    std::string in_story_folder(const std::string& path) const {
        std::filesystem::path given(path);
        if (given.is_absolute() || folder_.empty()) return path;
        return (folder_ / given).lexically_normal().string();
    }

    bool read_string(const Json& object, const char* key, const std::string& at, std::string& out) {
        if (!object.contains(key)) return false;
        const Json& v = object[key];
        if (!v.is_string()) {
            error(at + "/" + key,
                  std::string("\"") + key + "\" must be a string, got " + v.type_name(), "");
            return false;
        }
        out = v.get<std::string>();
        return true;
    }

    // The offset of `pointer`, or of its closest located parent.
    size_t offset_of(std::string pointer) const {
        for (;;) {
            if (auto it = offsets_.find(pointer); it != offsets_.end()) return it->second;
            if (pointer.empty()) return 0;
            pointer.erase(pointer.rfind('/'));
        }
    }
    void error(const std::string& pointer, std::string message, std::string hint) {
        report_at(Severity::error, offset_of(pointer), pointer, std::move(message),
                  std::move(hint));
    }
    void warning(const std::string& pointer, std::string message, std::string hint) {
        report_at(Severity::warning, offset_of(pointer), pointer, std::move(message),
                  std::move(hint));
    }
    void report_at(Severity severity, size_t offset, std::string pointer, std::string message,
                   std::string hint) {
        LineColumn where = lines_.locate(offset);
        result_.diagnostics.push_back({severity, name_, where.line, where.column,
                                       std::move(pointer), std::move(message), std::move(hint)});
    }

    std::string_view text_;
    std::string name_;
    std::filesystem::path folder_;
    LineIndex lines_;
    std::unordered_map<std::string, size_t> offsets_;
    StoryLoadResult result_;
};

}  // namespace

Parsed<std::filesystem::path> resolve_inside(const std::filesystem::path& folder,
                                             const std::string& relative) {
    namespace fs = std::filesystem;
    auto fail = [](std::string why) {
        Parsed<fs::path> failed;
        failed.error = std::move(why);
        return failed;
    };
    Parsed<fs::path> out;
    fs::path given(relative);
    if (relative.empty()) return fail("the path is empty");
    if (given.is_absolute() || given.has_root_name() || given.has_root_directory())
        return fail("\"" + relative +
                    "\" is an absolute path; a story names its files relative to its folder");
    std::error_code ec;
    fs::path base = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
    fs::path full = fs::weakly_canonical(base / given, ec);
    if (ec) return fail("cannot resolve \"" + relative + "\": " + ec.message());
    auto [b, f] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (b != base.end()) return fail("\"" + relative + "\" leads outside the story's folder");
    out.value = full;
    return out;
}

StoryLoadResult parse_story_text(std::string_view text, const std::string& display_name,
                                 const std::filesystem::path& folder) {
    return StoryParser(text, display_name, folder).run();
}

StoryLoadResult load_story_file(const std::filesystem::path& path) {
    std::string text;
    try {
        text = read_text_file(path);
    } catch (const std::exception& e) {
        StoryLoadResult result;
        result.diagnostics.push_back(
            {Severity::error, path.string(), 0, 0, "", e.what(), "check the path"});
        return result;
    }
    return parse_story_text(text, path.string(), path.parent_path());
}

}  // namespace chronomap
