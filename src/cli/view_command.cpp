// `chronomap view FILE [view options]`: the same renderer in a window. Drag to pan, wheel
// to zoom, T for the theme, F to fit the events again, S to save a screenshot, Q or Esc to
// quit. The full explorer (timeline, filters, panels) is a separate issue.
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/subcommands.h"
#include "cli/view_options.h"
#include "core/atomic_file.h"
#include "core/event_placement.h"
#include "core/geodata_paths.h"
#include "platform/glfw_window_target.h"
#include "render/image_io.h"
#include "render/map_renderer.h"

namespace chronomap::cli {
namespace {

struct ViewCommandOptions {
    std::string file, geodata, screenshot = "chronomap-view.png";
    ViewOptions view;
    double seconds = 0;  // 0: until closed
};

// Input turns into ViewState changes; the renderer draws whatever the state says.
struct Interaction {
    ViewState* view = nullptr;
    MapRenderer* renderer = nullptr;
    GlfwWindowTarget* target = nullptr;
    bool dragging = false;
    double last_x = 0, last_y = 0;
    bool dirty = true;
    bool screenshot = false;

    // Pins the camera where it is now, so pans and zooms start from what is on screen.
    MapView pin_camera() {
        MapView map = renderer->map_view(*view);
        view->camera.mode = CameraMode::center;
        view->camera.center = world_to_lonlat(map.center);
        view->camera.zoom = map.zoom;
        return map;
    }
    void pan(double dx, double dy) {  // window coordinates = logical pixels
        MapView map = pin_camera();
        WorldPoint c{map.center.x - dx / map.world_size(), map.center.y - dy / map.world_size()};
        c.x = std::clamp(c.x, 0.0, 1.0), c.y = std::clamp(c.y, 0.0, 1.0);
        view->camera.center = world_to_lonlat(c);
        dirty = true;
    }
    void zoom_at(double x, double y, double steps) {
        MapView map = pin_camera();
        WorldPoint under = map.pixel_to_world({x, y});
        double zoom = std::clamp(map.zoom + steps, kMinZoom, kMaxZoom);
        MapView after = map;
        after.zoom = zoom;
        // Keep the point under the cursor in place.
        WorldPoint moved = after.pixel_to_world({x, y});
        WorldPoint c{map.center.x + under.x - moved.x, map.center.y + under.y - moved.y};
        view->camera.center = world_to_lonlat(c);
        view->camera.zoom = zoom;
        dirty = true;
    }
};

Interaction& interaction_of(GLFWwindow* window) {
    return *static_cast<Interaction*>(glfwGetWindowUserPointer(window));
}

void install_callbacks(GLFWwindow* window) {
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int) {
        Interaction& in = interaction_of(w);
        if (button != GLFW_MOUSE_BUTTON_LEFT) return;
        in.dragging = action == GLFW_PRESS;
        glfwGetCursorPos(w, &in.last_x, &in.last_y);
    });
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
        Interaction& in = interaction_of(w);
        if (in.dragging) in.pan(x - in.last_x, y - in.last_y);
        in.last_x = x, in.last_y = y;
    });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double dy) {
        Interaction& in = interaction_of(w);
        double x = 0, y = 0;
        glfwGetCursorPos(w, &x, &y);
        in.zoom_at(x, y, dy * 0.5);
    });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int) {
        if (action == GLFW_RELEASE) return;
        Interaction& in = interaction_of(w);
        int width = 0, height = 0;
        glfwGetWindowSize(w, &width, &height);
        switch (key) {
            case GLFW_KEY_ESCAPE:
            case GLFW_KEY_Q: glfwSetWindowShouldClose(w, GLFW_TRUE); break;
            case GLFW_KEY_T: in.view->theme = in.view->theme == Theme::light ? Theme::dark : Theme::light; break;
            case GLFW_KEY_F: in.view->camera.mode = CameraMode::fit_events; break;
            case GLFW_KEY_EQUAL:
            case GLFW_KEY_KP_ADD: in.zoom_at(width / 2.0, height / 2.0, 0.5); break;
            case GLFW_KEY_MINUS:
            case GLFW_KEY_KP_SUBTRACT: in.zoom_at(width / 2.0, height / 2.0, -0.5); break;
            case GLFW_KEY_LEFT: in.pan(60, 0); break;
            case GLFW_KEY_RIGHT: in.pan(-60, 0); break;
            case GLFW_KEY_UP: in.pan(0, 60); break;
            case GLFW_KEY_DOWN: in.pan(0, -60); break;
            case GLFW_KEY_S:
                in.screenshot = true;
                in.target->request_capture();  // the next frame is read back before it is shown
                break;
            default: return;
        }
        in.dirty = true;
    });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { interaction_of(w).dirty = true; });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { interaction_of(w).dirty = true; });
}

