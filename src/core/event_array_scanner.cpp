#include "core/event_array_scanner.h"

#include <cstring>
#include <thread>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace chronomap {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text.data()), n_(text.size()) {}

    size_t skip_space(size_t i) const {
        while (i < n_ && is_space(s_[i])) ++i;
        return i;
    }

    // i is at an opening quote; returns the offset after the closing one. Most bytes of an
    // event file are inside strings: they are looked at 16 at a time.
    size_t skip_string(size_t i) const {
        size_t p = i + 1;
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
        while (p + 16 <= n_) {
            __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + p));
            auto found = static_cast<unsigned>(
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash))));
            if (found == 0) {
                p += 16;
                continue;
            }
            p += static_cast<size_t>(__builtin_ctz(found));
            if (s_[p] == '"') return p + 1;
            p += 2;  // a backslash and the character it escapes
        }
#endif
        for (; p < n_; ++p) {
            if (s_[p] == '"') return p + 1;
            if (s_[p] == '\\') ++p;
        }
        return kNone;
    }

    // i is at the first byte of a value; returns the offset after it.
    size_t skip_value(size_t i) const {
        if (i >= n_) return kNone;
        char c = s_[i];
        if (c == '"') return skip_string(i);
        if (c != '{' && c != '[') {  // a number or a literal: runs to the next separator
            while (i < n_ && s_[i] != ',' && s_[i] != ']' && s_[i] != '}' && !is_space(s_[i])) ++i;
            return i;
        }
        size_t depth = 0;
        for (; i < n_; ++i) {
            switch (s_[i]) {
                case '"':
                    i = skip_string(i);
                    if (i == kNone) return kNone;
                    --i;
                    break;
                case '{':
                case '[': ++depth; break;
                case '}':
                case ']':
                    if (--depth == 0) return i + 1;
                    break;
                default: break;
            }
        }
        return kNone;
    }

    char at(size_t i) const { return i < n_ ? s_[i] : '\0'; }
    std::string_view view(size_t begin, size_t end) const { return {s_ + begin, end - begin}; }

private:
    const char* s_;
    size_t n_;
};

// Offset of the '[' of the root object's "events" value, or kNone.
size_t find_events_value(const Scanner& scan, size_t i) {
    i = scan.skip_space(i);
    if (scan.at(i) != '{') return kNone;
    i = scan.skip_space(i + 1);
    while (scan.at(i) == '"') {
        size_t key_end = scan.skip_string(i);
        if (key_end == kNone) return kNone;
        std::string_view key = scan.view(i + 1, key_end - 1);
        i = scan.skip_space(key_end);
        if (scan.at(i) != ':') return kNone;
        i = scan.skip_space(i + 1);
        if (key == "events") return scan.at(i) == '[' ? i : kNone;
        i = scan.skip_value(i);
        if (i == kNone) return kNone;
        i = scan.skip_space(i);
        if (scan.at(i) != ',') return kNone;
        i = scan.skip_space(i + 1);
    }
    return kNone;
}

}  // namespace

std::string_view EventArrayLayout::element_text(std::string_view text, size_t k) const {
    size_t begin = element_begin[k];
    size_t end = k + 1 < element_begin.size() ? element_begin[k + 1] : close;
    while (end > begin && is_space(text[end - 1])) --end;
    if (k + 1 < element_begin.size() && end > begin && text[end - 1] == ',') --end;
    while (end > begin && is_space(text[end - 1])) --end;
    return text.substr(begin, end - begin);
}

namespace {

// Scans elements from `i` (the first byte of an element) and records where each begins.
// Stops at the array's ']' (returns its offset), or before the first element that begins at
// or after `stop_at` (returns that element's offset). kNone on anything unusual.
size_t scan_elements(const Scanner& scan, size_t i, size_t stop_at, std::vector<std::uint64_t>& begins) {
    for (;;) {
        if (i >= stop_at) return i;
        begins.push_back(i);
        size_t end = scan.skip_value(i);
        if (end == kNone || end == i) return kNone;
        i = scan.skip_space(end);
        char next = scan.at(i);
        if (next == ']') return i;
        if (next != ',') return kNone;
        i = scan.skip_space(i + 1);
        if (scan.at(i) == ']' || scan.at(i) == '\0') return kNone;  // a trailing comma, or the end
    }
}

// A likely element start in the second half, for a second core to scan from: a '{' that
// begins a line after a line ending in ','. A newline is never inside a JSON string, but the
// guess may still be a deeper object: the first core's scan confirms it or ignores it.
size_t guess_element_start(std::string_view text, size_t from) {
    for (size_t at = text.find('\n', from); at != std::string_view::npos; at = text.find('\n', at + 1)) {
        size_t before = text.find_last_not_of(" \t\r", at - 1);
        size_t next = text.find_first_not_of(" \t\r", at + 1);
        if (before == std::string_view::npos || next == std::string_view::npos) return kNone;
        if (text[before] == ',' && text[next] == '{') return next;
        if (at - from > (size_t{1} << 20)) return kNone;  // no such line nearby: not worth it
    }
    return kNone;
}

}  // namespace

std::optional<EventArrayLayout> scan_event_array(std::string_view text, size_t from) {
    Scanner scan(text);
    EventArrayLayout layout;
    layout.open = find_events_value(scan, from);
    if (layout.open == kNone) return std::nullopt;
    layout.element_begin.reserve(text.size() / 256 + 16);  // a typical event is a few hundred bytes

    size_t first = scan.skip_space(layout.open + 1);
    if (scan.at(first) == ']') {
        layout.close = first;
        return layout;
    }
    // Large files: the second half is scanned on another core from a guessed element start.
    constexpr size_t kParallelAbove = size_t{64} << 20;
    size_t guess = text.size() >= kParallelAbove ? guess_element_start(text, first + (text.size() - first) / 2) : kNone;
    std::vector<std::uint64_t> later_begins;
    size_t later_close = kNone;
    std::jthread later;
    if (guess != kNone) {
        later_begins.reserve(text.size() / 512 + 16);
        later = std::jthread([&] { later_close = scan_elements(scan, guess, kNone, later_begins); });
    }
    size_t at = scan_elements(scan, first, guess, layout.element_begin);
    if (later.joinable()) later.join();
    if (guess != kNone && at == guess && later_close != kNone) {  // the guess was right
        layout.element_begin.insert(layout.element_begin.end(), later_begins.begin(), later_begins.end());
        at = later_close;
    } else if (at != kNone && scan.at(at) != ']') {
        at = scan_elements(scan, at, kNone, layout.element_begin);  // it was not: go on alone
    }
    if (at == kNone) return std::nullopt;
    layout.close = at;
    return layout;
}

}  // namespace chronomap
