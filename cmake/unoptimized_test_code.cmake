# In the sanitized build (build-asan/, scripts/test), the test programs and benchmarks compile
# at -O0; the program and its libraries keep the build type's -O1 (docs/TESTING.md, "Towards
# 15 minutes"). The test units are long functions of doctest assertions, where GCC spends its
# time optimising code that runs once: -O0 cuts their compile CPU by about 40 %, while the code
# under test runs as fast as before. They are also compiled without UBSan's checks, which cost
# more of a test unit's compile than ASan's (core_tests' largest batch, CPU: 11.5 s plain, 15.3 s
# with ASan, 19.6 s with UBSan, 24.2 s with both): the code under test, in the program's
# libraries, keeps both sanitizers; the tests' own code keeps ASan, which has found bugs in it
# (docs/TESTING.md, "Two tests per core; test code without UBSan").
# Call at the end of the top-level CMakeLists.txt, when every target exists, before
# chronomap_use_precompiled_headers() (which gives these targets a header compiled at -O0).
function(chronomap_unoptimized_test_code)
  if(NOT CHRONOMAP_SANITIZE OR CHRONOMAP_FUZZ)
    return()
  endif()
  set(targets)
  get_property(added DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTY SUBDIRECTORIES)
  foreach(directory tests bench)  # each added only with its option on
    if(${PROJECT_SOURCE_DIR}/${directory} IN_LIST added)
      _chronomap_targets_below(${PROJECT_SOURCE_DIR}/${directory} below)  # precompiled_headers.cmake
      list(APPEND targets ${below})
    endif()
  endforeach()
  foreach(target ${targets})
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE" OR type STREQUAL "OBJECT_LIBRARY" OR type STREQUAL "STATIC_LIBRARY"
       OR type STREQUAL "SHARED_LIBRARY")
      target_compile_options(${target} PRIVATE -O0 -fno-sanitize=undefined)
      set_target_properties(${target} PROPERTIES CHRONOMAP_UNOPTIMIZED ON)
    endif()
  endforeach()
endfunction()
