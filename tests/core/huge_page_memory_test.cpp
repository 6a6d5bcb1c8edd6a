// The big columns ask the kernel for huge pages themselves (core/events/huge_page_memory.h), instead
// of the process re-executing itself with a glibc tunable.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/events/column.h"
#include "core/events/huge_page_memory.h"

using namespace chronomap;

namespace {

// The kernel's transparent huge page mode: "always", "madvise" or "never".
std::string huge_page_mode() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(in, line);
    auto open = line.find('['), close = line.find(']');
    return open == std::string::npos || close == std::string::npos ? "" : line.substr(open + 1, close - open - 1);
}

// KiB of huge pages backing the mapping that holds `address` (/proc/self/smaps).
long anon_huge_kib_at(const void* address) {
    auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    bool inside = false;
    for (std::string line; std::getline(smaps, line);) {
        std::uintptr_t begin = 0, end = 0;
        char dash = 0;
        std::istringstream range(line);
        if (line.find("-") != std::string::npos && (range >> std::hex >> begin >> dash >> end) && dash == '-') {
            inside = begin <= at && at < end;
            continue;
        }
        if (inside && line.rfind("AnonHugePages:", 0) == 0) return std::stol(line.substr(14));
    }
    return -1;
}

}  // namespace

TEST_CASE("map_huge_pages gives zeroed, writable memory at a 2 MiB boundary, whole huge pages of it") {
    const size_t asked = (size_t{5} << 20) + 123;
    void* memory = map_huge_pages(asked);
    REQUIRE(memory != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(memory) % kHugePageBytes == 0);
    CHECK(huge_page_rounded(asked) == (size_t{6} << 20));
    auto* bytes = static_cast<unsigned char*>(memory);
    CHECK(bytes[0] == 0);
    CHECK(bytes[huge_page_rounded(asked) - 1] == 0);
    bytes[huge_page_rounded(asked) - 1] = 7;  // the rounded size is all usable
    CHECK(bytes[huge_page_rounded(asked) - 1] == 7);
    unmap_huge_pages(memory, asked);
}

TEST_CASE("a big Column lies in huge pages when the kernel grants them on request") {
    std::string mode = huge_page_mode();
    if (mode != "madvise" && mode != "always") {
        MESSAGE("transparent huge pages are '" << mode << "' on this kernel: nothing to check");
        return;
    }
    Column<double> lon;
    lon.resize(size_t{1} << 20);  // 8 MiB, as 1 M events' longitudes
    for (size_t i = 0; i < lon.size(); ++i) lon[i] = static_cast<double>(i) * 0.5;
    CHECK(reinterpret_cast<std::uintptr_t>(lon.data()) % kHugePageBytes == 0);
    // With defrag on request (the default), the kernel compacts memory to find them.
    CHECK(anon_huge_kib_at(lon.data()) > 0);
    CHECK(lon[12345] == doctest::Approx(6172.5));
}

TEST_CASE("a Column keeps its values as it grows from ordinary memory into huge pages and back") {
    Column<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < 3'000'000; ++i) rows.push_back(i * 3);  // 12 MB: crosses 4 MiB
    CHECK(rows[0] == 0);
    CHECK(rows[1'000'000] == 3'000'000);
    CHECK(rows.back() == 8'999'997);
    rows.resize(10);
    rows.shrink_to_fit();  // back to operator new
    CHECK(rows.size() == 10);
    CHECK(rows[9] == 27);
}
