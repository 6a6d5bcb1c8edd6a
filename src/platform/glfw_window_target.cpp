#include "platform/glfw_window_target.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>

#include "render/gl_check.h"

namespace chronomap {
namespace {
std::string last_glfw_error() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown GLFW error";
}
}  // namespace

bool display_available() {
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY");
}

GlfwWindowTarget::GlfwWindowTarget(int width, int height, const std::string& title) {
    if (!display_available())
        throw NoGraphicsError("no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run this on a desktop, "
                              "or use `chronomap render FILE -o map.png` to render without a display");
    if (!glfwInit()) throw NoGraphicsError("cannot initialise GLFW: " + last_glfw_error());
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 0);  // see create_headless_target: the basemap cache multisamples
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_) {
        std::string why = last_glfw_error();
        glfwTerminate();
        throw NoGraphicsError("cannot open an OpenGL 3.3 core window: " + why +
                              ". Install Mesa (sudo apt-get install libgl1-mesa-dri libglx-mesa0) or a GPU driver");
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
}

GlfwWindowTarget::~GlfwWindowTarget() {
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

int GlfwWindowTarget::width() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int GlfwWindowTarget::height() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

double GlfwWindowTarget::content_scale() const {
    int window_width = 0, window_height = 0;
    glfwGetWindowSize(window_, &window_width, &window_height);
    return window_width > 0 ? static_cast<double>(width()) / window_width : 1.0;
}

void GlfwWindowTarget::begin_frame() {
    glfwMakeContextCurrent(window_);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width(), height());
}

void GlfwWindowTarget::end_frame() {
    if (capture_requested_) {
        captured_ = read_back_buffer();
        capture_requested_ = false;
    }
    glfwSwapBuffers(window_);
}

Image GlfwWindowTarget::read_pixels() { return captured_; }

Image GlfwWindowTarget::read_back_buffer() {
    Image image;
    image.width = width(), image.height = height();
    image.rgba.resize(static_cast<size_t>(image.width) * image.height * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, image.width, image.height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    CHRONOMAP_GL_CHECK("reading the window back");
    size_t row = static_cast<size_t>(image.width) * 4;
    for (int y = 0; y < image.height / 2; ++y)
        std::swap_ranges(image.rgba.begin() + static_cast<std::ptrdiff_t>(y * row),
                         image.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                         image.rgba.begin() + static_cast<std::ptrdiff_t>((image.height - 1 - y) * row));
    return image;
}

std::string GlfwWindowTarget::description() const { return current_gl_description() + " (GLFW window)"; }

}  // namespace chronomap
