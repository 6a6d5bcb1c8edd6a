#include "render/shader_program.h"

#include <vector>

#include "render/gl_check.h"

namespace chronomap {
namespace {
std::string info_log(GLuint object, bool is_program) {
    GLint length = 0;
    is_program ? glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length) : glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<size_t>(std::max(length, 1)));
    is_program ? glGetProgramInfoLog(object, length, nullptr, log.data())
               : glGetShaderInfoLog(object, length, nullptr, log.data());
    return std::string(log.data());
}

GLuint compile(GLenum stage, const char* source, const std::string& name) {
    GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        std::string log = info_log(shader, false);
        glDeleteShader(shader);
        throw GlError("shader " + name + (stage == GL_VERTEX_SHADER ? ".vert" : ".frag") +
                      ".glsl does not compile:\n" + log);
    }
    return shader;
}
}  // namespace

ShaderProgram::ShaderProgram(std::string name, const char* vertex_source, const char* fragment_source)
    : name_(std::move(name)) {
    GLuint vertex = compile(GL_VERTEX_SHADER, vertex_source, name_);
    GLuint fragment = 0;
    try {
        fragment = compile(GL_FRAGMENT_SHADER, fragment_source, name_);
    } catch (...) {
        glDeleteShader(vertex);
        throw;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vertex);
    glAttachShader(program_, fragment);
    glLinkProgram(program_);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        std::string log = info_log(program_, true);
        glDeleteProgram(program_);
        throw GlError("shader program " + name_ + " does not link:\n" + log);
    }
    CHRONOMAP_GL_CHECK("shader program creation");
}

ShaderProgram::~ShaderProgram() { glDeleteProgram(program_); }

GLint ShaderProgram::uniform(const char* uniform_name) {
    auto found = uniforms_.find(uniform_name);
    if (found != uniforms_.end()) return found->second;
    GLint location = glGetUniformLocation(program_, uniform_name);
    uniforms_.emplace(uniform_name, location);
    return location;
}

}  // namespace chronomap
