#include "core/text/source_location.h"

#include <algorithm>

#include "core/text/diagnostic.h"

namespace chronomap {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

LineColumn LineIndex::locate(size_t byte_offset) const {
    byte_offset = std::min(byte_offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    size_t line = static_cast<size_t>(it - line_starts_.begin());
    size_t line_start = line_starts_[line - 1];
    int column = 1;
    for (size_t i = line_start; i < byte_offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
    return {static_cast<int>(line), column};
}

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += severity == Severity::error ? ": error: " : severity == Severity::warning ? ": warning: " : ": note: ";
    out += message;
    if (!pointer.empty()) out += " [at " + pointer + "]";
    if (!hint.empty()) out += "\n  hint: " + hint;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace chronomap
