// Name folding: turns the many spellings of a place into keys that compare equal.
//
// Two levels, both applied the same way to the gazetteer's names and to queries:
//  - fold_basic: what any reader calls "the same spelling": case, accents and other marks,
//    apostrophes and ayn/hamza signs, hyphens and spaces; Arabic letter variants.
//    "Deïr ez-Zor" and "deir ez zor" give the same basic key.
//  - fold_skeleton: a transliteration skeleton of a basic key: articles dropped (al-, el-,
//    ez-, le, la, the ...), words joined, and the variants of French, English and German
//    transliterations of Arabic collapsed (ou/u/o, ei/ay/ai, e/a, i/y/j, q/k/c, dh/zh/z/s,
//    ch/sh/kh/sch, dj/dsch/j, doubled letters, final -e/-a/-ah). "Al-Qaryatayn" and
//    "Qariateine" share a skeleton, as do "Dschisr asch-Schughur" and "Jisr al-Shughur".
// A skeleton match is weaker evidence than a basic one; the geocoder ranks it lower.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// Bumped whenever a folding rule changes: compiled indexes with another value are stale.
inline constexpr std::uint32_t kFoldingVersion = 2;

// Lower-case, unaccented, words separated by single spaces; std::nullopt when `name` is not
// valid UTF-8. May be empty (a name of punctuation only).
std::optional<std::string> fold_basic(std::string_view name);

// The skeleton of a key made by fold_basic. Non-Latin keys (Arabic, Cyrillic ...) only lose
// their spaces and, for Arabic, the article "ال".
std::string fold_skeleton(std::string_view basic_key);

// True when every byte is ASCII (the fast path of folding, and the fuzzy stage's domain).
bool is_ascii(std::string_view text);

}  // namespace chronomap
