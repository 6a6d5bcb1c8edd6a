#include "core/native_json/event_array_scanner.h"

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
#ifdef __SSE2__
        return skip_container_by_blocks(i);
#else
        return skip_container(i);
#endif
    }

    // i is at '{' or '['; returns the offset after the bracket that closes it (brackets are
    // counted, not matched: the parser of each element checks them). One byte at a time.
    size_t skip_container(size_t i) const {
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

#ifdef __SSE2__
    // The same, 64 bytes at a time: a bit per byte for quotes, backslashes and brackets, the
    // bytes inside strings found from the quotes, and only the brackets outside strings looked
    // at one by one. An event holds dozens of short strings, each of which cost the
    // byte-at-a-time scan a call; this scan's cost is per 64 bytes and per bracket.
    size_t skip_container_by_blocks(size_t i) const {
        size_t depth = 0;
        std::uint64_t escaped_carry = 0;  // 1: the previous block ended with an escaping backslash
        std::uint64_t in_string_carry = 0;  // all ones: the previous block ended inside a string
        for (size_t p = i; p < n_; p += 64) {
            BlockMasks block = classify(p);
            std::uint64_t escaped = escaped_after(block.backslash, escaped_carry);
            std::uint64_t in_string = prefix_xor(block.quote & ~escaped) ^ in_string_carry;
            in_string_carry = static_cast<std::uint64_t>(static_cast<std::int64_t>(in_string) >> 63);
            // A quote's own bit is set when it opens a string and clear when it closes one;
            // brackets are never quotes, so either way they are told apart correctly.
            std::uint64_t opening = block.opening & ~in_string, closing = block.closing & ~in_string;
            for (std::uint64_t brackets = opening | closing; brackets != 0; brackets &= brackets - 1) {
                std::uint64_t bit = brackets & (~brackets + 1);
                if (opening & bit) {
                    ++depth;
                } else if (--depth == 0) {
                    return p + static_cast<size_t>(__builtin_ctzll(bit)) + 1;
                }
            }
        }
        return kNone;  // the text ended inside the value
    }

    struct BlockMasks {
        std::uint64_t quote = 0, backslash = 0, opening = 0, closing = 0;
    };

    // Bit k of each mask says what byte p + k is. Past the end of the text reads zeros, which
    // are none of these.
    BlockMasks classify(size_t p) const {
        alignas(16) char tail[64] = {};
        const char* bytes = s_ + p;
        if (p + 64 > n_) {
            std::memcpy(tail, s_ + p, n_ - p);
            bytes = tail;
        }
        BlockMasks masks;
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
        // '[' and ']' are '{' and '}' without the 0x20 bit.
        const __m128i case_bit = _mm_set1_epi8(0x20), open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}');
        for (int k = 0; k < 4; ++k) {
            __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
            __m128i folded = _mm_or_si128(chunk, case_bit);
            auto bits = [&](__m128i matches) {
                return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(matches))) << (16 * k);
            };
            masks.quote |= bits(_mm_cmpeq_epi8(chunk, quote));
            masks.backslash |= bits(_mm_cmpeq_epi8(chunk, backslash));
            masks.opening |= bits(_mm_cmpeq_epi8(folded, open));
            masks.closing |= bits(_mm_cmpeq_epi8(folded, close));
        }
        return masks;
    }

    // The bytes escaped by a backslash: each one after a backslash that is not itself
    // escaped. Backslashes are rare in event files, so they are walked one by one.
    static std::uint64_t escaped_after(std::uint64_t backslashes, std::uint64_t& carry) {
        std::uint64_t escaped = carry;
        carry = 0;
        for (; backslashes != 0; backslashes &= backslashes - 1) {
            int k = __builtin_ctzll(backslashes);
            if (escaped >> k & 1) continue;  // escaped by the one before: escapes nothing
            if (k == 63) carry = 1;
            else escaped |= std::uint64_t{1} << (k + 1);
        }
        return escaped;
    }

    // Bit k: the xor of bits 0..k (set from an opening quote up to the closing one).
    static std::uint64_t prefix_xor(std::uint64_t x) {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }
#endif

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
