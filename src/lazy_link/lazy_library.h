// Shared libraries loaded when first used instead of when the program starts. GDAL and GEOS
// bring ~100 libraries with them, FFmpeg ~90 more (its codecs), whose loading and relocation
// cost every command ~0.3 s of CPU and more of wall time (docs/PERFORMANCE.md), though only
// imports, overlays, GeoTIFF and video export call them. The program links against generated stubs (cmake/lazy_stubs.cmake, one per function
// of the library); the first call of any stub loads the library with dlopen and fills its slot.
// If the library cannot be loaded then, the program says which and exits (69, EX_UNAVAILABLE).
#pragma once

#include <string>

extern "C" {
// Written by cmake/lazy_stubs.cmake: the library's handle once loaded, and its soname.
struct LazyLibrary {
    void* handle;
    const char* soname;
};
extern LazyLibrary chronomap_lazy_gdal_library;
extern LazyLibrary chronomap_lazy_geos_c_library;
extern LazyLibrary chronomap_lazy_avformat_library;
extern LazyLibrary chronomap_lazy_avcodec_library;
extern LazyLibrary chronomap_lazy_swscale_library;
extern LazyLibrary chronomap_lazy_avutil_library;
}

namespace chronomap {

// Loads `library` now, on the calling thread, unless it is loaded already: a program that will
// need it can load it on its second core while the first does other work. Thread-safe. Returns
// dlerror()'s text, or "" when loaded.
std::string preload_lazy_library(LazyLibrary& library);

}  // namespace chronomap
