// The presentation window: full-screen on --monitor N (or --windowed), keys a clicker
// sends, flights between slides. Input becomes Presenter calls; the renderer and the caption
// layer draw Presenter::view_at(now), as the exports do.
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <iostream>

#include "core/text/counted.h"
#include "cli/cli_common.h"
#include "cli/present.h"
#include "cli/render_server.h"
#include "core/i18n/language.h"
#include "core/sources/frame_windows.h"
#include "core/sources/source_uri.h"
#include "postgis/postgis_source.h"
#include "core/io/atomic_file.h"
#include "core/story/presenter.h"
#include "platform/glfw_window_target.h"
#include "render/caption_layer.h"
#include "render/image_io.h"
#include "render/map_renderer.h"

namespace chronomap::cli {
namespace {

// The window of the slide shown, from a table: asked when the slide is chosen, placed, then
// drawn (the explorer's rule, load_view_window).
class SlideWindows {
  public:
    SlideWindows(const LoadedStory& loaded, std::string lang)
        : loaded_(loaded), lang_(std::move(lang)), source_(postgis::make_postgis_source(loaded.events_path.string(), {})) {}
    // kExitOk, or kExitServerLost with the reason printed (the last window stays).
    int fetch(const ViewState& view) {
        WindowContent content = load_view_window(*source_, still_query(view, loaded_.table_box));
        if (!content.rows.store) {
            print_diagnostics(content.rows.diagnostics, std::cerr);
            return kExitServerLost;
        }
        std::vector<Diagnostic> problems;
        const std::string shown = redact_password(loaded_.events_path.string());
        problems_ = place_for_drawing(*content.rows.store, loaded_.geodata, shown, problems).has_problems() || problems_;
        print_diagnostics(problems, std::cerr);
        apply_display_language(*content.rows.store, lang_);
        next_ = std::make_unique<WindowContent>(std::move(content));
        return kExitOk;
    }
    const EventStore& store() const { return *(next_ ? next_ : shown_)->rows.store; }
    // The window fetched last into the renderer and the caption.
    void show(MapRenderer& renderer, CaptionLayer* caption) {
        if (!next_) return;
        renderer.replace_store(*next_->rows.store, loaded_.table_box);
        renderer.set_density_grid(next_->grid);
        if (caption) caption->set_store(*next_->rows.store);
        shown_ = std::move(next_);  // the window before is freed once the renderer has moved on
    }
    bool placement_problems() const { return problems_; }

  private:
    const LoadedStory& loaded_;
    std::string lang_;
    std::unique_ptr<EventSource> source_;
    std::unique_ptr<WindowContent> shown_, next_;
    bool problems_ = false;
};


struct Session {
    Presenter* presenter = nullptr;
    GlfwWindowTarget* target = nullptr;
    int windowed_x = 80, windowed_y = 60, windowed_width = 1600, windowed_height = 1000;
};

Session& session_of(GLFWwindow* window) {
    return *static_cast<Session*>(glfwGetWindowUserPointer(window));
}

GLFWmonitor* monitor_at(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count == 0) return nullptr;
    return monitors[std::clamp(index, 0, count - 1)];
}

void set_full_screen(GLFWwindow* window, Session& s, bool full, int monitor_index) {
    if (full) {
        GLFWmonitor* monitor = monitor_at(monitor_index);
        if (!monitor) return;
        glfwGetWindowPos(window, &s.windowed_x, &s.windowed_y);
        glfwGetWindowSize(window, &s.windowed_width, &s.windowed_height);
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, s.windowed_x, s.windowed_y, s.windowed_width,
                             s.windowed_height, 0);
    }
}

int monitor_index = 0;

void on_key(GLFWwindow* window, int key, int, int action, int) {
    if (action == GLFW_RELEASE) return;
    Session& s = session_of(window);
    Presenter& p = *s.presenter;
    double now = glfwGetTime();
    switch (key) {
        case GLFW_KEY_RIGHT:
        case GLFW_KEY_SPACE:
        case GLFW_KEY_PAGE_DOWN:
        case GLFW_KEY_DOWN:
            p.next(now);
            break;
        case GLFW_KEY_LEFT:
        case GLFW_KEY_PAGE_UP:
        case GLFW_KEY_UP:
        case GLFW_KEY_BACKSPACE:
            p.previous(now);
            break;
        case GLFW_KEY_HOME:
            p.first(now);
            break;
        case GLFW_KEY_END:
            p.last(now);
            break;
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER:
            p.enter(now);
            break;
        case GLFW_KEY_B:
        case GLFW_KEY_PERIOD:
            p.toggle_blank();
            break;  // clickers send "." for blank
        case GLFW_KEY_F:
            set_full_screen(window, s, glfwGetWindowMonitor(window) == nullptr, monitor_index);
            break;
        case GLFW_KEY_ESCAPE:
        case GLFW_KEY_Q:
            glfwSetWindowShouldClose(window, GLFW_TRUE);
            break;
        default:
            if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9)
                p.type_digit(key - GLFW_KEY_0);
            else if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9)
                p.type_digit(key - GLFW_KEY_KP_0);
            break;
    }
}

}  // namespace