int run_view(const ViewCommandOptions& options) {
    Parsed<ViewState> parsed = view_state_from_options(options.view);
    if (!parsed) {
        std::cerr << "chronomap view: " << parsed.error << "\n";
        return kExitUsage;
    }
    ViewState view = *parsed.value;
    LoadResult loaded = load_and_report(options.file, {});
    if (!loaded.store) return exit_code_for(loaded);
    std::filesystem::path geodata = geodata_dir(options.geodata);
    PlacementReport placement = place_and_report(*loaded.store, geodata, options.file);

    std::unique_ptr<GlfwWindowTarget> target;
    try {
        target = std::make_unique<GlfwWindowTarget>(view.width, view.height, "chronomap: " + options.file);
    } catch (const NoGraphicsError& e) {
        std::cerr << "chronomap view: no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    MapRenderer renderer(*loaded.store, geodata);
    Interaction interaction{&view, &renderer, target.get()};
    glfwSetWindowUserPointer(target->window(), &interaction);
    install_callbacks(target->window());
    std::cerr << "chronomap view: " << target->description()
              << "\n  drag: pan   wheel or +/-: zoom   arrows: pan   T: theme   F: fit   S: screenshot   Q: quit\n";

    double started = glfwGetTime();
    while (!glfwWindowShouldClose(target->window())) {
        if (interaction.dirty) {
            view.pixel_scale = target->content_scale();
            target->begin_frame();
            renderer.draw(view, {0, 0, target->width(), target->height()});
            target->end_frame();
            interaction.dirty = false;
        }
        if (interaction.screenshot) {
            interaction.screenshot = false;
            try {
                write_png(options.screenshot, target->read_pixels());
                std::cerr << "chronomap view: saved " << options.screenshot << "\n";
            } catch (const WriteError& e) {
                std::cerr << "chronomap view: " << e.what() << "\n";
            }
        }
        glfwWaitEventsTimeout(0.25);
        if (options.seconds > 0 && glfwGetTime() - started > options.seconds) break;
    }
    // The view as the user left it: the start of a story slide.
    if (std::string error = save_state_if_asked(options.view, view); !error.empty()) {
        std::cerr << "chronomap view: " << error << "\n";
        return kExitWriteFailed;
    }
    if (!options.view.save_state.empty()) std::cerr << "chronomap view: saved the view state in " << options.view.save_state << "\n";
    return placement.unplaced() ? kExitProblems : exit_code_for(loaded);
}

}  // namespace

Subcommand add_view_command(CLI::App& app) {
    auto options = std::make_shared<ViewCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "view", "Show the map of an event file in a window (drag to pan, wheel to zoom, T: theme).");
    command->add_option("FILE", options->file, "Event file (chronomap JSON)")->required();
    add_view_options(*command, options->view);
    command->add_option("--geodata", options->geodata, "Folder with the basemap (default: found next to chronomap)");
    command->add_option("--screenshot", options->screenshot, "Where the S key saves the window (PNG)");
    command->add_option("--seconds", options->seconds, "Close after this many seconds (for scripts and tests)");
    return {command, [options] { return run_view(*options); }};
}

}  // namespace chronomap::cli
