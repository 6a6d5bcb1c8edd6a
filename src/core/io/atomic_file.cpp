#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
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

}  // namespace

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& produce) {
    std::ostringstream buffer;
    produce(buffer);  // may throw: nothing has touched the disk yet
    write_file_atomically(target, buffer.view());
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    std::filesystem::path folder = target.parent_path();
    if (folder.empty()) folder = ".";
    std::string temp = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0)
        throw WriteError("cannot write " + target.string() + ": cannot create a file in " +
                         folder.string() + ": " + reason());
    // mkstemp makes the file 0600; a written file should get the usual permissions.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    auto fail = [&](const std::string& what) {
        std::string why = reason();
        ::close(fd);
        ::unlink(temp.c_str());
        throw WriteError("cannot write " + target.string() + ": " + what + ": " + why);
    };
    if (!write_all(fd, content)) fail("writing failed");
    if (::fsync(fd) != 0) fail("flushing to disk failed");
    if (::close(fd) != 0) {
        std::string why = reason();
        ::unlink(temp.c_str());
        throw WriteError("cannot write " + target.string() + ": closing failed: " + why);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string why = reason();
        ::unlink(temp.c_str());
        throw WriteError("cannot write " + target.string() + ": " + why);
    }
    // Make the rename itself durable.
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace chronomap
