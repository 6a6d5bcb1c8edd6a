// A read-only memory mapping of a whole file, unmapped on destruction.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace chronomap {

class MappedFile {
  public:
    // Throws std::runtime_error naming the file and the system's reason. `populate` reads
    // every page at once (for a file about to be read whole); otherwise pages come on use.
    explicit MappedFile(const std::filesystem::path& path, bool populate = true);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::byte* data() const { return data_; }
    size_t size() const { return size_; }

  private:
    const std::byte* data_ = nullptr;
    size_t size_ = 0;
};

}  // namespace chronomap
