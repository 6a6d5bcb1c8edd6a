// What the table benches share (press_spellings_bench, real_places_bench): their command line,
// TABLE.tsv [--geodata DIR] [--quiet] and options of their own; the table's rows (TAB-separated,
// empty lines and "#" lines left out); the geocoder opened as `chronomap geocode` opens it.
#pragma once

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/gazetteer/geocoder.h"

namespace chronomap::table_bench {

struct Args {
    std::string table;
    std::string geodata = CHRONOMAP_BUILD_GEODATA;
    bool quiet = false;
};

// `own(argument, next)` takes an option of the bench's own: it returns how many arguments it
// used (1 or 2), 0 when the option is not its. False on a bad command line.
template <typename Own>
bool parse_args(int argc, char** argv, Args& args, Own own) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
        if (arg == "--geodata" && next) args.geodata = argv[++i];
        else if (arg == "--quiet") args.quiet = true;
        else if (int used = own(arg, next)) i += used - 1;
        else if (!arg.starts_with("--") && args.table.empty()) args.table = arg;
        else return false;
    }
    return !args.table.empty();
}

struct TableRow {
    size_t line = 0;
    std::vector<std::string> columns;
};

// nullopt (said on stderr, naming `bench`) when the file cannot be read.
inline std::optional<std::vector<TableRow>> read_rows(const std::string& path, std::string_view bench) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << bench << ": cannot read " << path << "\n";
        return std::nullopt;
    }
    std::vector<TableRow> rows;
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        TableRow& row = rows.emplace_back();
        row.line = number;
        std::stringstream fields(line);
        for (std::string column; std::getline(fields, column, '\t');) row.columns.push_back(column);
    }
    return rows;
}

// As `chronomap geocode` opens it; problems of the alias files go to stderr.
inline Geocoder open_geocoder(const std::string& geodata) {
    std::vector<Diagnostic> problems;
    Geocoder geocoder = Geocoder::open(geodata, &problems);
    for (const Diagnostic& d : problems) std::cerr << d.format() << "\n";
    return geocoder;
}

}  // namespace chronomap::table_bench
