// Column<T>: a std::vector for the big per-event arrays.
// - resize() leaves new entries unwritten. The store builder sizes its columns for every row
//   it expects without touching a page of them (on this class of virtual machine the kernel
//   zeroing fresh pages is a third of a large load), and two threads can then fill two
//   ranges of rows of the same columns.
// - A column of 4 MiB or more lives in huge pages (core/events/huge_page_memory.h), so that filling
//   it faults once per 2 MiB rather than once per 4 KiB.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "core/events/huge_page_memory.h"

namespace chronomap {

template <class T>
struct ColumnAllocator : std::allocator<T> {
    using value_type = T;
    template <class U>
    struct rebind {
        using other = ColumnAllocator<U>;
    };
    ColumnAllocator() = default;
    template <class U>
    ColumnAllocator(const ColumnAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
        if (n * sizeof(T) < kHugePagesFromBytes) return std::allocator<T>::allocate(n);
        return static_cast<T*>(map_huge_pages(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept {
        if (n * sizeof(T) < kHugePagesFromBytes) std::allocator<T>::deallocate(p, n);
        else unmap_huge_pages(p, n * sizeof(T));
    }

    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;  // default-initialized: no write for numbers
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

template <class T>
bool operator==(const ColumnAllocator<T>&, const ColumnAllocator<T>&) noexcept { return true; }

template <class T>
using Column = std::vector<T, ColumnAllocator<T>>;

}  // namespace chronomap
