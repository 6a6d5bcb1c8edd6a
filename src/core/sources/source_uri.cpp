#include "core/sources/source_uri.h"

#include <regex>

namespace chronomap {

std::string redact_password(const std::string& uri) {
    if (uri.find("://") == std::string::npos && uri.find("password") == std::string::npos) return uri;
    // user:password@ in a URI; password=... in a query string or key/value string.
    static const std::regex in_authority(R"(^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@)");
    static const std::regex as_parameter(R"((password\s*=\s*)('[^']*'|[^&\s]*))", std::regex::icase);
    std::string out = std::regex_replace(uri, in_authority, "$1:***@");
    return std::regex_replace(out, as_parameter, "$1***");
}

}  // namespace chronomap
