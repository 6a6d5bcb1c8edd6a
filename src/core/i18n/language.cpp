#include "core/i18n/language.h"

#include "core/i18n/ui_words.h"

namespace chronomap {
namespace {

int count_words(const std::string& text, std::initializer_list<const char*> words) {
    int n = 0;
    for (const char* w : words)
        for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) ++n;
    return n;
}

// From the words of the title and category labels: French, English or unknown (iso).
DateLanguage guessed_language(const EventStore& store) {
    std::string text = " " + store.title_of_file() + " ";
    for (const Category& category : store.categories()) text += " " + category.label + " ";
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    int french = count_words(text, {" et ", " de ", " du ", " des ", " le ", " la ", " les ", " en ", "é", "è",
                                    " attaque", " frappe", " offensive ", " automne", " été "});
    int english = count_words(text, {" and ", " the ", " of ", " in ", " attack", " strike", " autumn ", " fall "});
    if (french > english) return DateLanguage::fr;
    if (english > 0) return DateLanguage::en;
    return DateLanguage::iso;
}

}  // namespace

std::optional<DateLanguage> parse_language_option(std::string_view text) {
    DateLanguage language = parse_date_language(text);
    if (language == DateLanguage::iso) return std::nullopt;
    return language;
}

DateLanguage display_language(const EventStore& store, std::string_view requested) {
    if (!requested.empty()) return parse_date_language(requested);
    if (!store.language().empty()) return parse_date_language(store.language());
    return guessed_language(store);
}

DateLanguage apply_display_language(EventStore& store, std::string_view requested) {
    DateLanguage language = display_language(store, requested);
    if (language == DateLanguage::iso) return language;  // nothing told: keep guessing the same way
    store.set_language(std::string(language_code(language)));
    return language;
}

std::string_view language_code(DateLanguage language) {
    switch (language) {
        case DateLanguage::fr: return "fr";
        case DateLanguage::en: return "en";
        case DateLanguage::iso: break;
    }
    return "";
}

}  // namespace chronomap
