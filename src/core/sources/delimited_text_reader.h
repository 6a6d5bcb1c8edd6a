// CSV and TSV as spreadsheets write them (RFC 4180: quotes, doubled quotes, line breaks
// inside quotes), and GDELT's tab-separated tables without a header.
#pragma once

#include <deque>
#include <memory>

#include "core/native_json/source_buffer.h"
#include "core/sources/table_reader.h"

namespace chronomap {

class DelimitedTextReader : public TableReader {
  public:
    // `header`: names of the columns when the file has none (GDELT); empty: the first line.
    DelimitedTextReader(std::shared_ptr<const SourceBuffer> text, std::vector<std::string> header);
    std::string_view row_word() const override { return "line"; }
    bool next(TableRow& row) override;
    size_t text_size() const override { return text_.size(); }
    char delimiter() const { return delimiter_; }
    // "TSV" for tab-separated text, "GDELT event table" for GDELT's, else "CSV" (also with
    // ';' or '|' between the values, as spreadsheets in many languages write it).
    std::string_view format_name() const override;

  private:
    // Splits the record at pos_; false at the end of the text.
    bool read_record(std::vector<std::string_view>& fields, size_t& line);

    std::shared_ptr<const SourceBuffer> source_;
    std::string_view text_;
    size_t pos_ = 0;
    size_t line_ = 1;
    char delimiter_ = ',';
    bool quotes_ = true;
    bool gdelt_ = false;
    std::deque<std::string> unescaped_;  // fields with doubled quotes, for this row
};

}  // namespace chronomap
