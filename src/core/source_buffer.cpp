#include "core/source_buffer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace chronomap {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kMapAbove = size_t{4} << 20;  // smaller texts are not worth a mapping

}  // namespace

SourceBuffer::SourceBuffer(size_t size) : size_(size) {
    capacity_ = size + kPadding;
    if (capacity_ >= kMapAbove) {
        mapped_ = (capacity_ + kHugePage - 1) & ~(kHugePage - 1);
        void* memory = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED) throw std::runtime_error(std::string("out of memory: ") + std::strerror(errno));
        ::madvise(memory, mapped_, MADV_HUGEPAGE);  // a hint; fine if the kernel says no
        data_ = static_cast<char*>(memory);
        capacity_ = mapped_;
    } else {
        data_ = new char[capacity_];
    }
    std::memset(data_ + size_, 0, kPadding);
}

SourceBuffer::~SourceBuffer() {
    if (mapped_) ::munmap(data_, mapped_);
    else delete[] data_;
}

std::shared_ptr<const SourceBuffer> SourceBuffer::copy_of(std::string_view text) {
    std::shared_ptr<SourceBuffer> buffer(new SourceBuffer(text.size()));
    // An empty view may have no data at all (a store without source text): memcpy from a
    // null pointer is undefined even for 0 bytes (UBSan, found by fuzzing).
    if (!text.empty()) std::memcpy(buffer->data_, text.data(), text.size());
    return buffer;
}

std::shared_ptr<const SourceBuffer> SourceBuffer::read_file(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("cannot open " + path.string() + ": " + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        std::string why = S_ISDIR(info.st_mode) ? "it is a folder" : std::strerror(errno);
        ::close(fd);
        throw std::runtime_error("cannot read " + path.string() + ": " + why);
    }
    std::string text;
    if (!S_ISREG(info.st_mode)) {  // a pipe or a device: read as it comes
        char chunk[65536];
        for (ssize_t n; (n = ::read(fd, chunk, sizeof chunk)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            text.append(chunk, static_cast<size_t>(n));
        }
        ::close(fd);
        return copy_of(text);
    }
    std::shared_ptr<SourceBuffer> buffer(new SourceBuffer(static_cast<size_t>(info.st_size)));
    size_t got = 0;
    while (got < buffer->size_) {
        ssize_t n = ::read(fd, buffer->data_ + got, buffer->size_ - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            std::string why = std::strerror(errno);
            ::close(fd);
            throw std::runtime_error("cannot read " + path.string() + ": " + why);
        }
        if (n == 0) break;  // the file shrank while we read it: keep what is there
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    buffer->size_ = got;
    std::memset(buffer->data_ + got, 0, SourceBuffer::kPadding);
    return buffer;
}

}  // namespace chronomap
