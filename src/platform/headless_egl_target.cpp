// Headless rendering through EGL: Mesa's surfaceless platform (software llvmpipe or a GPU
// driver), else an EGL device (GPU machines without a display server), into an FBO.
#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <cstring>
#include <optional>
#include <string>

#include "render/offscreen_framebuffer.h"
#include "platform/headless_egl_target.h"

namespace chronomap {
namespace {

constexpr const char* kInstallHint =
    "chronomap renders through OpenGL 3.3 (EGL, no display needed). On Debian/Ubuntu install Mesa's "
    "EGL and software renderer: sudo apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri "
    "(or a GPU driver that provides EGL)";

bool has_extension(const char* list, const char* name) {
    if (!list) return false;
    size_t length = std::strlen(name);
    for (const char* p = list; (p = std::strstr(p, name)) != nullptr; p += length)
        if ((p == list || p[-1] == ' ') && (p[length] == ' ' || p[length] == '\0')) return true;
    return false;
}

std::string egl_error_text() {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "EGL error 0x%04x", static_cast<unsigned>(eglGetError()));
    return buffer;
}

EGLDisplay open_display(std::string& how) {
    const char* client = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (has_extension(client, "EGL_MESA_platform_surfaceless")) {
        EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
            how = "headless EGL, surfaceless";
            return display;
        }
    }
    if (has_extension(client, "EGL_EXT_platform_device")) {
        EGLDeviceEXT devices[8];
        EGLint count = 0;
        if (eglQueryDevicesEXT(8, devices, &count))
            for (EGLint i = 0; i < count; ++i) {
                EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
                if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
                    how = "headless EGL, device " + std::to_string(i);
                    return display;
                }
            }
    }
    return EGL_NO_DISPLAY;
}

class HeadlessEglTarget final : public RenderTarget {
public:
    HeadlessEglTarget(int width, int height, int samples) {
        // Without any EGL library, epoxy itself cannot resolve EGL entry points.
        if (!epoxy_has_egl()) throw NoGraphicsError(std::string("no EGL library found. ") + kInstallHint);
        display_ = open_display(how_);
        if (display_ == EGL_NO_DISPLAY)
            throw NoGraphicsError("no headless EGL display (tried Mesa surfaceless and EGL devices: " +
                                  egl_error_text() + "). " + kInstallHint);
        if (!eglBindAPI(EGL_OPENGL_API))
            throw NoGraphicsError("this EGL has no desktop OpenGL (" + egl_error_text() + "). " + kInstallHint);
        // We draw into our own framebuffer object: any config (or none) will do.
        const EGLint config_attributes[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                            EGL_NONE};
        EGLConfig config = EGL_NO_CONFIG_KHR;
        EGLint count = 0;
        if ((!eglChooseConfig(display_, config_attributes, &config, 1, &count) || count == 0) &&
            !has_extension(eglQueryString(display_, EGL_EXTENSIONS), "EGL_KHR_no_config_context"))
            throw NoGraphicsError("EGL offers no OpenGL configuration (" + egl_error_text() + "). " + kInstallHint);
        if (count == 0) config = EGL_NO_CONFIG_KHR;
        const EGLint context_attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                             EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                             EGL_NONE};
        context_ = eglCreateContext(display_, config, EGL_NO_CONTEXT, context_attributes);
        if (context_ == EGL_NO_CONTEXT)
            throw NoGraphicsError("cannot create an OpenGL 3.3 core context (" + egl_error_text() + "). " +
                                  kInstallHint);
        if (!eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_))
            throw NoGraphicsError("cannot use an OpenGL context without a surface (" + egl_error_text() +
                                  "; needs EGL_KHR_surfaceless_context). " + kInstallHint);
        framebuffer_.emplace(width, height, samples);
    }

    ~HeadlessEglTarget() override {
        framebuffer_.reset();  // GL objects go while the context is still current
        if (display_ != EGL_NO_DISPLAY) {
            eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            if (context_ != EGL_NO_CONTEXT) eglDestroyContext(display_, context_);
            eglTerminate(display_);
        }
    }

    int width() const override { return framebuffer_->width(); }
    int height() const override { return framebuffer_->height(); }
    void begin_frame() override {
        eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_);
        framebuffer_->bind_for_drawing();
    }
    void end_frame() override { framebuffer_->resolve(); }
    Image read_pixels() override { return framebuffer_->read(); }
    void read_pixels_into(Image& image) override { framebuffer_->read_into(image); }
    RowOrder read_pixels_unflipped_into(Image& image) override {
        framebuffer_->read_into(image, RowOrder::bottom_up);
        return RowOrder::bottom_up;
    }
    std::string description() const override { return current_gl_description() + " (" + how_ + ")"; }

private:
    EGLDisplay display_ = EGL_NO_DISPLAY;
    EGLContext context_ = EGL_NO_CONTEXT;
    std::string how_;
    std::optional<OffscreenFramebuffer> framebuffer_;
};

}  // namespace

std::unique_ptr<RenderTarget> create_headless_target(int width, int height, int samples) {
    return std::make_unique<HeadlessEglTarget>(width, height, samples);
}

}  // namespace chronomap
