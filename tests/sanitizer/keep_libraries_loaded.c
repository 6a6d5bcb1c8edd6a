// Preloaded into `chronomap` by the sanitized test run only (the build-asan/chronomap-sanitized
// wrapper, tests/CMakeLists.txt): dlclose() does nothing, so every library loaded at run time
// stays mapped until the process exits.
//
// Why: Mesa unloads its driver (swrast_dri.so, with llvmpipe and LLVM) in eglTerminate() and
// when GLFW closes its display. LeakSanitizer looks for leaks at exit, when the driver's
// global variables, which still point at the blocks it allocates once per process, are
// unmapped: those blocks then look leaked, with stacks that cannot be symbolized (frames
// "in" whatever library now holds those addresses). This is google/sanitizers#89; keeping the
// libraries loaded is the workaround its maintainers give. With it, what Mesa still holds is
// reachable, and a real leak anywhere has a readable stack: ours to fix, or a library's to
// suppress by name in lsan.supp.
int dlclose(void* handle);
int dlclose(void* handle) {
    (void)handle;
    return 0;
}
