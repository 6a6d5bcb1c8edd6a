#include "core/gazetteer/user_gazetteers.h"

#include "core/text/ascii_text.h"
#include "core/io/input_check.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/io/atomic_file.h"

#include "core/gazetteer/gazetteer_index_writer.h"
#include "core/gazetteer/key_hash.h"
#include "core/gazetteer/name_folding.h"
#include "core/native_json/source_buffer.h"
#include "core/sources/delimited_text_reader.h"

namespace chronomap {
namespace fmt = gazetteer_format;
namespace {

constexpr size_t kMaxProblems = 50;  // past that, one more line says how many were left out

bool looks_like_geonames(std::string_view line) {
    size_t tabs = static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
    size_t first = line.find('\t');
    std::string_view id = line.substr(0, first);
    return tabs >= 14 && !id.empty() &&
           std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct TableColumns {
    int name = -1, lat = -1, lon = -1, country = -1, region = -1, alternates = -1, population = -1;
};

TableColumns read_header(const std::vector<std::string>& header) {
    TableColumns c;
    for (size_t i = 0; i < header.size(); ++i) {
        std::string h = ascii_lower(header[i]);
        int index = static_cast<int>(i);
        if (h == "name" || h == "place" || h == "nom") c.name = index;
        if (h == "lat" || h == "latitude") c.lat = index;
        if (h == "lon" || h == "lng" || h == "long" || h == "longitude") c.lon = index;
        if (h == "country" || h == "country_code" || h == "pays") c.country = index;
        if (h == "region" || h == "admin1" || h == "governorate" || h == "province")
            c.region = index;
        if (h == "alternate_names" || h == "alternates" || h == "aliases" || h == "alternatenames")
            c.alternates = index;
        if (h == "population") c.population = index;
    }
    return c;
}

bool parse_double(std::string_view text, double& value) {
    text = trim(text);
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

class SourceReader {
  public:
    SourceReader(const Gazetteer& builtin, IndexWriter& writer, UserGazetteerBuild& report)
        : builtin_(builtin), writer_(writer), report_(report) {}

    void read(const std::filesystem::path& file) {
        if (auto why = why_unreadable(file)) throw std::runtime_error("cannot read " + file.string() + ": " + *why);
        file_ = file.string();
        std::shared_ptr<const SourceBuffer> source = SourceBuffer::read_file(file);
        std::string_view text = source->text();
        if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM
        if (text.empty()) return;
        if (looks_like_geonames(text.substr(0, text.find('\n')))) {
            size_t line_number = 1;
            for (size_t at = 0; at < text.size(); ++line_number) {
                size_t end = std::min(text.find('\n', at), text.size());
                geonames_line(text.substr(at, end - at), line_number);
                at = end + 1;
            }
            return;
        }
        // CSV or TSV, quoted fields and all: the one reader of delimited text that event
        // tables go through too.
        try {
            DelimitedTextReader table(source, {});
            TableColumns columns = read_header(table.columns());
            if (columns.name < 0 || columns.lat < 0 || columns.lon < 0)
                throw std::runtime_error(
                    file_ +
                    ":1: not a GeoNames dump (19 tab-separated columns) and no CSV/TSV header with "
                    "columns name, lat, lon; write a header row: name,lat,lon,country,region,"
                    "alternate_names");
            TableRow row;
            while (table.next(row)) table_line(row, columns);
        } catch (const TableReadError& e) {
            problem(static_cast<size_t>(e.line), Severity::error, std::string(e.what()) + "; the rest of the file left out", e.hint);
        }
    }

  private:
    void problem(size_t line, Severity severity, const std::string& message,
                 const std::string& hint) {
        if (report_.problems.size() < kMaxProblems)
            report_.problems.push_back(
                {severity, file_, static_cast<int>(line), 1, "", message, hint});
        else
            ++left_out_;
    }

    void geonames_line(std::string_view line, size_t line_number) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) return;
        ++report_.rows;
        PlaceRow row;
        bool skip = false;
        std::string error = parse_geonames_line(line, columns_, row, skip);
        if (!error.empty()) {
            problem(line_number, Severity::error, error + "; row left out",
                    "GeoNames dumps have 19 tab-separated columns (see the GeoNames readme)");
            return;
        }
        if (skip) {
            ++report_.skipped;
            return;
        }
        add(row);
    }

    void table_line(const TableRow& table_row, const TableColumns& c) {
        const std::vector<std::string_view>& f = table_row.values;
        if (std::all_of(f.begin(), f.end(), [](std::string_view v) { return trim(v).empty(); })) return;
        size_t line_number = table_row.number;
        ++report_.rows;
        auto field = [&](int index) -> std::string_view {
            return index >= 0 && static_cast<size_t>(index) < f.size() ? trim(f[static_cast<size_t>(index)])
                                                                       : std::string_view();
        };
        PlaceRow row;
        row.name = field(c.name);
        if (row.name.empty()) {
            problem(line_number, Severity::error, "empty name; row left out", "");
            return;
        }
        if (!parse_double(field(c.lat), row.lat) || !parse_double(field(c.lon), row.lon) ||
            std::abs(row.lat) > 90 || std::abs(row.lon) > 180) {
            problem(line_number, Severity::error,
                    "bad lat/lon \"" + std::string(field(c.lat)) + "\", \"" +
                        std::string(field(c.lon)) + "\"; row left out",
                    "write decimal degrees: lat in [-90, 90], lon in [-180, 180]");
            return;
        }
        std::string_view country_text = field(c.country);
        std::optional<CountryCode> country;
        if (!country_text.empty())
            if (auto key = fold_basic(country_text)) country = builtin_.country_from_key(*key);
        if (!country) {
            problem(line_number, Severity::error,
                    country_text.empty()
                        ? "no country; row left out"
                        : "unknown country \"" + std::string(country_text) + "\"; row left out",
                    "add a country column: an ISO code (SY) or a name (Syrie, Syria)");
            return;
        }
        row.country[0] = (*country)[0];
        row.country[1] = (*country)[1];
        std::string admin1;
        if (std::string_view region = field(c.region); !region.empty()) {
            for (const RegionMatch& m : builtin_.find_regions(region)) {
                RegionView v = builtin_.region(m.region);
                if (v.country != *country) continue;
                admin1 = std::string(v.code);
                if (!writer_.has_region(to_string_view(v.country), v.code)) copy_region(v);
                break;
            }
            if (admin1.empty())
                problem(line_number, Severity::warning,
                        "unknown region \"" + std::string(region) + "\" in " +
                            std::string(to_string_view(*country)) + "; place kept without region",
                        "write the governorate or province as the press does (Idleb, Daraa)");
        }
        row.admin1 = admin1;
        std::string alternates(field(c.alternates));
        std::replace(alternates.begin(), alternates.end(), ';', ',');
        std::replace(alternates.begin(), alternates.end(), '|', ',');
        row.alternates = alternates;
        if (std::string_view population = field(c.population); !population.empty()) {
            double value = 0;
            if (parse_double(population, value) && value >= 0)
                row.population = static_cast<std::uint64_t>(value);
        }
        add(row);
    }

    void add(const PlaceRow& row) {
        // Region display names come from the built-in index (GeoNames dumps give codes).
        if (!row.admin1.empty() &&
            !writer_.has_region(std::string_view(row.country, 2), row.admin1))
            if (auto id = builtin_.find_region_code({row.country[0], row.country[1]}, row.admin1))
                copy_region(builtin_.region(*id));
        writer_.add(row);
        ++report_.places;
    }

    // A region's names as the built-in index gives them (its display and French names).
    void copy_region(const RegionView& v) {
        writer_.add_region_names(to_string_view(v.country), v.code, {std::string(v.name)});
        if (!v.name_fr.empty())
            writer_.set_region_french_name(to_string_view(v.country), v.code, std::string(v.name_fr));
    }

    const Gazetteer& builtin_;
    IndexWriter& writer_;
    UserGazetteerBuild& report_;
    std::string file_;
    std::vector<std::string_view> columns_;

  public:
    size_t left_out_ = 0;
};

}  // namespace

std::filesystem::path user_gazetteer_dir() {
    if (const char* dir = std::getenv("CHRONOMAP_GAZETTEER_DIR"); dir && *dir) return dir;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::filesystem::path(data) / "chronomap" / "gazetteers";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "chronomap" /
           "gazetteers";
}

std::vector<UserGazetteerInfo> list_user_gazetteers(const std::filesystem::path& dir) {
    std::vector<UserGazetteerInfo> out;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".idx") continue;
        UserGazetteerInfo info;
        info.name = entry.path().stem().string();
        info.file = entry.path();
        info.bytes = entry.file_size(ec);
        try {
            auto g = Gazetteer::open(entry.path(), Gazetteer::Verify::when_changed);
            info.places = g->size();
            info.note = std::string(g->source_note());
        } catch (const std::exception& e) {
            info.error = e.what();
        }
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const UserGazetteerInfo& a, const UserGazetteerInfo& b) {
        return a.name < b.name;
    });
    return out;
}

