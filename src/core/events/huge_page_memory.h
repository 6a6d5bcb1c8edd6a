// Big buffers in 2 MiB-aligned anonymous mappings that ask the kernel for transparent huge
// pages (MADV_HUGEPAGE). On this class of virtual machine a 4 KiB page fault is expensive and
// a large load faults in hundreds of MB: one fault per 2 MiB instead of per 4 KiB is most of
// the difference between 2.6 s and 1.0 s of CPU for 1 M events (docs/PERFORMANCE.md).
// Smaller buffers are not worth a mapping and go to the ordinary allocator.
#pragma once

#include <cstddef>

namespace chronomap {

constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;
constexpr std::size_t kHugePagesFromBytes = std::size_t{4} << 20;  // smaller: operator new

// `bytes` rounded up to whole huge pages: the size actually mapped, all of it usable.
constexpr std::size_t huge_page_rounded(std::size_t bytes) {
    return (bytes + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
}

// Maps huge_page_rounded(bytes) zero-filled, writable bytes at a 2 MiB boundary and asks
// for huge pages (a hint: fine if the kernel says no). Throws std::bad_alloc when out of memory.
void* map_huge_pages(std::size_t bytes);
// Gives back a mapping made by map_huge_pages with the same `bytes`.
void unmap_huge_pages(void* memory, std::size_t bytes) noexcept;

}  // namespace chronomap