int present_in_window(const PresentOptions& options, LoadedStory& loaded) {
    monitor_index = options.monitor;
    if (std::string error = apply_overlays(options, loaded.story); !error.empty()) {
        std::cerr << kPresentCommand << ": " << error << "\n";
        return kExitUsage;
    }
    std::unique_ptr<GlfwWindowTarget> target;
    try {
        target = std::make_unique<GlfwWindowTarget>(1600, 1000, "chronomap: " + loaded.story.title);
    } catch (const NoGraphicsError& e) {
        std::cerr << kPresentCommand << ": no graphics: " << e.what()
                  << "\n  Export without a display instead: " << kPresentCommand << " " << options.story
                  << " --export slides/\n";
        return kExitNoGraphics;
    }
    // A deck on a table: each slide's window is fetched when the slide is chosen (its flight
    // starts when it has come); the renderer starts from the first slide's.
    std::optional<SlideWindows> server;
    if (loaded.from_server) {
        server.emplace(loaded, options.lang);
        int code = server->fetch(loaded.story.slides[static_cast<size_t>(options.start - 1)].view);
        if (code != kExitOk) return code;
    }
    const EventStore& store = server ? server->store() : *loaded.events.store;
    MapRenderer renderer(store, loaded.geodata);
    if (server) server->show(renderer, nullptr);
    auto caption_layer = std::make_unique<CaptionLayer>(store, renderer.font_atlas());
    CaptionLayer* caption = caption_layer.get();
    renderer.add_layer(std::move(caption_layer));
    Presenter presenter(
        loaded.story.slides, [&](const ViewState& v) { return renderer.map_view(v); },
        static_cast<size_t>(options.start - 1));
    size_t fetched_for = presenter.slide();
    Session session{&presenter, target.get()};
    GLFWwindow* window = target->window();
    glfwSetWindowUserPointer(window, &session);
    glfwSetKeyCallback(window, on_key);
    if (!options.windowed) set_full_screen(window, session, true, options.monitor);
    std::cerr
        << kPresentCommand << ": " << loaded.story.title << ", " << counted(presenter.count(), "slide", "slides") << "; "
        << target->description()
        << "\n  Right/Space/PageDown: next   Left/PageUp: previous   Home/End   number+Enter: jump"
           "   B: blank   F: full-screen   Esc: quit\n";

    int frames = 0;
    int wanted_frames = options.screenshot.empty() ? 0 : std::max(options.frames, 3);
    while (!glfwWindowShouldClose(window)) {
        double now = glfwGetTime();
        presenter.tick(now, options.auto_advance);
        double scale = target->content_scale();
        presenter.set_viewport(static_cast<int>(std::lround(target->width() / scale)),
                               static_cast<int>(std::lround(target->height() / scale)), scale);
        if (server && presenter.slide() != fetched_for) {
            fetched_for = presenter.slide();
            // The slide's own view (where its flight ends), at the window's size; a server
            // that went away leaves the last window on screen and is asked again next slide.
            if (server->fetch(presenter.view_at(now + 3600)) == kExitOk) server->show(renderer, caption);
            now = glfwGetTime();
        }
        if (wanted_frames && frames + 1 == wanted_frames) target->request_capture();
        target->begin_frame();
        if (presenter.blank()) {
            glClearColor(0, 0, 0, 1);
            glClear(GL_COLOR_BUFFER_BIT);
        } else {
            caption->set_content(caption_for_slide(loaded.story, presenter.slide()));
            caption->set_visible(!presenter.in_transition(now));
            renderer.draw(presenter.view_at(now), {0, 0, target->width(), target->height()});
        }
        target->end_frame();
        ++frames;
        if (wanted_frames && frames == wanted_frames) {
            try {
                write_png(options.screenshot, target->read_pixels());
                std::cout << "wrote " << options.screenshot << " (slide " << presenter.slide() + 1
                          << ")\n";
            } catch (const WriteError& e) {
                std::cerr << kPresentCommand << ": " << e.what() << "\n";
                return kExitWriteFailed;
            }
            break;
        }
        // Redraw continuously while flying; otherwise wait for a key (or the auto-advance).
        if (presenter.in_transition(glfwGetTime()) || wanted_frames)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(options.auto_advance ? 0.1 : 0.5);
    }
    if (server) loaded.server_placement_problems = server->placement_problems();
    return present_exit_code(loaded);
}

}  // namespace chronomap::cli
