// Many distinct texts (ids, titles) in one buffer: no allocation per text, unlike a pool
// of std::string, and no hashing, unlike interning, which only pays off for repeated texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronomap {

class TextColumn {
public:
    void reserve(size_t rows, size_t bytes) {
        offsets_.reserve(rows + 1);
        buffer_.reserve(bytes);
    }
    void push_back(std::string_view text) {
        buffer_.append(text);
        offsets_.push_back(buffer_.size());
    }
    std::string_view operator[](size_t row) const {
        return std::string_view(buffer_).substr(offsets_[row], offsets_[row + 1] - offsets_[row]);
    }
    size_t size() const { return offsets_.size() - 1; }
    size_t bytes() const { return buffer_.size(); }

    void append(const TextColumn& other) {
        std::uint64_t shift = buffer_.size();
        buffer_.append(other.buffer_);
        offsets_.reserve(offsets_.size() + other.size());
        for (size_t row = 1; row < other.offsets_.size(); ++row) offsets_.push_back(shift + other.offsets_[row]);
    }

private:
    std::string buffer_;
    std::vector<std::uint64_t> offsets_{0};
};

}  // namespace chronomap
