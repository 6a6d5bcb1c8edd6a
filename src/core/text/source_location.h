// Turns byte offsets into the line:column a text editor shows.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace chronomap {

struct LineColumn {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, counted in UTF-8 characters
};

class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    LineColumn locate(size_t byte_offset) const;

private:
    std::string_view text_;
    std::vector<size_t> line_starts_;
};

}  // namespace chronomap
