// Column<T>: a std::vector whose resize() leaves new entries unwritten. The store builder
// sizes its columns for every row it expects without touching a page of them (on this class
// of virtual machine the kernel zeroing fresh pages is a third of a large load), and two
// threads can then fill two ranges of rows of the same columns.
#pragma once

#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace chronomap {

template <class T>
struct UninitializedAllocator : std::allocator<T> {
    using value_type = T;
    template <class U>
    struct rebind {
        using other = UninitializedAllocator<U>;
    };
    UninitializedAllocator() = default;
    template <class U>
    UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}

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
using Column = std::vector<T, UninitializedAllocator<T>>;

}  // namespace chronomap
