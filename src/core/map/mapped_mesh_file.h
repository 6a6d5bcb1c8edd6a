// A geodata mesh file (basemap-*.bin, geography.bin) mapped, its arrays read in place: a
// camera that shows one country copies out that country's shapes (mesh_window.h), not the
// whole 36-58 MB file through a zero-filled buffer.
#pragma once

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "core/gazetteer/mapped_file.h"

namespace chronomap {

class MappedMeshFile {
public:
    // `kind` names the file in errors ("basemap mesh"); `hint` says how to rebuild it and ends
    // every error. `populate`: read every page now (for a file about to be read whole).
    MappedMeshFile(const std::filesystem::path& path, const char (&magic)[8], std::string kind, std::string hint,
                   bool populate);

    // The next array: its count (64 bits), then its values, in place.
    template <class T>
    std::span<const T> next_array() {
        static_assert(std::is_trivially_copyable_v<T> && sizeof(T) % alignof(T) == 0);
        std::uint64_t count = 0;
        if (file_->size() - offset_ < sizeof count) fail("truncated or corrupt");
        std::memcpy(&count, file_->data() + offset_, sizeof count);
        offset_ += sizeof count;
        if (count > (file_->size() - offset_) / sizeof(T)) fail("truncated");
        if (offset_ % alignof(T) != 0) fail("corrupt (an array is misaligned)");
        std::span<const T> values(reinterpret_cast<const T*>(file_->data() + offset_), count);
        offset_ += count * sizeof(T);
        return values;
    }

    // Throws std::runtime_error "FILE: what; HINT".
    [[noreturn]] void fail(const std::string& what) const;

private:
    std::unique_ptr<MappedFile> file_;
    std::string name_, hint_;
    size_t offset_ = 0;
};

// How the builders write an array that MappedMeshFile reads back: its count, then its bytes.
template <class T>
void write_mesh_array(std::ostream& out, const std::vector<T>& values) {
    std::uint64_t count = values.size();
    out.write(reinterpret_cast<const char*>(&count), sizeof count);
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
}

}  // namespace chronomap
