// Sources named by a URI ("postgresql://anna:secret@db/news"): what may be shown of one.
#pragma once

#include <string>

namespace chronomap {

// "postgresql://anna:secret@host/db" -> "postgresql://anna:***@host/db"; also password=... in
// a query string or a key/value connection string. A file path comes back unchanged.
std::string redact_password(const std::string& uri);

}  // namespace chronomap
