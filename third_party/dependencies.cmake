# Every dependency is a Debian package (scripts/setup installs them); nothing is vendored.
find_package(nlohmann_json 3.10 REQUIRED)
find_package(simdjson REQUIRED)
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)
if(CHRONOMAP_BUILD_TESTS)
  find_package(doctest REQUIRED)
endif()
