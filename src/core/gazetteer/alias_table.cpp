#include "core/gazetteer/alias_table.h"

#include "core/gazetteer/edit_distance.h"

#include "core/text/ascii_text.h"
#include "core/io/input_check.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"

namespace chronomap {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> columns;
    for (size_t at = 0;;) {
        size_t tab = line.find('\t', at);
        columns.push_back(
            line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
        if (tab == std::string_view::npos) return columns;
        at = tab + 1;
    }
}

template <typename T>
bool parse_number(std::string_view text, T& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

bool parse_kind(std::string_view text, AliasKind& kind) {
    if (text == "alias")
        kind = AliasKind::alias;
    else if (text == "place")
        kind = AliasKind::place;
    else if (text == "area")
        kind = AliasKind::area;
    else if (text == "country")
        kind = AliasKind::country;
    else if (text == "region")
        kind = AliasKind::region;
    else
        return false;
    return true;
}

}  // namespace

bool parse_country_code(std::string_view text, CountryCode& code) {
    if (text.size() != 2) return false;
    for (size_t i = 0; i < 2; ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') return false;
        code[i] = c;
    }
    return true;
}

bool AliasTable::add(AliasEntry entry) {
    auto basic = fold_basic(entry.name);
    if (!basic || basic->empty()) return false;
    size_t index = entries_.size();
    by_basic_.emplace(hash_key(*basic), index);
    std::string skeleton = fold_skeleton(*basic);
    if (!skeleton.empty()) by_skeleton_.emplace(hash_key(skeleton), index);
    entries_.push_back(std::move(entry));
    skeletons_.push_back(std::move(skeleton));
    return true;
}

void AliasTable::merge(const AliasTable& other) {
    for (const AliasEntry& entry : other.entries_) add(entry);
}

std::vector<const AliasEntry*> AliasTable::find(std::string_view basic_key,
                                                std::string_view skeleton_key,
                                                bool& matched_basic) const {
    std::vector<const AliasEntry*> found;
    auto collect = [&](const std::unordered_multimap<std::uint64_t, size_t>& map,
                       std::string_view key) {
        auto [first, last] = map.equal_range(hash_key(key));
        for (auto it = first; it != last; ++it) found.push_back(&entries_[it->second]);
    };
    if (entries_.empty()) return found;
    collect(by_basic_, basic_key);
    matched_basic = !found.empty();
    if (found.empty() && !skeleton_key.empty()) collect(by_skeleton_, skeleton_key);
    std::stable_partition(found.begin(), found.end(), [](const AliasEntry* e) { return e->user; });
    return found;
}

std::vector<const AliasEntry*> AliasTable::one_edit_in(std::string_view skeleton_key,
                                                       const CountryCode& country, bool with_aliases) const {
    std::vector<const AliasEntry*> found;
    if (skeleton_key.size() < 5) return found;  // short skeletons are one edit from too much
    for (size_t i = 0; i < entries_.size(); ++i) {
        const AliasEntry& e = entries_[i];
        bool kind_wanted = e.kind == AliasKind::place || (with_aliases && e.kind == AliasKind::alias);
        if (e.user || e.country != country || !kind_wanted) continue;
        if (bounded_edit_distance(skeletons_[i], skeleton_key, 1) == 1 || one_adjacent_swap(skeletons_[i], skeleton_key))
            found.push_back(&e);
    }
    return found;
}

std::vector<Diagnostic> parse_alias_text(std::string_view text, const std::string& display_name,
                                         AliasTable& table, bool user) {
    std::vector<Diagnostic> problems;
    int line_number = 0;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (trim(line).empty() || trim(line).front() == '#') continue;
        auto problem = [&](const std::string& message, const std::string& hint) {
            problems.push_back({Severity::error, display_name, line_number, 0, "",
                                message + "; line skipped", hint});
        };
        auto columns = split_tabs(line);
        for (auto& column : columns) column = trim(column);
        columns.resize(std::max<size_t>(columns.size(), 7));
        AliasEntry entry;
        entry.user = user;
        entry.origin = display_name + ":" + std::to_string(line_number);
        entry.name = std::string(columns[1]);
        entry.note = std::string(columns[6]);
        if (!parse_kind(columns[0], entry.kind)) {
            problem("unknown kind \"" + std::string(columns[0].substr(0, 40)) + "\"",
                    "start the line with alias, place, area, country or region, then a TAB");
            continue;
        }
        if (!columns[2].empty() && !parse_country_code(columns[2], entry.country)) {
            problem("country \"" + std::string(columns[2].substr(0, 40)) +
                        "\" is not an ISO 3166-1 alpha-2 code",
                    "write a two-letter code such as SY, IQ, LY");
            continue;
        }
        if (entry.kind == AliasKind::alias && !parse_number(columns[3], entry.geonameid)) {
            problem("an alias needs a GeoNames id in column 4",
                    "find it with `chronomap lookup --json NAME`");
            continue;
        }
        if (entry.kind == AliasKind::place &&
            (!parse_number(columns[4], entry.lat) || !parse_number(columns[5], entry.lon) ||
             entry.lat < -90 || entry.lat > 90 || entry.lon < -180 || entry.lon > 180)) {
            problem("a place needs latitude and longitude in columns 5 and 6 (decimal degrees)",
                    "write e.g. place<TAB>Arsal<TAB>LB<TAB><TAB>34.18<TAB>36.42<TAB>note");
            continue;
        }
        if (entry.kind == AliasKind::region && (!entry.has_country() || !parse_number(columns[3], entry.geonameid))) {
            problem("a region name needs its country in column 3 and the GeoNames id of its seat in column 4",
                    "write e.g. region<TAB>Rural Damascus<TAB>SY<TAB>170654 (Douma, seat of Rif Dimashq)");
            continue;
        }
        if (entry.kind == AliasKind::country && !entry.has_country()) {
            problem("a country name needs its code in column 3",
                    "write e.g. country<TAB>Syria<TAB>SY");
            continue;
        }
        if (!table.add(std::move(entry)))
            problem("the name is empty or not valid UTF-8", "write the place name in column 2");
    }
    return problems;
}

std::vector<Diagnostic> read_alias_file(const std::filesystem::path& path, AliasTable& table,
                                        bool user, const std::string& display_name) {
    std::string name = display_name.empty() ? path.string() : display_name;
    if (auto why = why_unreadable(path))
        return {{Severity::error, name, 0, 0, "", "cannot read the alias file: " + *why,
                 "check the path given to --aliases"}};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {{Severity::error, name, 0, 0, "", "cannot read the alias file",
                 "check the path given to --aliases"}};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_alias_text(buffer.str(), name, table, user);
}

}  // namespace chronomap
