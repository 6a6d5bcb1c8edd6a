#include "core/native_json/source_buffer.h"

#include "core/events/huge_page_memory.h"
#include "core/io/input_limits.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>

namespace chronomap {
namespace {

constexpr size_t kMapAbove = kHugePagesFromBytes;  // smaller texts are not worth a mapping
// Files this large are mapped rather than copied: their pages then belong to the page cache,
// not to the process (10 M events are a 2.6 GB file).
constexpr size_t kMapFileAbove = size_t{64} << 20;

// A mapped file that another program truncates faults (SIGBUS) when its lost pages are read.
// Rather than die with "Bus error", say what happened and exit as for a file that cannot be
// read (code 2). Only async-signal-safe calls here.
void on_truncated_mapping(int, siginfo_t*, void*) {
    static constexpr char kMessage[] =
        "chronomap: error: an input file became shorter while chronomap was reading it (another "
        "program rewrote it in place)\n  hint: wait until that program is done, then open the file again\n";
    ssize_t ignored = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    (void)ignored;
    ::_exit(2);
}

void report_truncated_mappings() {
    static std::once_flag installed;
    std::call_once(installed, [] {
        struct sigaction action {};
        action.sa_sigaction = on_truncated_mapping;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, nullptr);
    });
}

// Maps `size` bytes of `fd` read-only, followed by at least kPadding readable zero bytes
// (simdjson reads ahead): the file is mapped over an anonymous zero-filled area.
char* map_file_with_padding(int fd, size_t size, size_t& mapped) {
    auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    mapped = (size + SourceBuffer::kPadding + page - 1) / page * page;
    void* area = ::mmap(nullptr, mapped, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED) return nullptr;
    void* file = ::mmap(area, size, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0);
    if (file == MAP_FAILED) {
        ::munmap(area, mapped);
        return nullptr;
    }
    ::madvise(area, size, MADV_SEQUENTIAL);  // read front to back, twice
    return static_cast<char*>(area);
}

}  // namespace

SourceBuffer::SourceBuffer(size_t size, MappedTag) : size_(size), capacity_(size + kPadding) {}

SourceBuffer::SourceBuffer(size_t size) : size_(size) {
    capacity_ = size + kPadding;
    if (capacity_ >= kMapAbove) {
        mapped_ = huge_page_rounded(capacity_);
        try {
            data_ = static_cast<char*>(map_huge_pages(capacity_));
        } catch (const std::bad_alloc&) {
            throw std::runtime_error(std::string("out of memory: ") + std::strerror(errno));
        }
        capacity_ = mapped_;
    } else {
        data_ = new char[capacity_];
    }
    std::memset(data_ + size_, 0, kPadding);
}

SourceBuffer::~SourceBuffer() {
    if (mapped_) ::munmap(data_, mapped_);  // the file's mapping or map_huge_pages's, both whole
    else delete[] data_;
}

std::shared_ptr<const SourceBuffer> SourceBuffer::copy_of(std::string_view text) {
    // An empty view may have no data at all (a store without source text): memcpy from a
    // null pointer is undefined even for 0 bytes (UBSan, found by fuzzing).
    return written(text.size(), [&](char* data) {
        if (!text.empty()) std::memcpy(data, text.data(), text.size());
    });
}

std::shared_ptr<const SourceBuffer> SourceBuffer::written(size_t size, const std::function<void(char*)>& write) {
    std::shared_ptr<SourceBuffer> buffer(new SourceBuffer(size));
    write(buffer->data_);
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
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) || S_ISSOCK(info.st_mode)) {
        ::close(fd);  // /dev/zero would never end
        throw std::runtime_error("cannot read " + path.string() + ": it is not a regular file (a device or a socket)");
    }
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxInputBytes) {
        ::close(fd);
        throw std::runtime_error("cannot read " + path.string() + ": it is larger than 4 GiB, the most chronomap reads");
    }
    if (!S_ISREG(info.st_mode)) {  // a pipe: read as it comes, up to the size limit
        char chunk[65536];
        for (ssize_t n; (n = ::read(fd, chunk, sizeof chunk)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            text.append(chunk, static_cast<size_t>(n));
            if (text.size() > kMaxInputBytes) {
                ::close(fd);
                throw std::runtime_error("cannot read " + path.string() + ": more than 4 GiB came, the most chronomap reads");
            }
        }
        ::close(fd);
        return copy_of(text);
    }
    auto size = static_cast<size_t>(info.st_size);
    if (size >= kMapFileAbove) {
        report_truncated_mappings();
        std::shared_ptr<SourceBuffer> buffer(new SourceBuffer(size, MappedTag{}));
        buffer->data_ = map_file_with_padding(fd, size, buffer->mapped_);
        if (buffer->data_) {
            ::close(fd);
            buffer->capacity_ = buffer->mapped_;
            return buffer;
        }
        buffer->mapped_ = 0;  // could not map (a file system without mmap): read it below
    }
    std::shared_ptr<SourceBuffer> buffer(new SourceBuffer(size));
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
