#pragma once
// A user's text quoted in an error message, cut to its first 40 characters so that a long
// field cannot flood the message ("invalid time \"2017-13-45...\": ...").
#include <cstddef>
#include <string>
#include <string_view>

namespace chronomap {

inline std::string quoted_excerpt(std::string_view text) {
    constexpr std::size_t kMaxShown = 40;
    std::string out = "\"" + std::string(text.substr(0, kMaxShown));
    if (text.size() > kMaxShown) out += "...";
    return out + "\"";
}

}  // namespace chronomap
