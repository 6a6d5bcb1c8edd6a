// CPU time of the video encoder alone (RGBA to yuv420p + H.264) per frame, for the frames of a
// folder written by `render --animate ... -o FOLDER/`: the half of a video export that runs on
// the encoder thread, in CPU seconds of the process, so that other work on a shared machine
// counts less than in wall time. Usage: encode_bench FOLDER [top-down|bottom-up]
// (docs/PERFORMANCE.md, "Video export").
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "render/image_io.h"
#include "video/video_writer.h"

namespace {

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: encode_bench FOLDER [top-down|bottom-up]\n");
        return 2;
    }
    using namespace chronomap;
    std::vector<std::filesystem::path> names;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.path().extension() == ".png") names.push_back(entry.path());
    std::sort(names.begin(), names.end());
    if (names.empty()) {
        std::fprintf(stderr, "encode_bench: no PNG frames in %s\n", argv[1]);
        return 2;
    }
    bool upwards = argc > 2 && std::string(argv[2]) == "bottom-up";
    RowOrder rows = upwards ? RowOrder::bottom_up : RowOrder::top_down;
    std::vector<Image> frames;
    for (const auto& name : names) {
        Image frame = read_png(name);
        frames.push_back(upwards ? rows_flipped(frame) : std::move(frame));  // as GL reads it
    }
    VideoSettings settings;
    settings.width = frames[0].width, settings.height = frames[0].height;
    std::filesystem::path out = std::filesystem::temp_directory_path() / "chronomap-encode-bench.mp4";
    auto writer = open_video_writer(out, settings);
    double begin = cpu_seconds();
    for (const Image& frame : frames) writer->add_frame(frame, rows);
    writer->finish();
    double spent = cpu_seconds() - begin;
    std::printf("%zu frames of %dx%d (%s): %.1f ms of CPU per frame (conversion + H.264)\n",
                frames.size(), settings.width, settings.height, upwards ? "bottom-up" : "top-down",
                1000 * spent / static_cast<double>(frames.size()));
    std::filesystem::remove(out);
    return 0;
}
