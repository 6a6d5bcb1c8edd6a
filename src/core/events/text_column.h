// Many distinct texts (ids, titles), 8 bytes a row. A text that lies in the source text the
// column refers to (the file as read: most ids and titles, which have no escapes) is kept as
// a place in it, not copied; any other text is copied into the column's own buffer. No
// allocation per text, unlike a pool of std::string, and no hashing, unlike interning, which
// only pays off for repeated texts.
//
// Rows are set by index in a column sized ahead (EventStoreBuilder writes two ranges of rows
// from two threads); a text kept by one column may be set in another that refers to the same
// source, once take_own_texts() has moved the copied texts along.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/events/column.h"

namespace chronomap {

class TextColumn {
public:
    using Ref = std::uint64_t;  // own-buffer bit, offset (39 bits), length (24 bits)

    // Texts inside `source` are referred to, not copied: whoever owns the column keeps the
    // source alive and unchanged as long as it.
    void refer_to(std::string_view source) { source_ = source; }
    void reserve_own_bytes(size_t bytes) { own_.reserve(bytes); }
    void resize(size_t rows) { refs_.resize(rows); }
    size_t size() const { return refs_.size(); }

    Ref keep(std::string_view text) {
        if (text.size() > kMaxLength)
            throw std::length_error("a text of 16 MiB or more cannot be kept in a table of events");
        if (!source_.empty() && text.data() >= source_.data() &&
            text.data() + text.size() <= source_.data() + source_.size())
            return pack(false, static_cast<std::uint64_t>(text.data() - source_.data()), text.size());
        Ref ref = pack(true, own_.size(), text.size());
        own_.append(text);
        return ref;
    }
    void set(size_t row, Ref ref) { refs_[row] = ref; }

    std::string_view operator[](size_t row) const {
        Ref ref = refs_[row];
        const char* base = (ref >> 63) ? own_.data() : source_.data();
        return {base + (ref >> 24 & kOffsetMask), static_cast<size_t>(ref & kMaxLength)};
    }

    // Rows [first, first + count) were kept by `part` (same source): its copied texts move
    // here, after this column's own.
    void take_own_texts(TextColumn& part, size_t first, size_t count) {
        std::uint64_t shift = own_.size();
        for (size_t row = first; row < first + count; ++row)
            if (refs_[row] >> 63) refs_[row] += shift << 24;
        own_.append(part.own_);
        part.own_ = {};
    }
    // Moves `count` rows from `from` down to `to`.
    void move_rows(size_t from, size_t to, size_t count) {
        std::memmove(refs_.data() + to, refs_.data() + from, count * sizeof(Ref));
    }

private:
    static constexpr std::uint64_t kMaxLength = (std::uint64_t{1} << 24) - 1;
    static constexpr std::uint64_t kOffsetMask = (std::uint64_t{1} << 39) - 1;
    static Ref pack(bool own, std::uint64_t offset, size_t length) {
        if (offset > kOffsetMask) throw std::length_error("more than 512 GiB of text in a table of events");
        return (own ? std::uint64_t{1} << 63 : 0) | offset << 24 | length;
    }

    Column<Ref> refs_;
    std::string own_;
    std::string_view source_;
};

}  // namespace chronomap
