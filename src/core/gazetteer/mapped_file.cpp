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
        // MAP_POPULATE: when the whole index is read at open (its checksum is verified),
        // faulting the pages in one call is faster than one fault per page.
        void* mapped = ::mmap(nullptr, size_, PROT_READ,
                              MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0);
        if (mapped == MAP_FAILED) {
            int error = errno;
            ::close(fd);
            throw std::runtime_error("cannot map " + path.string() + ": " + std::strerror(error));
        }
        data_ = static_cast<const std::byte*>(mapped);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<std::byte*>(data_), size_);
}

}  // namespace chronomap
