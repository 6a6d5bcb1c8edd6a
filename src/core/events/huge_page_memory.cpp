#include "core/events/huge_page_memory.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace chronomap {

void* map_huge_pages(std::size_t bytes) {
    std::size_t size = huge_page_rounded(bytes);
    if (size < bytes) throw std::bad_alloc();  // rounding wrapped around
    // Map one huge page more than needed, then give back the head and tail that fall
    // outside a 2 MiB boundary: only an aligned range can be backed by huge pages.
    std::size_t reserved = size + kHugePageBytes;
    void* area = ::mmap(nullptr, reserved, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED) throw std::bad_alloc();
    auto start = reinterpret_cast<std::uintptr_t>(area);
    std::uintptr_t aligned = (start + kHugePageBytes - 1) & ~(std::uintptr_t{kHugePageBytes} - 1);
    if (std::size_t head = aligned - start) ::munmap(area, head);
    if (std::size_t tail = reserved - (aligned - start) - size) ::munmap(reinterpret_cast<void*>(aligned + size), tail);
    ::madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
    return reinterpret_cast<void*>(aligned);
}

void unmap_huge_pages(void* memory, std::size_t bytes) noexcept {
    if (memory) ::munmap(memory, huge_page_rounded(bytes));
}

}  // namespace chronomap
