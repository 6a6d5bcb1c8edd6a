// Levenshtein distance with a bound: the fuzzy stage only cares about 0, 1 or 2 edits.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace chronomap {

// 0, 1 or 2 (more than one edit) without the table: the fuzzy stage's only question, asked of
// every key that shares a one-letter deletion with the query (thousands in a world index).
inline int edits_up_to_one(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    if (a.size() - b.size() > 1) return 2;
    size_t front = 0;
    while (front < b.size() && a[front] == b[front]) ++front;
    if (front == a.size()) return 0;  // equal
    // Past the first difference, the rest must match once one letter is dropped from the
    // longer (or, at equal lengths, changed).
    size_t skip = a.size() == b.size() ? 1 : 0;
    return a.substr(front + 1) == b.substr(front + skip) ? 1 : 2;
}

// The edit distance of a and b, or max_distance + 1 when it is larger. Keys longer than
// 63 bytes are never close (the fuzzy stage does not index them).
inline int bounded_edit_distance(std::string_view a, std::string_view b, int max_distance) {
    int too_far = max_distance + 1;
    if (a.size() > 63 || b.size() > 63) return too_far;
    int length_gap = static_cast<int>(a.size()) - static_cast<int>(b.size());
    if (length_gap > max_distance || -length_gap > max_distance) return too_far;
    if (max_distance == 1) return edits_up_to_one(a, b);
    std::array<int, 64> row{}, next{};
    for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        next[0] = static_cast<int>(i);
        int best = next[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            int substitute = row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            next[j] = std::min({row[j] + 1, next[j - 1] + 1, substitute});
            best = std::min(best, next[j]);
        }
        if (best > max_distance) return too_far;  // every path already costs too much
        row = next;
    }
    return std::min(row[b.size()], too_far);
}

// a and b differ by two neighbouring letters swapped ("kfar" and "kafr": Levantine spellings
// of one word), which Levenshtein counts as two edits.
inline bool one_adjacent_swap(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a == b) return false;
    size_t i = 0;
    while (a[i] == b[i]) ++i;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace chronomap
