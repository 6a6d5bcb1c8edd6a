// Interned strings: each distinct text stored once, named by a small id.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronomap {

using StringId = std::uint32_t;
inline constexpr StringId kEmptyString = 0;  // id 0 is always ""

class StringPool {
public:
    StringPool() { intern(""); }
    StringId intern(std::string_view text) {
        if (auto it = ids_.find(text); it != ids_.end()) return it->second;
        // A deque never moves its strings, so the views used as keys stay valid.
        const std::string& stored = strings_.emplace_back(text);
        auto id = static_cast<StringId>(strings_.size() - 1);
        ids_.emplace(stored, id);
        return id;
    }
    std::string_view get(StringId id) const { return strings_[id]; }
    size_t size() const { return strings_.size(); }

private:
    std::deque<std::string> strings_;
    std::unordered_map<std::string_view, StringId> ids_;
};

}  // namespace chronomap