UserGazetteerBuild build_user_gazetteer(const std::vector<std::filesystem::path>& sources,
                                        const Gazetteer& builtin,
                                        const std::filesystem::path& output) {
    UserGazetteerBuild report;
    IndexWriter writer;
    SourceReader reader(builtin, writer, report);
    std::string note = "user gazetteer:";
    std::uint64_t checksum = checksum_bytes(nullptr, 0, kFoldingVersion);
    for (const auto& source : sources) {
        reader.read(source);
        std::string name = source.filename().string();
        note += " " + name;
        checksum = checksum_bytes(name.data(), name.size(), checksum);
    }
    if (reader.left_out_)
        report.problems.push_back({Severity::warning, sources.back().string(), 0, 0, "",
                                   std::to_string(reader.left_out_) + " more problems not shown",
                                   ""});
    if (report.places == 0)
        throw std::runtime_error("no places in " + sources.front().string() +
                                 (sources.size() > 1 ? " and the other files" : "") +
                                 ": nothing to add");
    GazetteerBuildReport written = writer.write({}, checksum, note, output);
    report.bytes = written.file_size;
    // Verified once, now; later starts only compare its size and time (Gazetteer::Verify).
    Gazetteer::open(output, Gazetteer::Verify::when_changed);
    return report;
}

