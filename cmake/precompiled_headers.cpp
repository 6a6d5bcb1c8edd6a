// The unit of `chronomap_pch`, the target whose precompiled header every other target reuses
// (cmake/precompiled_headers.cmake). Nothing of its own.
