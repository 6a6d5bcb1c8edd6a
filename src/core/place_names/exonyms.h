// One name per place per language: the curated table of French and English names
// (geodata/exonyms.tsv) and the one rule every part of chronomap uses to name a GeoNames
// place on a map, in a label, in the details panel or in the geocoder's answers:
//   1. the table's name in the map's language (French exonyms "Alep", "Palerme", "Khan
//      Cheikhoun"; English ones "Aleppo", "Palmyra");
//   2. otherwise GeoNames' name made plain for non-specialist readers (plain_name below):
//      "Khān Shaykhūn" -> "Khan Shaykhun", "Jisr ash Shughūr" -> "Jisr al-Shughur".
// The same table feeds lookup: its names resolve to their place (core/gazetteer/geocoder).
//
// Table format (TAB-separated; "#" starts a comment line):
//   geonameid  lang (fr|en)  name  source
// `source` says where the name comes from (a Wikipedia title, the Quai d'Orsay list, AFP).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/diagnostic.h"

namespace chronomap {

enum class NameLanguage : std::uint8_t { en, fr };

// "fr", "fr-FR", "FR" -> fr; "en", "en-GB" -> en; anything else: false.
bool parse_name_language(std::string_view text, NameLanguage& language);
std::string_view name_language_code(NameLanguage language);  // "en" / "fr"

struct Exonym {
    std::uint32_t geonameid = 0;
    NameLanguage language = NameLanguage::en;
    std::string name;
    std::string source;
    int line = 0;  // in the table, for messages
};

class ExonymTable {
  public:
    static constexpr const char* kFileName = "exonyms.tsv";

    // Bad lines are skipped and reported as diagnostics naming `display_name`:LINE; a
    // second name for the same place and language is an error (one name per place).
    static ExonymTable parse(std::string_view text, const std::string& display_name,
                             std::vector<Diagnostic>& problems);
    // An unreadable file is one error diagnostic and an empty table.
    static ExonymTable read(const std::filesystem::path& path, std::vector<Diagnostic>& problems,
                            const std::string& display_name = "");

    // The curated name of a place in a language; nullptr when the table has none.
    const std::string* find(std::uint32_t geonameid, NameLanguage language) const;
    const std::vector<Exonym>& entries() const { return entries_; }
    bool empty() const { return entries_.empty(); }

  private:
    std::vector<Exonym> entries_;
    std::unordered_map<std::uint64_t, size_t> by_key_;  // geonameid << 1 | language
};

// The machine rule for a name the table lacks: GeoNames' scholarly transliteration made
// plain. Drops macrons and the dots and cedillas of Arabic romanisation (ā ī ū ḩ ţ ş ḑ ẕ ...)
// and the ʿayn/hamza marks (ʿ ʾ ‘ ’); where `country` (ISO alpha-2) is Arabic-speaking, the
// article is spelled "al-" whatever its assimilated form ("ash Shughūr" -> "al-Shughur",
// "Al Bāb" -> "Al-Bab"). Letters of European alphabets (é, ç, ü, ø, ł) are kept, and so are
// ş and ţ where they are the country's letters (TR, AZ, TM, RO, MD: "Şanlıurfa", "Akçakale").
std::string plain_name(std::string_view geonames_name, std::string_view country);

// THE rule: the name of GeoNames place `geonameid` (GeoNames calls it `geonames_name`, in
// `country`) on a map in `language`.
std::string display_name(const ExonymTable& table, std::uint32_t geonameid,
                         std::string_view geonames_name, std::string_view country,
                         NameLanguage language);

}  // namespace chronomap
