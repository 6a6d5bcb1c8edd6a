// The text of an input file, held for as long as events refer to it (each event keeps its
// original JSON as a view into it). Files of 64 MB and more are memory-mapped: their pages
// stay in the page cache instead of the process's own memory. Smaller large files are read
// into huge pages: on this class of virtual machine page faults cost more than the copy.
//
// A mapped file that another program cuts short while it is open faults when a lost page is
// read: the program then says so and exits with code 2. chronomap's own writers replace
// files by renaming, which leaves the mapping intact.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

namespace chronomap {

class SourceBuffer {
public:
    // Bytes readable past the end of the text: simdjson reads ahead in blocks of 64.
    static constexpr size_t kPadding = 64;

    // Throws std::runtime_error naming the file and the reason.
    static std::shared_ptr<const SourceBuffer> read_file(const std::filesystem::path& path);
    static std::shared_ptr<const SourceBuffer> copy_of(std::string_view text);
    // `size` bytes written in place by `write`: a text assembled from parts (a PostGIS window's
    // rows) goes straight into the buffer, not through a string copied once more.
    static std::shared_ptr<const SourceBuffer> written(size_t size, const std::function<void(char* data)>& write);

    std::string_view text() const { return {data_, size_}; }
    size_t capacity() const { return capacity_; }  // at least size() + kPadding

    SourceBuffer(const SourceBuffer&) = delete;
    SourceBuffer& operator=(const SourceBuffer&) = delete;
    ~SourceBuffer();

private:
    explicit SourceBuffer(size_t size);
    struct MappedTag {};
    SourceBuffer(size_t size, MappedTag);
    char* data_ = nullptr;
    size_t size_ = 0;
    size_t capacity_ = 0;
    size_t mapped_ = 0;  // bytes mmap'ed; 0 when data_ came from new[]
};

}  // namespace chronomap
