// A linked GLSL program. Compile and link failures throw GlError carrying the GL info log.
#pragma once

#include <epoxy/gl.h>

#include <string>
#include <unordered_map>

namespace chronomap {

class ShaderProgram {
public:
    // `name` is used in error messages ("marker"); sources are the embedded shaders.
    ShaderProgram(std::string name, const char* vertex_source, const char* fragment_source);
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    void use() const { glUseProgram(program_); }
    // -1 when the program has no such active uniform (GL then ignores the set).
    GLint uniform(const char* uniform_name);

private:
    std::string name_;
    GLuint program_ = 0;
    std::unordered_map<std::string, GLint> uniforms_;
};

}  // namespace chronomap
