#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

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

}  // namespace

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& produce) {
    // Streamed to the temporary file, not gathered in memory: a world gazetteer index is a
    // gigabyte (docs/PERFORMANCE.md).
    TempFile temp(target);
    {
        std::ofstream out(temp.path(), std::ios::binary | std::ios::trunc);
        if (!out) temp.fail("cannot open " + temp.path());
        produce(out);  // may throw: the temporary file is removed, the target left as it was
        out.flush();
        if (!out) temp.fail("writing failed");
    }
    temp.commit();
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    TempFile temp(target);
    if (!write_all(temp.fd(), content)) temp.fail("writing failed");
    temp.commit();
}

}  // namespace chronomap
