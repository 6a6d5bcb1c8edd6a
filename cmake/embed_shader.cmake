# Turns one GLSL file into a C++ header holding it as a string (run by the build, see
# src/render/CMakeLists.txt). Usage: cmake -DINPUT=x.glsl -DOUTPUT=x.h -DNAME=kX -P embed_shader.cmake
file(READ "${INPUT}" source)
get_filename_component(input_name "${INPUT}" NAME)
string(FIND "${source}" ")glsl\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )glsl\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from shaders/${input_name} by cmake/embed_shader.cmake: do not modify.\n"
  "#pragma once\n\nnamespace chronomap::shaders {\n"
  "inline constexpr const char* ${NAME} = R\"glsl(${source})glsl\";\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
