#include "postgis/pg_connection.h"

#include <libpq-fe.h>

#include <cctype>
#include <string_view>


namespace chronomap::postgis {
namespace {

std::string first_line(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (text.starts_with("ERROR:  ")) text.erase(0, 8);
    if (size_t nl = text.find('\n'); nl != std::string::npos) text.resize(nl);
    return text;
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// What to do about a failed connection, from libpq's words.
std::string connection_hint(const std::string& why) {
    if (contains(why, "Connection refused") || contains(why, "No such file or directory"))
        return "is the server running and listening there? check the host and port (pg_isready -h HOST -p PORT)";
    if (contains(why, "password authentication failed") || contains(why, "no password supplied"))
        return "give the password in PGPASSWORD or ~/.pgpass (not in the command line, where others can see it)";
    if (contains(why, "does not exist") && contains(why, "database"))
        return "create it (createdb NAME) or name an existing database in the URI";
    if (contains(why, "could not translate host name"))
        return "check the host name in the URI";
    if (contains(why, "invalid URI") || contains(why, "invalid connection option") ||
        contains(why, "missing \"=\""))
        return "write postgresql://USER@HOST:PORT/DATABASE (see docs/postgis.md)";
    return "check the URI: postgresql://USER@HOST:PORT/DATABASE";
}

}  // namespace

namespace {
// "Brief%20du%2024" -> "Brief du 24"; "+" is a space too, as browsers write query strings.
std::string percent_decoded(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}
}  // namespace

ParsedUri split_chronomap_parameters(const std::string& uri) {
    ParsedUri parsed;
    size_t query = uri.find('?');
    if (query == std::string::npos) {
        parsed.connection = uri;
        return parsed;
    }
    parsed.connection = uri.substr(0, query);
    std::string kept;
    size_t at = query + 1;
    while (at <= uri.size()) {
        size_t amp = uri.find('&', at);
        if (amp == std::string::npos) amp = uri.size();
        std::string pair = uri.substr(at, amp - at);
        if (pair.starts_with("table="))
            parsed.table = pair.substr(6);
        else if (pair.starts_with("story="))
            parsed.story = percent_decoded(pair.substr(6));
        else if (!pair.empty())
            kept += (kept.empty() ? "" : "&") + pair;
        at = amp + 1;
    }
    if (!kept.empty()) parsed.connection += "?" + kept;
    return parsed;
}

PgResult::~PgResult() {
    if (result_) PQclear(result_);
}
int PgResult::rows() const { return PQntuples(result_); }
bool PgResult::is_null(int row, int column) const { return PQgetisnull(result_, row, column); }
std::string PgResult::text(int row, int column) const { return PQgetvalue(result_, row, column); }
const char* PgResult::raw(int row, int column) const { return PQgetvalue(result_, row, column); }
int PgResult::length(int row, int column) const { return PQgetlength(result_, row, column); }
long long PgResult::number(int row, int column) const {
    return is_null(row, column) ? 0 : std::stoll(PQgetvalue(result_, row, column));
}
long long PgResult::binary_int8(int row, int column) const {
    if (is_null(row, column) || PQgetlength(result_, row, column) != 8) return 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column));
    unsigned long long value = 0;
    for (int i = 0; i < 8; ++i) value = value << 8 | bytes[i];  // network order
    return static_cast<long long>(value);
}

PgConnection::PgConnection(const std::string& uri) {
    conn_ = PQconnectdb(uri.c_str());
    if (!conn_) throw PgError("cannot connect: out of memory", "");
    if (PQstatus(conn_) != CONNECTION_OK) {
        std::string why = first_line(PQerrorMessage(conn_));
        // libpq repeats the host and port; our message names the URI without its password.
        PQfinish(conn_);
        conn_ = nullptr;
        throw PgError("cannot connect to " + redact_password(uri) + ": " + why, connection_hint(why));
    }
    const char* host = PQhost(conn_);
    std::string h = host ? host : "";
    if (h.starts_with("/")) h = "local socket";
    where_ = h + ":" + PQport(conn_) + "/" + PQdb(conn_);
    // Our messages are in English, and a session never waits forever on a lock.
    PQclear(PQexec(conn_, "SET client_min_messages = warning"));
    cancel_ = PQgetCancel(conn_);
}