std::filesystem::path add_user_place(const std::filesystem::path& dir, const Gazetteer& builtin,
                                     const UserPlace& place) {
    // One line per place: tabs, line ends and other control characters would split it.
    std::string name;
    for (char c : place.name) name += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    if (trim(name).empty()) throw std::runtime_error("the place has no name");
    if (!(std::abs(place.lat) <= 90) || !(std::abs(place.lon) <= 180))
        throw std::runtime_error("bad position for \"" + name + "\": lat " +
                                 std::to_string(place.lat) + ", lon " + std::to_string(place.lon));
    auto key = fold_basic(place.country);
    if (place.country.empty() || !key || !builtin.country_from_key(*key))
        throw std::runtime_error("\"" + name + "\" has no country the gazetteer knows (\"" +
                                 place.country + "\"); give its events a country (SY, Syrie)");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    auto table = dir / (std::string(kMyPlacesName) + ".tsv");
    std::string text;
    if (std::ifstream in{table, std::ios::binary}) text.assign(std::istreambuf_iterator<char>(in), {});
    if (text.empty()) text = "name\tlat\tlon\tcountry\n";
    if (text.back() != '\n') text += '\n';
    char position[64];
    std::snprintf(position, sizeof position, "%.6f\t%.6f", place.lat, place.lon);
    text += std::string(trim(name)) + "\t" + position + "\t" + place.country + "\n";
    write_file_atomically(table, text);
    auto index = dir / (std::string(kMyPlacesName) + ".idx");
    build_user_gazetteer({table}, builtin, index);
    return index;
}

}  // namespace chronomap
