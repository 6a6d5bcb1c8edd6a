# One precompiled header of the standard headers that most units read, shared by all our targets
# (docs/TESTING.md, "Compile time: one precompiled header"). Parsing <string>, <vector>,
# <filesystem>, <sstream>, <map> ... costs 1.5-2 s of CPU in every unit that reads them (about
# 250 of 320); loading the precompiled header, 0.5-0.7 s. Only system headers go in: an edit of
# a project header must not rebuild every unit. json.hpp stays out: 3 of 4 units never read it
# and a header with it costs 1.7 s to load, more than it saves them.
# Off with -DCHRONOMAP_PRECOMPILED_HEADERS=OFF (or CMake's -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON),
# e.g. to check that every unit includes what it uses.
option(CHRONOMAP_PRECOMPILED_HEADERS "Compile the common standard headers once (sanitized build)" ON)

set(CHRONOMAP_PRECOMPILED_HEADER_LIST
  <algorithm> <array> <cmath> <cstddef> <cstdint> <cstring> <deque> <filesystem> <functional>
  <iomanip> <map> <memory> <optional> <span> <sstream> <string> <string_view> <unordered_map>
  <utility> <vector> <nlohmann/json_fwd.hpp>)

# Every target of ours (those that link chronomap_warnings and compile C++) reuses the header
# compiled for `chronomap_pch`. GCC only: with the same options in every target of a build (all
# share the build type's flags and the sanitizer options), GCC accepts one header for all, and
# -Winvalid-pch (added by CMake) with -Werror stops the build if one target could not use it.
# clang refuses a header made with other -D definitions, so the fuzz build (clang) goes without.
# Only in the sanitized build (build-asan/, scripts/test), where GCC's -Warray-bounds,
# -Wstringop-overflow and -Wmaybe-uninitialized are already off for their false reports inside
# libstdc++: with the header precompiled, GCC 12 also reports `std::string("...") + text` (the
# moved sum) as out of bounds at -O2 (-Werror=array-bounds in 2 of 70 units tried; 175 such
# sums in the sources), which it does not with the same headers parsed.
# Call once, at the end of the top-level CMakeLists.txt, when every target exists.
function(chronomap_use_precompiled_headers)
  if(NOT CHRONOMAP_PRECOMPILED_HEADERS OR CMAKE_DISABLE_PRECOMPILE_HEADERS
     OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR NOT CHRONOMAP_SANITIZE OR CHRONOMAP_FUZZ
     OR CHRONOMAP_UNITY_BUILD)
    # With unity batches the standard headers are parsed once per batch of 8 already, and CMake
    # 3.25 cannot give a reused header to some unity targets ("Unable to resolve full path of
    # PCH-header"): the header is for builds without batches.
    return()
  endif()
  # A header made at -O1 is refused at -O0 (__OPTIMIZE__ differs): the test programs and
  # benchmarks, compiled at -O0 (unoptimized_test_code.cmake), reuse a second one made at -O0.
  foreach(header chronomap_pch chronomap_pch_unoptimized)
    add_library(${header} OBJECT ${PROJECT_SOURCE_DIR}/cmake/precompiled_headers.cpp)
    target_link_libraries(${header} PRIVATE chronomap_warnings)
    target_precompile_headers(${header} PRIVATE ${CHRONOMAP_PRECOMPILED_HEADER_LIST})
    _chronomap_ccache_for_precompiled_header(${header})
  endforeach()
  target_compile_options(chronomap_pch_unoptimized PRIVATE -O0 -fno-sanitize=undefined)  # as the tests
  _chronomap_targets_below(${PROJECT_SOURCE_DIR} targets)
  foreach(target ${targets})
    get_target_property(type ${target} TYPE)
    get_target_property(libraries ${target} LINK_LIBRARIES)
    get_target_property(sources ${target} SOURCES)
    get_target_property(disabled ${target} DISABLE_PRECOMPILE_HEADERS)
    get_target_property(unoptimized ${target} CHRONOMAP_UNOPTIMIZED)
    set(cpp_sources ${sources})
    list(FILTER cpp_sources INCLUDE REGEX "\\.cpp$")
    if(NOT target MATCHES "^chronomap_pch" AND NOT type STREQUAL "INTERFACE_LIBRARY"
       AND "chronomap_warnings" IN_LIST libraries AND cpp_sources AND NOT disabled)
      if(unoptimized)
        target_precompile_headers(${target} REUSE_FROM chronomap_pch_unoptimized)
      else()
        target_precompile_headers(${target} REUSE_FROM chronomap_pch)
      endif()
      _chronomap_ccache_for_precompiled_header(${target})
      # The header is C++: a C file of the target (keep_libraries_loaded.c) compiles without it.
      list(FILTER sources INCLUDE REGEX "\\.c$")
      get_target_property(directory ${target} SOURCE_DIR)
      foreach(source ${sources})
        get_filename_component(source ${source} ABSOLUTE BASE_DIR ${directory})
        set_source_files_properties(${source} TARGET_DIRECTORY ${target}
                                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
      endforeach()
    endif()
  endforeach()
endfunction()

function(_chronomap_targets_below directory out)
  get_property(found DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
  foreach(subdirectory ${subdirectories})
    _chronomap_targets_below(${subdirectory} below)
    list(APPEND found ${below})
  endforeach()
  set(${out} ${found} PARENT_SCOPE)
endfunction()

# ccache caches the header and the units that read it only with this sloppiness (the header is
# built in the same run, just before the units): set on these targets only.
function(_chronomap_ccache_for_precompiled_header target)
  if(CCACHE_PROGRAM)
    set_target_properties(${target} PROPERTIES CXX_COMPILER_LAUNCHER
      "env;CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime;${CCACHE_PROGRAM}")
  endif()
endfunction()
