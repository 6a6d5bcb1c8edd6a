#include "core/gazetteer/name_folding.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

namespace chronomap {
namespace {

// clang-format off: the tables below read best one rule per line.
// Signs that transliterations write for ayn and hamza, and apostrophes: dropped, not
// turned into spaces, so "Ma'arrat" and "Maarrat" meet.
bool is_apostrophe(utf8proc_int32_t c) {
    switch (c) {
        case 0x27:
        case 0x60:
        case 0xB4:
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x2032:
        case 0x02B9:
        case 0x02BB:
        case 0x02BC:
        case 0x02BD:
        case 0x02BE:
        case 0x02BF:
        case 0x02C8:
        case 0x0621:  // Arabic hamza standing alone
            return true;
        default:
            return false;
    }
}

// Letters that Unicode does not decompose into a base letter and a mark.
const char* latin_replacement(utf8proc_int32_t c) {
    switch (c) {
        case 0x0142:
            return "l";  // ł
        case 0x00F8:
            return "o";  // ø
        case 0x0111:
            return "d";  // đ
        case 0x0127:
            return "h";  // ħ
        case 0x0131:
            return "i";  // dotless ı
        case 0x00E6:
            return "ae";  // æ
        case 0x0153:
            return "oe";  // œ
        case 0x00FE:
            return "th";  // þ
        case 0x00F0:
            return "d";  // ð
        case 0x0167:
            return "t";  // ŧ
        default:
            return nullptr;
    }
}

// Arabic letters written in several ways for the same name.
utf8proc_int32_t arabic_variant(utf8proc_int32_t c) {
    switch (c) {
        case 0x0629:
            return 0x0647;  // teh marbuta -> heh
        case 0x0649:
            return 0x064A;  // alef maksura -> yeh
        case 0x06CC:
            return 0x064A;  // Persian yeh -> yeh
        case 0x06A9:
            return 0x0643;  // keheh -> kaf
        case 0x0671:
            return 0x0627;  // alef wasla -> alef
        case 0x0640:
            return 0;  // tatweel (elongation): dropped
        default:
            return c;
    }
}

// clang-format on
void append_utf8(std::string& out, utf8proc_int32_t c) {
    std::array<utf8proc_uint8_t, 4> bytes{};
    utf8proc_ssize_t n = utf8proc_encode_char(c, bytes.data());
    out.append(reinterpret_cast<const char*>(bytes.data()), static_cast<size_t>(n));
}

// Appends a separator unless the key is empty or already ends with one.
void separate(std::string& out) {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

void trim_trailing_space(std::string& out) {
    if (!out.empty() && out.back() == ' ') out.pop_back();
}

std::string fold_ascii(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char ch : name) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(static_cast<char>(c));
        else if (c == '\'' || c == '`')
            continue;
        else
            separate(out);
    }
    trim_trailing_space(out);
    return out;
}

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

std::optional<std::string> fold_unicode(std::string_view name) {
    utf8proc_uint8_t* mapped = nullptr;
    auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                     static_cast<utf8proc_ssize_t>(name.size()), &mapped, options);
    if (length < 0) return std::nullopt;  // invalid UTF-8
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(mapped);

    std::string out;
    out.reserve(static_cast<size_t>(length));
    for (utf8proc_ssize_t at = 0; at < length;) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(mapped + at, length - at, &c);
        if (n <= 0) return std::nullopt;
        at += n;
        if (is_apostrophe(c)) continue;
        if (const char* latin = latin_replacement(c)) {
            out += latin;
            continue;
        }
        c = arabic_variant(c);
        if (c == 0) continue;
        utf8proc_category_t category = utf8proc_category(c);
        bool letter_or_digit = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
        letter_or_digit = letter_or_digit ||
                          (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
        bool mark = category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
        if (mark) continue;  // marks that decomposition left (e.g. Arabic shadda)
        if (letter_or_digit)
            append_utf8(out, c);
        else
            separate(out);
    }
    trim_trailing_space(out);
    return out;
}

