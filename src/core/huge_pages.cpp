#include "core/huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <string>

// Under AddressSanitizer, malloc is the sanitizer's, not glibc's: the tunable would do nothing
// and the re-exec would only pay the instrumented start-up twice (about 1 s a run).
#if defined(__SANITIZE_ADDRESS__)
#define CHRONOMAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHRONOMAP_ASAN 1
#endif
#endif

namespace chronomap {

void reexec_with_huge_pages(char** argv) {
#ifdef CHRONOMAP_ASAN
    (void)argv;
#else
    constexpr const char* kTunable = "glibc.malloc.hugetlb=1";
    const char* opt_out = std::getenv("CHRONOMAP_NO_HUGE_PAGES");
    if (opt_out && *opt_out && std::string(opt_out) != "0") return;
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string tunables = current ? current : "";
    if (tunables.find("glibc.malloc.hugetlb") != std::string::npos) return;  // set, by us or the user
    tunables = tunables.empty() ? kTunable : tunables + ":" + kTunable;
    if (::setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0) return;
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc, say): carry on without huge pages, and do not pass the
    // variable on to child processes as if it had worked.
    if (current) ::setenv("GLIBC_TUNABLES", current, 1);
    else ::unsetenv("GLIBC_TUNABLES");
#endif
}

}  // namespace chronomap
