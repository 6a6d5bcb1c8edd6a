// The reader's language everywhere: one table of words with both languages for every key,
// one function choosing the language, and dates said as a reader of that language says them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "time_at.h"
#include "core/native_json/event_reader.h"
#include "core/i18n/language.h"
#include "core/i18n/ui_words.h"
#include "core/story/slide_sources.h"
#include "core/timeline/animation.h"
#include "core/timeline/time_labels.h"

using namespace chronomap;

namespace {

// The printf conversions of a format, in order ("%zu", "%s", "%.2f" -> "zu", "s", "f").
std::vector<std::string> conversions(std::string_view format) {
    std::vector<std::string> out;
    for (size_t k = 0; k < format.size(); ++k) {
        if (format[k] != '%') continue;
        size_t end = format.find_first_of("diouxXeEfgGcsp%", k + 1);
        if (end == std::string_view::npos) break;
        if (format[end] != '%') {
            std::string length;
            for (size_t m = k + 1; m < end; ++m)
                if (std::string_view("hljzt").find(format[m]) != std::string_view::npos) length += format[m];
            out.push_back(length + format[end]);
        }
        k = end;
    }
    return out;
}

EventStore french_file() {
    const char* text = R"({"chronomap": 1, "title": "Syrie et Libye, automne 2017", "lang": "fr",
      "categories": {"attack": {"label": "Attaque"}},
      "events": [{"id": "misrata", "title": "Attaque du tribunal de Misrata", "time": "2017-10-04",
                  "category": "attack", "coordinates": [15.09, 32.38],
                  "sources": [{"publisher": "Le Monde", "published": "2017-04-05", "title": "Misrata"},
                              {"publisher": "AFP", "published": "2017-10-04T09:12:00Z"}]}]})";
    return std::move(*parse_event_text(text, "seed.json").store);
}
}  // namespace

TEST_CASE("Every word of the interface has an English and a French text taking the same arguments") {
    auto table = word_table();
    REQUIRE(table.size() > 150);
    for (size_t k = 0; k < table.size(); ++k) {
        const WordEntry& w = table[k];
        CAPTURE(w.key);
        CHECK(std::string_view(w.english).size() > 0);
        CHECK(std::string_view(w.french).size() > 0);
        CHECK(conversions(w.english) == conversions(w.french));
        CHECK(word(static_cast<UiWord>(k), DateLanguage::fr) == std::string_view(w.french));
        CHECK(word(static_cast<UiWord>(k), DateLanguage::en) == std::string_view(w.english));
    }
    CHECK(std::string(word(UiWord::tab_filters, DateLanguage::fr)) == "Filtres");
    CHECK(std::string(word(UiWord::tab_filters, DateLanguage::iso)) == "Filters");  // unknown language: English
    CHECK(format_word(UiWord::status_events, DateLanguage::fr, "1\u00a0430", "15", "12") ==
          "1\u00a0430 événements · 15 affichés · 12 placés");
    CHECK(event_count(15, DateLanguage::fr) == "15 événements");
    CHECK(event_count(1, DateLanguage::en) == "1 event");
    CHECK(format_count(1430650, DateLanguage::en) == "1,430,650");
    CHECK(std::string(precision_word(TimePrecision::day, DateLanguage::fr)) == "jour");  // not "(day)"
}

TEST_CASE("An ACLED file's categories are said in French for a French reader") {
    CHECK(category_label_in("Battles", DateLanguage::fr) == "Batailles");
    CHECK(category_label_in("Explosions/Remote violence", DateLanguage::fr) == "Explosions et violence à distance");
    CHECK(category_label_in("Violence against civilians", DateLanguage::fr) == "Violence contre des civils");
    CHECK(category_label_in("Battles", DateLanguage::en) == "Battles");
    CHECK(category_label_in("Prise de Raqqa", DateLanguage::fr) == "Prise de Raqqa");  // a label of the file's own
}

TEST_CASE("One function chooses the language: --lang, else the file's lang, else a guess") {
    EventStore store = french_file();
    CHECK(display_language(store) == DateLanguage::fr);
    CHECK(display_language(store, "en") == DateLanguage::en);  // --lang wins over the file
    CHECK(display_language(store, "FR") == DateLanguage::fr);
    CHECK(parse_language_option("fr-FR") == DateLanguage::fr);
    CHECK_FALSE(parse_language_option("de"));
    // Fixed on the store: every later question gets the same answer.
    CHECK(apply_display_language(store, "en") == DateLanguage::en);
    CHECK(display_language(store) == DateLanguage::en);
    CHECK(date_language_of(store) == DateLanguage::en);
}

TEST_CASE("Dates in the reader's language at the precision that matters") {
    // The video's date stamp.
    AnimationPlan plan{at("2018-07-15"), at("2018-07-20"), 86400, 86400, false};
    CHECK(animation_date_label(plan, 0, DateLanguage::fr) == "15 juil. 2018");
    CHECK(animation_date_label(plan, 0, DateLanguage::en) == "15 Jul 2018");
    CHECK(animation_date_label(plan, 0) == "2018-07-15");  // iso: a file of unknown language
    // A window of days dragged to the minute is said by its days, not "12 mai 2017 16:46 – ...".
    TimeWindow dragged{false, at("2017-05-12T16:46:00Z"), at("2017-05-19T16:46:00Z")};
    CHECK(format_window(dragged, DateLanguage::fr) == "12 – 19 mai 2017");
    // Under a day the hours matter.
    TimeWindow hours{false, at("2017-05-12T08:00:00Z"), at("2017-05-12T16:46:00Z")};
    CHECK(format_window(hours, DateLanguage::fr) == "12 mai 2017 08:00 – 16:46");
    // Sources: "Le Monde, 5 avr. 2017".
    EventStore store = french_file();
    std::vector<std::string> sources = event_sources(store, {0}, DateLanguage::fr);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0] == "Le Monde, 5 avr. 2017");
    CHECK(sources[1] == "AFP, 4 oct. 2017 09:12");
}
