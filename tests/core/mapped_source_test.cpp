// Large files are memory-mapped (core/native_json/source_buffer.h): their text is the page cache's, and
// what happens when another program cuts the file short must still be an answer, not a crash.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/native_json/source_buffer.h"
#include "test_helpers.h"

using namespace chronomap;
namespace fs = std::filesystem;

namespace {

fs::path write_large_file(const std::string& name, size_t bytes) {
    fs::path path = fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::ofstream out(path, std::ios::binary);
    std::string block(1 << 20, 'x');
    for (size_t written = 0; written < bytes; written += block.size()) out << block;
    return path;
}

}  // namespace

TEST_CASE("a large file is mapped, padded with zeros, and read like a copied one") {
    fs::path path = write_large_file("chronomap-mapped", size_t{65} << 20);
    auto buffer = SourceBuffer::read_file(path);
    CHECK(buffer->text().size() == size_t{65} << 20);
    CHECK(buffer->text().front() == 'x');
    CHECK(buffer->text().back() == 'x');
    CHECK(buffer->capacity() >= buffer->text().size() + SourceBuffer::kPadding);
    const char* end = buffer->text().data() + buffer->text().size();
    for (size_t k = 0; k < SourceBuffer::kPadding; ++k) REQUIRE(end[k] == '\0');  // simdjson reads ahead
    fs::remove(path);
    CHECK(buffer->text()[12345] == 'x');  // removed while mapped: still readable
}

TEST_CASE("a mapped file cut short by another program: a clear message and exit 2, no crash") {
    fs::path path = write_large_file("chronomap-truncated", size_t{65} << 20);
    int err[2];
    REQUIRE(::pipe(err) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(err[1], STDERR_FILENO);
        auto buffer = SourceBuffer::read_file(path);
        if (::truncate(path.c_str(), 0) != 0) ::_exit(90);
        volatile char c = buffer->text()[size_t{64} << 20];  // a page the file no longer has
        (void)c;
        ::_exit(91);  // not reached: the read faults
    }
    ::close(err[1]);
    std::string message;
    char chunk[512];
    for (ssize_t n; (n = ::read(err[0], chunk, sizeof chunk)) > 0;) message.append(chunk, static_cast<size_t>(n));
    ::close(err[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    fs::remove(path);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    CHECK_CONTAINS(message, "became shorter while chronomap was reading it");
}
