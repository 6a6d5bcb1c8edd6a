// The words and spellings around a town's name the geocoder sets aside or reads again when the
// name as written finds nothing (core/gazetteer/town_words.h, compound_spellings.h,
// parenthesized_names.h).
#include <doctest/doctest.h>

#include "core/gazetteer/compound_spellings.h"
#include "core/gazetteer/parenthesized_names.h"
#include "core/gazetteer/town_words.h"

using namespace chronomap;

TEST_CASE("a word for the town around its name is set aside") {
    CHECK(without_town_word("Erbil city") == "Erbil");
    CHECK(without_town_word("Hajin town") == "Hajin");
    CHECK(without_town_word("Alep-ville") == "Alep");
    CHECK(without_town_word("la ville de Homs") == "Homs");
    CHECK(without_town_word("ville d\xE2\x80\x99Idleb") == "Idleb");
    CHECK(without_town_word("camp de Yarmouk") == "Yarmouk");
    CHECK(without_town_word("Zaatari refugee camp") == "Zaatari");
    CHECK(without_town_word("Zaatari camp") == "Zaatari");
    CHECK(without_town_word("a\xC3\xA9roport de Tabqa") == "Tabqa");
    CHECK(without_town_word("Kuweires airbase") == "Kuweires");
    CHECK(without_town_word("al-Watiya air base") == "al-Watiya");
    CHECK(without_town_word("base T4") == "T4");
    CHECK(without_town_word("Mossoul-Est") == "Mossoul");
    CHECK(without_town_word("Mossoul-Ouest") == "Mossoul");
    CHECK(without_town_word("Baghouz Fawqani") == "Baghouz");
    CHECK(without_town_word("City of Mosul") == "Mosul");
}

TEST_CASE("no word for the town: nothing to set aside") {
    CHECK_FALSE(without_town_word("Raqqa"));
    CHECK_FALSE(without_town_word("Deir ez-Zor"));
    CHECK_FALSE(without_town_word("City"));        // the word alone names no town
    CHECK_FALSE(without_town_word("ville"));
    CHECK_FALSE(without_town_word("Abbeville"));   // "ville" inside a name, not a word of its own
    CHECK_FALSE(without_town_word("Khartoum-Nord"));
}

TEST_CASE("the first word of an Arabic name in its other form") {
    CHECK(other_compound_spelling("Kfar Nabl") == "Kafr Nabl");
    CHECK(other_compound_spelling("Kafr Nabl") == "Kfar Nabl");
    CHECK(other_compound_spelling("KFAR Zita") == "Kafr Zita");
    CHECK(other_compound_spelling("Telkeppe") == "Tel keppe");
    CHECK(other_compound_spelling("Tallkayf") == "Tall kayf");
    CHECK_FALSE(other_compound_spelling("Tal Afar"));  // already apart
    CHECK_FALSE(other_compound_spelling("Tala"));      // too short a rest to be a name
    CHECK_FALSE(other_compound_spelling("Raqqa"));
}

TEST_CASE("the English long vowels read as short ones") {
    CHECK(with_short_vowels("Kafr Takhareem") == "Kafr Takharim");
    CHECK(with_short_vowels("Afreen") == "Afrin");
    CHECK(with_short_vowels("Sheikh Maqsood") == "Sheikh Maqsud");
    CHECK_FALSE(with_short_vowels("Raqqa"));
}

TEST_CASE("a refinery, a port, an industrial city and the French fouqani are set aside") {
    CHECK(without_town_word("Baiji refinery") == "Baiji");
    CHECK(without_town_word("Sidra port") == "Sidra");
    CHECK(without_town_word("Sheikh Najjar industrial city") == "Sheikh Najjar");
    CHECK(without_town_word("Baghouz Fouqani") == "Baghouz");
}

TEST_CASE("the article glued to a word of the name is set apart") {
    CHECK(with_article_apart("Alhasakeh") == "Al-hasakeh");  // the case as written
    CHECK(with_article_apart("Maarat Alnuman") == "Maarat Al-numan");
    CHECK(with_article_apart("Elbeyli") == "El-beyli");
    CHECK_FALSE(with_article_apart("Aleppo"));    // a vowel after "al": the name's own letters
    CHECK_FALSE(with_article_apart("Alep"));      // too short to be an article and a name
    CHECK_FALSE(with_article_apart("Al-Bab"));    // already apart
    CHECK_FALSE(with_article_apart("Raqqa"));
}

TEST_CASE("the leading article is set aside") {
    CHECK(without_leading_article("At Taji") == "Taji");
    CHECK(without_leading_article("El Qaa") == "Qaa");
    CHECK(without_leading_article("ash-Shaddadi") == "Shaddadi");
    CHECK_FALSE(without_leading_article("Taji"));
    CHECK_FALSE(without_leading_article("Alhasakeh"));
    CHECK_FALSE(without_leading_article("Tal Abyad"));  // "Tal" is a hill, not an article
}

TEST_CASE("a name qualified in parentheses is split") {
    auto homs = split_parenthesized("Homs (Libya)");
    REQUIRE(homs);
    CHECK(homs->name == "Homs");
    CHECK(homs->qualifier == "Libya");
    auto sur = split_parenthesized("  Sur ( Tyre ) ");
    REQUIRE(sur);
    CHECK(sur->name == "Sur");
    CHECK(sur->qualifier == "Tyre");
    CHECK_FALSE(split_parenthesized("Homs"));
    CHECK_FALSE(split_parenthesized("(Libya)"));
    CHECK_FALSE(split_parenthesized("Homs ()"));
    CHECK_FALSE(split_parenthesized("Homs (Libya) east"));
    CHECK_FALSE(split_parenthesized("A (B (C))"));
}
