# Included by geodata/CMakeLists.txt when CHRONOMAP_PREBUILT_GEODATA names the geodata folder
# of another build (scripts/test-sanitized passes build/geodata): the compiled data is copied
# from there instead of being compiled again by sanitized tools (the 10 m basemap alone took
# 53 s under ASan, the rivers and regions over ten minutes). The builders still run
# sanitized, on smaller inputs, in the test `geodata_builders` (label "sanitized").
set(_prebuilt ${CHRONOMAP_PREBUILT_GEODATA})
set(_prebuilt_sources ${_prebuilt}/../geodata-src)
foreach(name gazetteer.idx basemap-110m.bin basemap-50m.bin basemap-10m.bin place-names.tsv
             geography.bin region-names.tsv region-shapes.bin)
  if(NOT EXISTS ${_prebuilt}/${name})
    message(FATAL_ERROR "CHRONOMAP_PREBUILT_GEODATA: ${_prebuilt}/${name} is missing; build the "
                        "geodata there first (cmake --build build --target chronomap_gazetteer_data "
                        "basemap place_names geography)")
  endif()
endforeach()
function(chronomap_copy_geodata out_list)
  set(outputs)
  foreach(name ${ARGN})
    add_custom_command(OUTPUT ${CHRONOMAP_GEODATA_DIR}/${name}
      COMMAND ${CMAKE_COMMAND} -E copy ${_prebuilt}/${name} ${CHRONOMAP_GEODATA_DIR}/${name}
      DEPENDS ${_prebuilt}/${name}
      VERBATIM)
    list(APPEND outputs ${CHRONOMAP_GEODATA_DIR}/${name})
  endforeach()
  set(${out_list} ${outputs} PARENT_SCOPE)
endfunction()

set(CHRONOMAP_GAZETTEER_INDEX ${CHRONOMAP_GEODATA_DIR}/gazetteer.idx CACHE INTERNAL "")
chronomap_copy_geodata(_gazetteer gazetteer.idx)
foreach(name aliases.tsv exonyms.tsv)  # curated, from the sources as in the normal build
  add_custom_command(OUTPUT ${CHRONOMAP_GEODATA_DIR}/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/${name} ${CHRONOMAP_GEODATA_DIR}/${name}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}
    VERBATIM)
  list(APPEND _gazetteer ${CHRONOMAP_GEODATA_DIR}/${name})
endforeach()
add_custom_target(chronomap_gazetteer_data ALL DEPENDS ${_gazetteer})
chronomap_copy_geodata(_basemap basemap-110m.bin basemap-50m.bin basemap-10m.bin)
add_custom_target(basemap ALL DEPENDS ${_basemap})
# The place names are compiled (about 2 s), not copied: they hold this tree's exonyms.tsv,
# which another build's copy would not (a worktree configured on the main build's geodata).
set(CHRONOMAP_PLACE_NAMES ${CHRONOMAP_GEODATA_DIR}/place-names.tsv)
add_custom_command(OUTPUT ${CHRONOMAP_PLACE_NAMES}
  COMMAND chronomap-build-place-names
          ${_prebuilt_sources}/world-atlas/countries-50m.json
          ${_prebuilt_sources}/${CHRONOMAP_COUNTRIES_PACKAGE}
          ${_prebuilt_sources}/${CHRONOMAP_CITIES_PACKAGE}/dist/cities500.txt
          ${CMAKE_CURRENT_SOURCE_DIR}/exonyms.tsv ${CHRONOMAP_PLACE_NAMES} ${CHRONOMAP_PLACE_NAMES_NOTE}
  DEPENDS chronomap-build-place-names ${_prebuilt}/place-names.tsv ${CMAKE_CURRENT_SOURCE_DIR}/exonyms.tsv
  COMMENT "Compiling the basemap's place names from ${_prebuilt_sources}"
  VERBATIM)
add_custom_target(place_names ALL DEPENDS ${CHRONOMAP_PLACE_NAMES})
set(CHRONOMAP_REGION_SHAPES ${CHRONOMAP_GEODATA_DIR}/region-shapes.bin)
chronomap_copy_geodata(_geography geography.bin region-names.tsv region-shapes.bin)
add_custom_target(geography ALL DEPENDS ${_geography})

# What tests/CMakeLists.txt's `geodata_builders` test needs (testing is enabled after geodata/).
set(CHRONOMAP_GEODATA_BUILDERS_TEST_ARGS
    ${_prebuilt_sources} ${_prebuilt} ${CMAKE_CURRENT_BINARY_DIR}/builders-test
    ${CHRONOMAP_CITIES_PACKAGE} ${CHRONOMAP_COUNTRIES_PACKAGE} ${CHRONOMAP_REGIONS_PACKAGE}
    ${CMAKE_CURRENT_SOURCE_DIR}/exonyms.tsv CACHE INTERNAL "")
