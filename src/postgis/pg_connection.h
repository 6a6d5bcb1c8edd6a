// A libpq connection for chronomap: opened from a URI (or anything libpq takes: PGPASSWORD,
// ~/.pgpass and PGSERVICE are libpq's own), with errors a user can act on and the password
// never shown. Every query with values goes through exec_params (no value is ever spliced
// into SQL text); identifiers are quoted with quote_identifier.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/sources/source_uri.h"

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace chronomap::postgis {

// What went wrong, said for a user: "cannot connect to 127.0.0.1:5433/news: connection refused".
struct PgError : std::runtime_error {
    PgError(const std::string& message, std::string hint_text)
        : std::runtime_error(message), hint(std::move(hint_text)) {}
    std::string hint;
};

// The query was cancelled (cancel() from another thread, or the server's statement timeout):
// the connection stays usable for the next query.
struct PgCancelled : PgError {
    using PgError::PgError;
};

using chronomap::redact_password;  // core/sources/source_uri.h

// A URI with chronomap's own parameters taken out (libpq refuses unknown ones): `table=NAME`
// and `story=NAME` (a shared deck, docs/postgis.md; %20 and the like decoded).
struct ParsedUri {
    std::string connection;  // what libpq receives
    std::string table;       // empty: not given
    std::string story;       // empty: not given
};
ParsedUri split_chronomap_parameters(const std::string& uri);

class PgResult {
  public:
    explicit PgResult(pg_result* result) : result_(result) {}
    PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    PgResult& operator=(PgResult&&) = delete;
    ~PgResult();
    int rows() const;
    bool is_null(int row, int column) const;
    std::string text(int row, int column) const;
    const char* raw(int row, int column) const;
    int length(int row, int column) const;
    long long number(int row, int column) const;  // 0 when null
    // A value of an answer in binary form (PgConnection::exec_params_binary): an int8 or a
    // timestamptz (microseconds since 2000-01-01 UTC); 0 when null.
    long long binary_int8(int row, int column) const;

  private:
    pg_result* result_;
};

class PgConnection {
  public:
    // Throws PgError: refused, unknown host, wrong password, no such database.
    explicit PgConnection(const std::string& uri);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Throws PgError with the server's message (and its hint when it gives one).
    PgResult exec(const std::string& sql);
    PgResult exec_params(const std::string& sql, const std::vector<std::string>& values);
    // Same, where a value may be SQL NULL.
    PgResult exec_params(const std::string& sql, const std::vector<const char*>& values);
    // Same, the answer's values in the server's binary form: numbers and times as 8 bytes, not
    // text the server writes and the client reads again (a window's rows, docs/PERFORMANCE.md).
    PgResult exec_params_binary(const std::string& sql, const std::vector<std::string>& values);

    // COPY ... FROM STDIN: begin, then put() text-format lines, then end_copy().
    void begin_copy(const std::string& copy_sql);
    void put(const std::string& data);
    void end_copy();

    // Asks the server to stop the query running on this connection; safe from any thread
    // (a window query the user has moved past). The query then throws PgCancelled and the
    // connection answers the next one. False when the request could not be sent.
    bool cancel();

    std::string quote_identifier(const std::string& name) const;
    // "127.0.0.1:5433/news" (never the password), for messages and `info`.
    const std::string& where() const { return where_; }
    pg_conn* raw() const { return conn_; }
    bool is_ok() const;  // false once the server went away

  private:
    // `format` 0: the answer in text, 1: in binary.
    PgResult exec_params(const std::string& sql, const std::vector<const char*>& values, int format);
    [[noreturn]] void fail(const std::string& doing, pg_result* result);
    pg_conn* conn_ = nullptr;
    pg_cancel* cancel_ = nullptr;  // made once at connection: PQcancel on it is thread-safe
    std::string where_;
};

// A parameterised query's values: each value appended gives its placeholder ("$3"), with a
// cast when asked ("$3::float8"). No value is ever spliced into the SQL text.
struct Placeholders {
    std::vector<std::string>& values;
    std::string operator()(std::string value, const char* cast = "") {
        values.push_back(std::move(value));
        return "$" + std::to_string(values.size()) + cast;
    }
};

// The text COPY's text format needs for one field (backslash, tab, newline escaped).
void append_copy_field(std::string& line, std::string_view value);

}  // namespace chronomap::postgis
