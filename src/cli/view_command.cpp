// `chronomap view FILE [view options]`: the explorer in a window (Dear ImGui over GLFW):
// the map, the scrubbable timeline, filters, details and geocode review.
//
// `--screenshot OUT.png --frames N` draws N frames, saves the whole window (panels
// included) and exits: for tests, docs and the README. `--session FILE` reopens a saved
// session (camera, time window, mode, filters, selection) and saves it again on quit.
#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <iostream>
#include <memory>

#include "app/explorer.h"
#include "app/explorer_frame.h"
#include "app/session_file.h"
#include "cli/subcommands.h"
#include "cli/view_options.h"
#include "postgis/pg_connection.h"
#include "core/io/atomic_file.h"
#include "core/i18n/ui_words.h"
#include "core/io/geodata_paths.h"
#include "platform/glfw_window_target.h"
#include "render/image_io.h"

namespace chronomap::cli {
namespace {

struct ViewCommandOptions {
    std::string file, geodata, screenshot, session;
    ViewOptions view;
    SourceOptions source;
    int frames = 0;       // with --screenshot: frames to draw before saving and exiting
    std::string tab;      // --tab: the side panel's tab shown first
    double seconds = 0;   // 0: until closed
};

SideTab parse_side_tab(const std::string& name) {
    if (name == "filters") return SideTab::filters;
    if (name == "details") return SideTab::details;
    if (name == "review") return SideTab::review;
    if (name == "story") return SideTab::story;
    if (name == "layers") return SideTab::layers;
    return SideTab::none;
}

int run_view(const ViewCommandOptions& options) {
    Parsed<ViewState> parsed = view_state_from_options(options.view);
    if (!parsed) {
        std::cerr << "chronomap view: " << parsed.error << "\n";
        return kExitUsage;
    }
    ViewState view = *parsed.value;
    std::string file = options.file;
    bool view_from_user = !options.view.time.empty() || !options.view.center.empty() || !options.view.bbox.empty() ||
                          !options.view.state.empty();
    if (!options.session.empty()) {
        std::string error;
        if (!read_session(options.session, view, file, error)) {
            std::cerr << "chronomap view: " << error << "\n";
            return kExitBadInput;
        }
        view_from_user = view_from_user || std::filesystem::exists(options.session);
    }
    if (file.empty()) {
        std::cerr << "chronomap view: name an event file (or a --session that names one)\n";
        return kExitUsage;
    }

    std::unique_ptr<GlfwWindowTarget> target;
    try {
        target = std::make_unique<GlfwWindowTarget>(view.width, view.height, "chronomap: " + postgis::redact_password(file));
    } catch (const NoGraphicsError& e) {
        std::cerr << "chronomap view: no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    ImGuiSession imgui(target->content_scale());
    ImGui_ImplGlfw_InitForOpenGL(target->window(), true);

    ExplorerOptions explorer_options{geodata_dir(options.geodata), view, view_from_user, options.session, options.source,
                                     {.keep_coordinates = options.view.keep_coordinates}, options.view.lang};
    explorer_options.tab = parse_side_tab(options.tab);
    Explorer explorer(std::move(explorer_options));
    glfwSetWindowUserPointer(target->window(), &explorer.state());
    glfwSetDropCallback(target->window(), [](GLFWwindow* window, int count, const char** paths) {
        auto* state = static_cast<ExplorerState*>(glfwGetWindowUserPointer(window));
        for (int k = 0; k < count; ++k) state->dropped_files.emplace_back(paths[k]);
    });
    bool opened = explorer.open(file);
    for (const Diagnostic& d : explorer.state().file.problems) std::cerr << d.format() << "\n";
    std::cerr << "chronomap view: " << target->description()
              << "\n  " << word(UiWord::view_keys_hint, explorer.state().file.language) << "\n";

    double started = glfwGetTime(), last = started;
    int frame = 0;
    while (!glfwWindowShouldClose(target->window()) && !explorer.quit_requested()) {
        // Idle: wait for input (a playing timeline or a drag keeps frames coming).
        // A server's window being fetched keeps them coming too, so its answer shows at once.
        bool busy = explorer.state().playback.playing || ImGui::IsAnyMouseDown() || frame < 3 || options.frames > 0 ||
                    explorer.waiting_for_server();
        if (busy)
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.1);
        std::vector<std::string> dropped = std::move(explorer.state().dropped_files);
        explorer.state().dropped_files.clear();
        for (const std::string& path : dropped) explorer.open(path);
        double now = glfwGetTime();
        // The screenshot waits (up to 20 s more) for a server's window to arrive.
        bool waiting = explorer.waiting_for_server() && now - started < 20;
        bool capture = !options.screenshot.empty() && options.frames > 0 && frame + 1 >= options.frames && !waiting;
        if (capture) target->request_capture();
        ImGui_ImplGlfw_NewFrame();
        explorer_frame(explorer, *target, now - last);
        last = now;
        ++frame;
        if (capture) {
            try {
                write_png(options.screenshot, target->read_pixels());
                std::cerr << "chronomap view: saved the window as " << options.screenshot << "\n";
            } catch (const WriteError& e) {
                std::cerr << "chronomap view: " << e.what() << "\n";
                return kExitWriteFailed;
            }
            break;
        }
        if (options.seconds > 0 && now - started > options.seconds) break;
    }
    ImGui_ImplGlfw_Shutdown();
    if (std::string error = explorer.save_session(); !error.empty()) {
        std::cerr << "chronomap view: could not save the session: " << error << "\n";
        return kExitWriteFailed;
    }
    // The view as the user left it: the start of a story slide.
    if (std::string error = save_state_if_asked(options.view, explorer.state().view); !error.empty()) {
        std::cerr << "chronomap view: " << error << "\n";
        return kExitWriteFailed;
    }
    if (!opened) return kExitBadInput;
    return explorer.state().file.placement.has_problems() ? kExitProblems : kExitOk;
}

}  // namespace

Subcommand add_view_command(Command app) {
    auto options = std::make_shared<ViewCommandOptions>();
    Command command = app.add_subcommand(
        "view", "Explore an event file: the map with a scrubbable timeline, filters, details and place review.");
    command.add_option("FILE", options->file,
                        "Event file: chronomap JSON, ACLED/UCDP/GDELT CSV, XLSX, GeoJSON, KML, GeoPackage ...");
    add_view_options(command, options->view);
    add_source_options(command, options->source);
    command.add_option("--geodata", options->geodata, "Folder with the basemap (default: found next to chronomap)");
    command.add_option("--session", options->session,
                        "Session file: reopened if it exists, saved on quit (camera, time window, filters, selection)");
    command.add_option("--screenshot", options->screenshot,
                        "Save the whole window as PNG after --frames frames, then exit (for docs and tests)");
    command.add_option("--frames", options->frames, "Frames to draw before --screenshot (default: 0, no screenshot)");
    command.add_option("--tab", options->tab, "The side panel's tab shown first (for screenshots): filters, details, "
                                               "review, story or layers")
        .one_of({"filters", "details", "review", "story", "layers"});
    command.add_option("--seconds", options->seconds, "Close after this many seconds (for scripts and tests)");
    return {command, [options] { return run_view(*options); }};
}

}  // namespace chronomap::cli
