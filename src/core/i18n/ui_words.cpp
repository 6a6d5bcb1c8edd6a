#include "core/i18n/ui_words.h"

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdio>
#include <utility>

namespace chronomap {
namespace {

constexpr WordEntry kWords[] = {
#define CHRONOMAP_WORD_ENTRY(key, en, fr) {#key, en, fr},
    CHRONOMAP_UI_WORDS(CHRONOMAP_WORD_ENTRY)
#undef CHRONOMAP_WORD_ENTRY
};

// The categories of the schemas chronomap knows (core/sources/known_codes.cpp), as ACLED,
// UCDP and the French press name them.
constexpr std::pair<std::string_view, const char*> kFrenchCategories[] = {
    // ACLED event types
    {"Battles", "Batailles"},
    {"Explosions/Remote violence", "Explosions et violence à distance"},
    {"Violence against civilians", "Violence contre des civils"},
    {"Protests", "Manifestations"},
    {"Riots", "Émeutes"},
    {"Strategic developments", "Évolutions stratégiques"},
    // ACLED sub-event types
    {"Armed clash", "Affrontement armé"},
    {"Government regains territory", "Reprise de territoire par le gouvernement"},
    {"Non-state actor overtakes territory", "Prise de territoire par un groupe non étatique"},
    {"Chemical weapon", "Arme chimique"},
    {"Air/drone strike", "Frappe aérienne ou de drone"},
    {"Suicide bomb", "Attentat-suicide"},
    {"Shelling/artillery/missile attack", "Bombardement, artillerie, missile"},
    {"Remote explosive/landmine/IED", "Engin explosif, mine, EEI"},
    {"Grenade", "Grenade"},
    {"Sexual violence", "Violence sexuelle"},
    {"Attack", "Attaque"},
    {"Abduction/forced disappearance", "Enlèvement, disparition forcée"},
    {"Peaceful protest", "Manifestation pacifique"},
    {"Protest with intervention", "Manifestation avec intervention"},
    {"Excessive force against protesters", "Force excessive contre des manifestants"},
    {"Violent demonstration", "Manifestation violente"},
    {"Mob violence", "Violence de foule"},
    {"Agreement", "Accord"},
    {"Arrests", "Arrestations"},
    {"Change to group/activity", "Changement de groupe ou d'activité"},
    {"Disrupted weapons use", "Usage d'armes empêché"},
    {"Headquarters or base established", "Quartier général ou base établi"},
    {"Looting/property destruction", "Pillage, destruction de biens"},
    {"Non-violent transfer of territory", "Transfert non violent de territoire"},
    {"Other", "Autre"},
    // UCDP types of violence
    {"State-based conflict", "Conflit armé étatique"},
    {"Non-state conflict", "Conflit non étatique"},
    {"One-sided violence", "Violence unilatérale"},
};

}  // namespace

std::span<const WordEntry> word_table() { return kWords; }

const char* word(UiWord key, DateLanguage language) {
    const WordEntry& entry = kWords[static_cast<size_t>(key)];
    return language == DateLanguage::fr ? entry.french : entry.english;
}

std::string format_text(const char* format, ...) {
    std::va_list args, again;
    va_start(args, format);
    va_copy(again, args);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    int size = std::vsnprintf(nullptr, 0, format, args);
    std::string out(static_cast<size_t>(std::max(size, 0)), '\0');
    if (size > 0) std::vsnprintf(out.data(), out.size() + 1, format, again);
#pragma GCC diagnostic pop
    va_end(again);
    va_end(args);
    return out;
}

std::string format_count(size_t count, DateLanguage language) {
    const char* separator = word(UiWord::thousands_separator, language);
    std::string digits = std::to_string(count), out;
    for (size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) out += separator;
        out += digits[k];
    }
    return out;
}

std::string event_count(size_t count, DateLanguage language) {
    return format_count(count, language) + " " +
           word(count == 1 ? UiWord::event_singular : UiWord::event_plural, language);
}

const char* precision_word(TimePrecision precision, DateLanguage language) {
    switch (precision) {
        case TimePrecision::year: return word(UiWord::precision_year, language);
        case TimePrecision::month: return word(UiWord::precision_month, language);
        case TimePrecision::day: return word(UiWord::precision_day, language);
        case TimePrecision::hour: return word(UiWord::precision_hour, language);
        case TimePrecision::minute: return word(UiWord::precision_minute, language);
        case TimePrecision::second: return word(UiWord::precision_second, language);
    }
    return "";
}

std::string category_label_in(std::string_view label, DateLanguage language) {
    if (language == DateLanguage::fr)
        for (const auto& [english, french] : kFrenchCategories)
            if (english == label) return french;
    return std::string(label);
}

}  // namespace chronomap
