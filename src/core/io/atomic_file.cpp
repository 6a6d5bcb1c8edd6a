#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace chronomap {
namespace {

std::string reason() { return std::strerror(errno); }

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// A temporary file beside the target, removed unless commit() renames it over the target.
class TempFile {
  public:
    explicit TempFile(const std::filesystem::path& target) : target_(target) {
        folder_ = target.parent_path();
        if (folder_.empty()) folder_ = ".";
        path_ = (folder_ / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        fd_ = ::mkstemp(path_.data());
        if (fd_ < 0)
            throw WriteError("cannot write " + target.string() + ": cannot create a file in " + folder_.string() +
                             ": " + reason());
        // mkstemp makes the file 0600; a written file should get the usual permissions.
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd_, 0666 & ~mask);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(path_.c_str());
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(const std::string& what) const {
        throw WriteError("cannot write " + target_.string() + ": " + what + ": " + reason());
    }
    // Flushed to disk, then renamed over the target, and the rename made durable.
    void commit() {
        if (::fsync(fd_) != 0) fail("flushing to disk failed");
        int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail("closing failed");
        if (::rename(path_.c_str(), target_.c_str()) != 0)
            throw WriteError("cannot write " + target_.string() + ": " + reason());
        committed_ = true;
        int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }

  private:
    std::filesystem::path target_, folder_;
    std::string path_;
    int fd_ = -1;
    bool committed_ = false;
};

// Writes a stream to a file descriptor in whole 2 MiB blocks, at offsets that are multiples
// of 2 MiB: the page cache then keeps the file in 2 MiB folios, which a memory mapping maps
// with huge pages (one TLB entry for 2 MiB). Written in pieces of other sizes, a 1 GB
// gazetteer index stayed in the cache in pieces of at most those sizes until evicted, and
// each random read of it missed the TLB as well as the caches (docs/PERFORMANCE.md).
class BlockWriter : public std::streambuf {
  public:
    static constexpr size_t kBlock = size_t{2} << 20;
    explicit BlockWriter(int fd) : fd_(fd), buffer_(kBlock) { setp(buffer_.data(), buffer_.data() + kBlock); }
    // False when a write failed.
    bool finish() { return write_pending() && !failed_; }

  protected:
    int_type overflow(int_type c) override {
        if (!write_pending()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* data, std::streamsize size) override {
        std::streamsize done = 0;
        while (done < size) {
            if (pptr() == epptr() && !write_pending()) return done;
            auto take = std::min<std::streamsize>(size - done, epptr() - pptr());
            std::memcpy(pptr(), data + done, static_cast<size_t>(take));
            pbump(static_cast<int>(take));
            done += take;
        }
        return done;
    }
    int sync() override { return 0; }  // blocks are written whole; finish() writes the rest

  private:
    bool write_pending() {
        if (failed_) return false;
        failed_ = !write_all(fd_, std::string_view(pbase(), static_cast<size_t>(pptr() - pbase())));
        setp(buffer_.data(), buffer_.data() + kBlock);
        return !failed_;
    }
    int fd_;
    std::vector<char> buffer_;
    bool failed_ = false;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& produce) {
    // Streamed to the temporary file, not gathered in memory: a world gazetteer index is a
    // gigabyte (docs/PERFORMANCE.md).
    TempFile temp(target);
    BlockWriter blocks(temp.fd());
    std::ostream out(&blocks);
    produce(out);  // may throw: the temporary file is removed, the target left as it was
    if (!out || !blocks.finish()) temp.fail("writing failed");
    temp.commit();
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    TempFile temp(target);
    if (!write_all(temp.fd(), content)) temp.fail("writing failed");
    temp.commit();
}

}  // namespace chronomap
