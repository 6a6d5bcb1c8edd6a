#include "core/i18n/geocode_notes.h"

#include "core/i18n/country_names.h"

namespace chronomap {
namespace {

constexpr GeocodeNoteEntry kNotes[] = {
#define CHRONOMAP_GEOCODE_NOTE_ENTRY(id, en, fr) {#id, en, fr},
    CHRONOMAP_GEOCODE_NOTES(CHRONOMAP_GEOCODE_NOTE_ENTRY)
#undef CHRONOMAP_GEOCODE_NOTE_ENTRY
};

std::string_view format_of(GeocodeNote id, DateLanguage language) {
    const GeocodeNoteEntry& entry = kNotes[static_cast<size_t>(id)];
    return language == DateLanguage::fr ? entry.french : entry.english;
}

}  // namespace

std::span<const GeocodeNoteEntry> geocode_note_table() { return kNotes; }

std::string render_note(const NoteText& note, DateLanguage language) {
    if (note.id == GeocodeNote::verbatim) return note.text;
    if (note.id == GeocodeNote::in_named_country && note.args.size() == 1)
        return in_country_phrase(note.args[0].text, language);
    if (note.id == GeocodeNote::english_or_french && language == DateLanguage::fr && note.args.size() == 2 &&
        !note.args[1].text.empty())
        return render_note(note.args[1], language);
    std::string_view format = format_of(note.id, language);
    std::string out;
    if (note.id == GeocodeNote::list) {
        for (size_t k = 0; k < note.args.size(); ++k) {
            if (k > 0) out += format;
            out += render_note(note.args[k], language);
        }
        return out;
    }
    // "%s" in order; the catalog holds no other conversion (the test checks it). A missing
    // argument renders as nothing rather than reading past the list.
    size_t next = 0;
    for (size_t at = 0; at < format.size(); ++at) {
        if (format[at] == '%' && at + 1 < format.size() && format[at + 1] == 's') {
            if (next < note.args.size()) out += render_note(note.args[next], language);
            ++next;
            ++at;
        } else {
            out += format[at];
        }
    }
    return out;
}

std::string render_notes(std::span<const NoteText> parts, DateLanguage language) {
    std::string out;
    for (size_t k = 0; k < parts.size(); ++k) {
        if (k > 0) out += format_of(GeocodeNote::separator, language);
        out += render_note(parts[k], language);
    }
    return out;
}

namespace {

// The Review tab's words for a command-line note; the note itself when it has none.
GeocodeNote review_words(GeocodeNote id) {
    switch (id) {
        case GeocodeNote::not_in_gazetteer:
            return GeocodeNote::not_in_gazetteer_review;
        case GeocodeNote::several_add_country:
        case GeocodeNote::several_in_country:
            return GeocodeNote::several_review;
        case GeocodeNote::near_spelling_add_region:
        case GeocodeNote::near_spelling_add_country_region:
            return GeocodeNote::near_spelling_review;
        case GeocodeNote::similar_spelling_add_region:
            return GeocodeNote::similar_spelling_review;
        default:
            return id;
    }
}

}  // namespace

std::vector<NoteText> for_review(std::span<const NoteText> parts) {
    std::vector<NoteText> out(parts.begin(), parts.end());
    for (NoteText& part : out) part.id = review_words(part.id);
    return out;
}

}  // namespace chronomap
