#include "lazy_link/lazy_library.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace chronomap {
namespace {

std::mutex loading;  // dlopen is thread-safe; this keeps a library from being opened twice

// The library's handle, loading it first if needed; nullptr and `error` if it cannot be.
void* handle_of(LazyLibrary& library, std::string& error) {
    if (void* handle = __atomic_load_n(&library.handle, __ATOMIC_ACQUIRE)) return handle;
    std::lock_guard lock(loading);
    if (library.handle) return library.handle;
    // RTLD_GLOBAL as a library linked at start-up would be (GDAL's plugins look GDAL up).
    void* handle = dlopen(library.soname, RTLD_LAZY | RTLD_GLOBAL);
    if (!handle) {
        const char* why = dlerror();
        error = why ? why : library.soname;
        return nullptr;
    }
    __atomic_store_n(&library.handle, handle, __ATOMIC_RELEASE);
    return handle;
}

}  // namespace

std::string preload_lazy_library(LazyLibrary& library) {
    std::string error;
    handle_of(library, error);
    return error;
}

}  // namespace chronomap

// Called by a stub whose slot is empty (cmake/lazy_stubs.cmake): `record` is the slot followed by
// the function's name. Returns the function, after storing it in the slot for the next calls.
// Cannot throw or return an error to a caller that thinks it called the library directly: exits.
extern "C" void* chronomap_lazy_resolve(LazyLibrary* library, void** record) noexcept {
    std::string error;
    void* handle = chronomap::handle_of(*library, error);
    if (!handle) {
        std::fprintf(stderr,
                     "chronomap: %s is needed for this and could not be loaded (%s); reinstall it "
                     "(the package chronomap was built against)\n",
                     library->soname, error.c_str());
        std::_Exit(69);
    }
    const char* name = reinterpret_cast<const char*>(record + 1);
    void* function = dlsym(handle, name);
    if (!function) {
        std::fprintf(stderr,
                     "chronomap: %s has no function %s: it is not the version chronomap was built "
                     "against; rebuild chronomap\n",
                     library->soname, name);
        std::_Exit(69);
    }
    __atomic_store_n(record, function, __ATOMIC_RELEASE);
    return function;
}
