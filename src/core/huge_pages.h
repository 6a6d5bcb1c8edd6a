// Large allocations in huge pages, for the whole process.
//
// Loading a big event file is dominated by page faults on this class of virtual machine:
// simdjson's buffers and our columns take hundreds of MB in 4 KiB pages. glibc can back
// large allocations with transparent huge pages (tunable glibc.malloc.hugetlb=1), but reads
// tunables only at start-up, so the process re-executes itself once with the tunable set.
// Measured: 1 M events load in 0.9 s of CPU instead of 2.5 s (docs/PERFORMANCE.md).
#pragma once

namespace chronomap {

// Call first thing in main(). Returns only if no re-exec happened (already set, opted out
// with CHRONOMAP_NO_HUGE_PAGES=1, built with AddressSanitizer, whose allocator is not glibc's,
// or exec failed): the program then runs as it is.
void reexec_with_huge_pages(char** argv);

}  // namespace chronomap
