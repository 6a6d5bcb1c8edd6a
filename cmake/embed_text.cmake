# Turns one web page asset (src/web/*.html, .css, .js) into a C++ header holding it as a
# string, so the pages stay real files that editors and linters read (run by the build, see
# src/cli/CMakeLists.txt). Usage: cmake -DINPUT=x.js -DOUTPUT=x.h -DNAME=kX -P embed_text.cmake
file(READ "${INPUT}" source)
get_filename_component(input_name "${INPUT}" NAME)
string(FIND "${source}" ")web\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )web\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from src/web/${input_name} by cmake/embed_text.cmake: do not modify.\n"
  "#pragma once\n\nnamespace chronomap::web {\n"
  "inline constexpr const char* ${NAME} = R\"web(${source})web\";\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