std::vector<std::string_view> split_words(std::string_view key) {
    std::vector<std::string_view> words;
    size_t start = 0;
    while (start < key.size()) {
        size_t end = key.find(' ', start);
        if (end == std::string_view::npos) end = key.size();
        if (end > start) words.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Arabic articles as transliterated (sun letters assimilate: ar-Raqqa, ash-Sham, ez-Zor),
// and French, English articles.
bool is_article(std::string_view word) {
    if (word.size() > 4) return false;
    static constexpr std::string_view kArticles[] = {
        "al",   "el",   "ul",  "il",  "ar", "er", "as",  "es",  "ash", "esh",
        "asch", "esch", "ach", "ech", "ad", "ed", "adh", "az",  "ez",  "at",
        "et",   "ath",  "an",  "en",  "l",  "le", "la",  "les", "the"};
    for (std::string_view article : kArticles)
        if (word == article) return true;
    return false;
}

bool starts_with(std::string_view text, size_t at, std::string_view prefix) {
    if (at + prefix.size() > text.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (text[at + i] != prefix[i]) return false;
    return true;
}

// One word's transliteration skeleton; see the header for the rules.
// clang-format off
std::string skeleton_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    auto put = [&out](char c) {
        if (out.empty() || out.back() != c) out.push_back(c);  // doubled letters collapse
    };
    for (size_t i = 0; i < word.size();) {
        // German dsch = English j = French dj; sch, ch, sh and kh (French ch is English sh,
        // German ch is English kh) all become x.
        if (starts_with(word, i, "dsch")) { put('i'); i += 4; continue; }
        if (starts_with(word, i, "sch")) { put('x'); i += 3; continue; }
        if (starts_with(word, i, "ch") || starts_with(word, i, "sh") || starts_with(word, i, "kh")) {
            put('x'); i += 2; continue;
        }
        if (starts_with(word, i, "dj")) { put('i'); i += 2; continue; }
        if (starts_with(word, i, "dh") || starts_with(word, i, "zh")) { put('s'); i += 2; continue; }
        if (starts_with(word, i, "th")) { put('t'); i += 2; continue; }
        if (starts_with(word, i, "ph")) { put('f'); i += 2; continue; }
        if (starts_with(word, i, "ck")) { put('k'); i += 2; continue; }
        if (starts_with(word, i, "ou") || starts_with(word, i, "oo")) { put('u'); i += 2; continue; }
        if (starts_with(word, i, "ei") || starts_with(word, i, "ey") || starts_with(word, i, "ai") ||
            starts_with(word, i, "ay")) {
            put('a'); put('i'); i += 2; continue;
        }
        char c = word[i++];
        switch (c) {
            case 'q': case 'c': put('k'); break;
            case 'o': case 'w': put('u'); break;
            case 'e': put('a'); break;
            case 'y': case 'j': put('i'); break;  // German j is English y; English j is German dsch
            case 'z': put('s'); break;            // German s is English z (Sawija, Zawiya)
            default: put(c);
        }
    }
    // Final -ah, -eh, -a, -e: "Raqqah", "Raqqa"; "Syrte", "Sirt". Short words keep them.
    if (out.size() > 2 && out.back() == 'h') {
        char before = out[out.size() - 2];
        if (before == 'a' || before == 'i' || before == 'u') out.pop_back();
    }
    if (out.size() > 4 && out.back() == 'a') out.pop_back();
    return out;
}

// clang-format on
bool starts_with_arabic_article(std::string_view word) {
    // "ال" is U+0627 U+0644: 0xD8 0xA7 0xD9 0x84. Keep very short words whole.
    return word.size() > 8 && starts_with(word, 0, "\xD8\xA7\xD9\x84");
}

}  // namespace

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

std::optional<std::string> fold_basic(std::string_view name) {
    if (is_ascii(name)) return fold_ascii(name);
    return fold_unicode(name);
}

std::string fold_skeleton(std::string_view basic_key) {
    std::vector<std::string_view> words = split_words(basic_key);
    std::string out;
    out.reserve(basic_key.size());
    if (!is_ascii(basic_key)) {
        for (std::string_view word : words)
            out += starts_with_arabic_article(word) ? word.substr(4) : word;
        return out;
    }
    for (size_t w = 0; w < words.size(); ++w) {
        bool last = w + 1 == words.size();
        if (!last && is_article(words[w])) continue;  // "al Qaryatayn"; but "Al" alone stays
        out += skeleton_word(words[w]);
    }
    return out;
}

}  // namespace chronomap
