#include "core/gazetteer/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace chronomap {

MappedFile::MappedFile(const std::filesystem::path& path, bool populate) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path.string() + ": " + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        int error = errno;
        ::close(fd);
        throw std::runtime_error("cannot read " + path.string() + ": " + std::strerror(error));
    }
    size_ = static_cast<size_t>(info.st_size);
    if (size_ > 0) {
        void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapped == MAP_FAILED) {
            int error = errno;
            ::close(fd);
            throw std::runtime_error("cannot map " + path.string() + ": " + std::strerror(error));
        }
        // Huge pages where the kernel can: pages read from disk for this mapping come into
        // the page cache as 2 MiB folios, mapped with one TLB entry each. A lookup in a 1 GB
        // world index otherwise misses the TLB at nearly every read, and its page-table walk
        // misses the caches too (docs/PERFORMANCE.md). Refused (THP off): pages as before.
#ifdef MADV_HUGEPAGE
        ::madvise(mapped, size_, MADV_HUGEPAGE);
#endif
        // When the whole file is read at open (its checksum is verified), faulting the pages
        // in one call is faster than one fault per page (MAP_POPULATE did it before the advice
        // could apply; a kernel without MADV_POPULATE_READ faults them as they are read).
#ifdef MADV_POPULATE_READ
        if (populate) ::madvise(mapped, size_, MADV_POPULATE_READ);
#endif
        data_ = static_cast<const std::byte*>(mapped);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<std::byte*>(data_), size_);
}

}  // namespace chronomap
