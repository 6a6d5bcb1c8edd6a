// The little markup of captions: **bold** and *italic*, nothing else. A mark without its
// pair is kept as written (the reader warns about it).
#pragma once

#include <string>
#include <vector>

namespace chronomap {

struct CaptionRun {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool operator==(const CaptionRun&) const = default;
};

std::vector<CaptionRun> parse_caption(const std::string& caption);
// The caption without its marks.
std::string caption_plain_text(const std::string& caption);

}  // namespace chronomap
