// "1 event", "2 events": counts said in words agree in number.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chronomap {

inline std::string counted(size_t n, std::string_view singular, std::string_view plural) {
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

}  // namespace chronomap
