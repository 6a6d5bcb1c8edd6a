// libFuzzer target: the story deck reader (docs/story-format.md) on arbitrary bytes, then
// the writer and a second read: a deck that reads must write back into a deck that reads
// the same, and its captions must parse.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/story/caption_text.h"
#include "core/story/story_reader.h"
#include "core/story/story_writer.h"
#include "fuzz_check.h"

namespace {

// An empty folder the deck is read in, so that paths it names resolve to nothing real.
const std::filesystem::path& story_folder() {
    static const std::filesystem::path folder = [] {
        auto dir = std::filesystem::temp_directory_path() /
                   ("chronomap-fuzz-story-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        return dir;
    }();
    return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    chronomap::StoryLoadResult result =
        chronomap::parse_story_text(text, "fuzz.story.json", story_folder());
    for (const chronomap::Diagnostic& d : result.diagnostics) {
        FUZZ_CHECK(!d.message.empty());
        (void)d.format();
    }
    if (!result.story) return 0;
    for (const chronomap::Slide& slide : result.story->slides) {
        (void)chronomap::parse_caption(slide.caption);
        (void)chronomap::caption_plain_text(slide.caption);
    }
    std::string written = chronomap::story_to_text(*result.story);
    chronomap::StoryLoadResult again =
        chronomap::parse_story_text(written, "fuzz-again.story.json", story_folder());
    FUZZ_CHECK(again.story.has_value());
    FUZZ_CHECK(chronomap::story_to_text(*again.story) == written);
    return 0;
}
