#include "cli/web_story_export.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "cli/frame_recorder.h"
#include "cli/progress_bar.h"
#include "cli/render_server.h"
#include "cli/server_frames.h"
#include "cli/web_folder.h"
#include "cli/web_page.h"
#include "core/io/atomic_file.h"
#include "core/i18n/language.h"
#include "core/i18n/ui_words.h"
#include "core/story/caption_text.h"
#include "core/story/slide_sources.h"
#include "platform/headless_egl_target.h"
#include "render/map_renderer.h"
#include "web/story_css.h"
#include "web/story_html.h"
#include "web/story_js.h"

namespace chronomap::cli {
namespace {

// A desktop reading column; phones scale it down (the 2x image keeps it sharp).
constexpr int kDefaultWidth = 960, kDefaultHeight = 600;
constexpr float kWebpQuality = 88;  // map labels stay clean; lossless is 3-4x larger

std::string caption_html(const std::string& caption) {
    std::string out;
    for (const CaptionRun& run : parse_caption(caption)) {
        std::string text = escape_html(run.text);
        if (run.italic) text = "<em>" + text + "</em>";
        if (run.bold) text = "<strong>" + text + "</strong>";
        out += text;
    }
    return out;
}

std::string sources_html(const std::vector<SourceRef>& sources, DateLanguage language) {
    if (sources.empty()) return "";
    std::string heading = word(sources.size() == 1 ? UiWord::caption_source : UiWord::caption_sources, language);
    while (!heading.empty() && (heading.back() == ' ' || heading.back() == ':')) heading.pop_back();
    if (heading.size() >= 2 && heading.substr(heading.size() - 2) == "\xC2\xA0") heading.resize(heading.size() - 2);
    std::string out = "<h3 class=\"sources-heading\">" + escape_html(heading) + "</h3><ul class=\"sources\">";
    for (const SourceRef& source : sources) {
        std::string text = escape_html(source.text);
        if (!source.url.empty())
            text = "<a href=\"" + escape_html(source.url) + "\" rel=\"noopener\" target=\"_blank\">" + text + "</a>";
        if (!source.headline.empty()) text += " — <cite>" + escape_html(source.headline) + "</cite>";
        out += "<li>" + text + "</li>";
    }
    return out + "</ul>";
}

// The slide's view at the page's size: a centred camera keeps the extent the author framed
// at the deck's size (zoom follows the width), fits already adapt.
ViewState web_view(ViewState view, int width, int height) {
    if (view.camera.mode == CameraMode::center && view.width > 0)
        view.camera.zoom += std::log2(static_cast<double>(width) / view.width);
    view.width = width, view.height = height;
    view.pixel_scale = 1;
    return view;
}

}  // namespace

int export_story_web_page(const PresentOptions& options, LoadedStory& loaded) {
    if (std::string error = apply_overlays(options, loaded.story); !error.empty()) {
        std::cerr << kPresentCommand << ": " << error << "\n";
        return kExitUsage;
    }
    int width = kDefaultWidth, height = kDefaultHeight;
    if (!options.size.empty()) {
        auto parsed = parse_image_size(options.size);
        if (!parsed) {
            std::cerr << kPresentCommand << ": --size: " << parsed.error << "\n";
            return kExitUsage;
        }
        std::tie(width, height) = *parsed.value;
    }
    if (!options.scale.empty())
        std::cerr << kPresentCommand << ": note: --scale is ignored for a web page (its maps come at 1x and 2x)\n";
    std::filesystem::path output = options.export_to;
    // The folder form: DIR/index.html with the maps as files beside it (slides/01.webp ...).
    const bool as_folder = !is_web_page_path(output);
    if (as_folder && !names_a_folder(options.export_to) && output.has_extension()) {
        std::cerr << kPresentCommand << ": --export " << output.string()
                  << ": with --web, name a folder (DIR/) or a page (OUT.html)\n";
        return kExitUsage;
    }
    std::string error = as_folder ? WebFolder::check(output) : check_writable_target(output);
    if (!error.empty()) {
        std::cerr << kPresentCommand << ": --export " << output.string() << ": " << error << "\n";
        return kExitWriteFailed;
    }
    auto begin = std::chrono::steady_clock::now();
    // A deck on a table: each slide's window from the server (server_frames.h), never the table.
    std::unique_ptr<ServerFrames> server;
    if (loaded.from_server) {
        std::vector<SourceQuery> queries;
        for (const Slide& slide : loaded.story.slides)
            queries.push_back(still_query(web_view(slide.view, width, height), loaded.table_box));
        server = std::make_unique<ServerFrames>(loaded.events_path.string(), std::move(queries),
                                                ServerFramesOptions{{}, loaded.geodata, {}, options.lang});
    }
    // The store the slide's map draws: the file's, or the slide's window.
    auto store_of = [&](size_t i) -> const EventStore& {
        return server ? *server->frame(i).content.rows.store : *loaded.events.store;
    };
    // One target and renderer per scale: a renderer's GL objects live in its target's context.
    struct Pass {
        std::unique_ptr<RenderTarget> target;
        std::unique_ptr<MapRenderer> renderer;
    } passes[2];
    DateLanguage language{};
    try {
        const EventStore& first = store_of(0);
        language = display_language(first);
        for (int scale : {1, 2}) {
            passes[scale - 1].target = create_headless_target(width * scale, height * scale);
            passes[scale - 1].renderer = std::make_unique<MapRenderer>(first, loaded.geodata);
        }
    } catch (const FrameSourceError& e) {
        std::cerr << kPresentCommand << ": " << e.what() << "; " << output.string() << " was not written\n";
        return kExitServerLost;
    } catch (const NoGraphicsError& e) {
        std::cerr << kPresentCommand << ": no graphics: " << e.what() << "\n";
        return kExitNoGraphics;
    }
    const ServerFrames::Drawer drawers[] = {{passes[0].renderer.get(), passes[0].target.get()},
                                            {passes[1].renderer.get(), passes[1].target.get()}};
    std::unique_ptr<WebFolder> folder;
    try {
        if (as_folder) folder = std::make_unique<WebFolder>(output);
    } catch (const WriteError& e) {
        std::cerr << kPresentCommand << ": " << e.what() << "\n";
        return kExitWriteFailed;
    }
    const size_t count = loaded.story.slides.size();
    std::string slides_html;
    size_t image_bytes = 0;
    ProgressBar progress(folder ? folder->target().filename().string() : output.filename().string(), count);
    for (size_t i = 0; i < count; ++i) {
        const Slide& slide = loaded.story.slides[i];
        ViewState view = web_view(slide.view, width, height);
        if (server) {
            try {
                server->show(i, drawers, loaded.table_box);
            } catch (const FrameSourceError& e) {
                std::cerr << "\n" << kPresentCommand << ": " << e.what() << "; " << output.string() << " was not written\n";
                return kExitServerLost;
            }
        }
        const EventStore& store = store_of(i);
        std::string sources[2];
        for (int scale : {1, 2}) {
            view.pixel_scale = scale;
            Pass& pass = passes[scale - 1];
            render_frame(*pass.renderer, view, *pass.target);
            try {
                std::string webp = encode_webp(pass.target->read_pixels(), kWebpQuality);
                image_bytes += webp.size();
                if (folder) {  // relative, so the folder works from disk, a server or an <iframe>
                    char name[40];
                    std::snprintf(name, sizeof name, "slides/%02zu%s.webp", i + 1, scale == 2 ? "@2x" : "");
                    folder->write(name, webp);
                    sources[scale - 1] = name;
                } else {
                    sources[scale - 1] = data_uri(webp, "image/webp");
                }
            } catch (const std::runtime_error& e) {
                std::cerr << kPresentCommand << ": slide " << i + 1 << ": " << e.what() << "\n";
                return kExitWriteFailed;
            }
        }
        view.pixel_scale = 1;
        MapRenderer& renderer = *passes[0].renderer;
        MapView map = renderer.map_view(view);
        std::vector<SourceRef> cited = event_source_refs(
            store, events_of_interest(store, view, 40, &map, renderer.filter_mask(view)), language);
        std::string alt = format_word(UiWord::web_map_of_slide, language, caption_plain_text(slide.title).c_str());
        std::string label = format_word(UiWord::web_slide_of, language, static_cast<int>(i + 1), static_cast<int>(count));
        std::string aspect = std::to_string(static_cast<double>(width) / height);
        slides_html += "<section class=\"slide\" id=\"slide-" + std::to_string(i + 1) +
                       "\" role=\"group\" aria-roledescription=\"slide\" aria-label=\"" + escape_html(label) + "\"" +
                       (i == 0 ? "" : " hidden") + ">\n<figure class=\"map\" style=\"aspect-ratio: " +
                       std::to_string(width) + " / " + std::to_string(height) + "; --aspect: " + aspect +
                       "\"><img src=\"" + sources[0] +
                       "\" srcset=\"" + sources[0] + " 1x, " + sources[1] + " 2x\" width=\"" + std::to_string(width) +
                       "\" height=\"" + std::to_string(height) + "\" alt=\"" + escape_html(alt) +
                       "\"></figure>\n<div class=\"text\"><h2>" + escape_html(caption_plain_text(slide.title)) +
                       "</h2>\n<p class=\"caption\">" + caption_html(slide.caption) + "</p>\n" +
                       sources_html(cited, language) + "</div>\n</section>\n";
        progress.update(i + 1);
    }
    progress.finish();
    std::string code = std::string(language_code(language));
    nlohmann::json words = {{"slide_of", word(UiWord::web_slide_of, language)}};
    std::string title = loaded.story.title.empty() ? loaded.story.slides.front().title : loaded.story.title;
    std::string page = fill_template(
        web::k_story_html,
        {{"LANG", code.empty() ? "und" : code},
         {"TITLE", escape_html(title)},
         // The folder form's images are files beside the page; the single file's are data: URIs.
         {"IMG_SRC", folder ? "'self'" : "data:"},
         {"STYLE", web::k_story_css},
         {"SCRIPT", web::k_story_js},
         {"WORDS", json_for_script(words)},
         {"SLIDES", slides_html},
         {"COUNT", std::to_string(count)},
         {"PREVIOUS", escape_html(word(UiWord::web_previous, language))},
         {"NEXT", escape_html(word(UiWord::web_next, language))},
         {"KEYS", escape_html(word(UiWord::web_story_keys, language))},
         {"PROGRESS", escape_html(format_word(UiWord::web_slide_of, language, 1, static_cast<int>(count)))},
         {"MADE_WITH", escape_html(word(UiWord::web_made_with, language))}});
    try {
        if (folder) {
            folder->write("index.html", page);
            folder->commit();
            output = folder->target() / "index.html";
        } else {
            write_file_atomically(output, page);
        }
    } catch (const WriteError& e) {
        std::cerr << kPresentCommand << ": " << e.what() << "\n";
        return kExitWriteFailed;
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::cout << "wrote " << output.string() << " (web page, " << count << " slides at " << width << "x" << height
              << " and 2x, " << std::round(static_cast<double>(page.size() + (folder ? image_bytes : 0)) / (1024.0 * 1024.0) * 10) / 10
              << " MiB, maps " << image_bytes / 1024 << " KiB as WebP) in " << std::round(seconds * 10) / 10 << " s\n";
    if (server) loaded.server_placement_problems = server->report_placement(std::cerr);
    if (server && options.verbose) std::cerr << kPresentCommand << ": " << server->describe_fetching() << "\n";
    return present_exit_code(loaded);
}

}  // namespace chronomap::cli
