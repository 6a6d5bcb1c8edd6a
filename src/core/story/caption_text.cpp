#include "core/story/caption_text.h"

namespace chronomap {

std::vector<CaptionRun> parse_caption(const std::string& caption) {
    std::vector<CaptionRun> runs;
    bool bold = false, italic = false;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) runs.push_back({current, bold, italic});
        current.clear();
    };
    for (size_t i = 0; i < caption.size();) {
        bool double_star = caption.compare(i, 2, "**") == 0;
        if (double_star && (bold || caption.find("**", i + 2) != std::string::npos)) {
            flush();
            bold = !bold;
            i += 2;
        } else if (caption[i] == '*' && !double_star &&
                   (italic || caption.find('*', i + 1) != std::string::npos)) {
            flush();
            italic = !italic;
            i += 1;
        } else {
            current += caption[i++];
        }
    }
    flush();
    return runs;
}

std::string caption_plain_text(const std::string& caption) {
    std::string out;
    for (const CaptionRun& run : parse_caption(caption)) out += run.text;
    return out;
}

}  // namespace chronomap