bool PgConnection::cancel() {
    if (!cancel_) return false;
    char why[256];
    return PQcancel(cancel_, why, sizeof why) == 1;
}

bool PgConnection::is_ok() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

PgConnection::~PgConnection() {
    if (cancel_) PQfreeCancel(cancel_);
    if (conn_) PQfinish(conn_);
}

void PgConnection::fail(const std::string& doing, pg_result* result) {
    std::string why = first_line(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
    if (why.empty()) why = first_line(PQerrorMessage(conn_));
    std::string hint;
    if (result)
        if (const char* h = PQresultErrorField(result, PG_DIAG_MESSAGE_HINT)) hint = h;
    // 57014 query_canceled: cancel() or a statement timeout; the connection is still good.
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    bool cancelled = state && std::string_view(state) == "57014";
    if (result) PQclear(result);
    if (cancelled && PQstatus(conn_) == CONNECTION_OK)
        throw PgCancelled(doing.empty() ? "the query was cancelled" : doing + ": the query was cancelled", "");
    if (PQstatus(conn_) == CONNECTION_BAD) {
        why = "the server " + where_ + " went away (" + why + ")";
        hint = "check that it is running, then run the command again; nothing was half-written";
    }
    throw PgError(doing.empty() ? why : doing + ": " + why, hint);
}

PgResult PgConnection::exec(const std::string& sql) {
    pg_result* r = PQexec(conn_, sql.c_str());
    ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail("", r);
    return PgResult(r);
}

namespace {
std::vector<const char*> pointers_to(const std::vector<std::string>& values) {
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const std::string& v : values) pointers.push_back(v.c_str());
    return pointers;
}
}  // namespace

PgResult PgConnection::exec_params(const std::string& sql, const std::vector<std::string>& values) {
    return exec_params(sql, pointers_to(values), 0);
}

PgResult PgConnection::exec_params(const std::string& sql, const std::vector<const char*>& values) {
    return exec_params(sql, values, 0);
}

PgResult PgConnection::exec_params_binary(const std::string& sql, const std::vector<std::string>& values) {
    return exec_params(sql, pointers_to(values), 1);
}

PgResult PgConnection::exec_params(const std::string& sql, const std::vector<const char*>& values, int format) {
    pg_result* r = PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                values.data(), nullptr, nullptr, format);
    ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail("", r);
    return PgResult(r);
}

void PgConnection::begin_copy(const std::string& copy_sql) {
    pg_result* r = PQexec(conn_, copy_sql.c_str());
    if (!r || PQresultStatus(r) != PGRES_COPY_IN) fail("", r);
    PQclear(r);
}

void PgConnection::put(const std::string& data) {
    if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1) fail("sending rows", nullptr);
}

void PgConnection::end_copy() {
    if (PQputCopyEnd(conn_, nullptr) != 1) fail("sending rows", nullptr);
    pg_result* r = PQgetResult(conn_);
    if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
        // Drain so the connection can be used (and rolled back) afterwards.
        std::string why = first_line(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
        if (r) PQclear(r);
        while (pg_result* more = PQgetResult(conn_)) PQclear(more);
        throw PgError("copying rows: " + why, "");
    }
    PQclear(r);
    while (pg_result* more = PQgetResult(conn_)) PQclear(more);
}

std::string PgConnection::quote_identifier(const std::string& name) const {
    char* quoted = PQescapeIdentifier(conn_, name.c_str(), name.size());
    if (!quoted) throw PgError("invalid table name \"" + name + "\"", "use letters, digits and _");
    std::string out = quoted;
    PQfreemem(quoted);
    return out;
}

void append_copy_field(std::string& line, std::string_view value) {
    for (char c : value) {
        switch (c) {
            case '\\': line += "\\\\"; break;
            case '\t': line += "\\t"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            default: line += c;
        }
    }
}

}  // namespace chronomap::postgis
