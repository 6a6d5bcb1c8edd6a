// Other ways the press writes an Arabic place name, which folding does not bring together: the
// first word written two ways or glued to the name ("Kfar Nabl", Lebanese and French usage, is
// Kafr Nubl as GeoNames writes "Kafr"; "Telkeppe" is Tel Keppe), and the English long vowels
// "ee" and "oo" for "i" and "u" ("Afreen", "Tikreet"), the article glued or written before a
// name the curated table holds without it ("Alhasakeh", "At Taji"). The geocoder reads such a name again in
// the other form when the name as written finds nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronomap {

// The name with its first word in the other common form ("Kfar X" <-> "Kafr X") or split from
// the name it is glued to ("Telkeppe" -> "Tel keppe"); nullopt when it has no such word.
std::optional<std::string> other_compound_spelling(std::string_view name);

// The name with "ee" read as "i" and "oo" as "u" ("Kafr Takhareem" -> "Kafr Takharim"); nullopt
// when it has neither.
std::optional<std::string> with_short_vowels(std::string_view name);

// The name with the article "al"/"el" glued to a word set apart ("Alhasakeh" -> "Al-hasakeh",
// "Maarat Alnuman" -> "Maarat al-numan"); nullopt when no word starts so. A vowel after it
// says the letters are the name's own ("Aleppo", "Elista").
std::optional<std::string> with_article_apart(std::string_view name);

// The name without its leading Arabic article ("At Taji" -> "Taji", "El Qaa" -> "Qaa"); nullopt
// when it has none.
std::optional<std::string> without_leading_article(std::string_view name);

}  // namespace chronomap
