#include "video/png_sequence_writer.h"

#include <unistd.h>

#include <cstdio>

#include "core/io/atomic_file.h"
#include "render/image_io.h"

namespace chronomap {
namespace {

namespace fs = std::filesystem;

bool is_frame_file(const fs::path& path) {
    std::string name = path.filename().string();
    return name.rfind("frame-", 0) == 0 && path.extension() == ".png";
}

class PngSequenceWriter final : public VideoWriter {
  public:
    explicit PngSequenceWriter(fs::path folder) : folder_(std::move(folder)) {
        if (folder_.filename().empty()) folder_ = folder_.parent_path();  // "out/" -> "out"
        std::error_code ec;
        if (fs::exists(folder_, ec)) {
            for (const auto& entry : fs::directory_iterator(folder_, ec))
                if (!is_frame_file(entry.path()))
                    throw WriteError(folder_.string() + " holds other files than frame-*.png (" +
                                     entry.path().filename().string() +
                                     "); name an empty or new folder");
        }
        temporary_ = folder_.parent_path() /
                     ("." + folder_.filename().string() + ".partial-" + std::to_string(::getpid()));
        fs::create_directories(temporary_, ec);
        if (ec) throw WriteError("cannot create " + temporary_.string() + ": " + ec.message());
    }
    ~PngSequenceWriter() override {
        std::error_code ec;
        if (!finished_) fs::remove_all(temporary_, ec);
    }
    void add_frame(const Image& frame, RowOrder rows) override {
        char name[32];
        std::snprintf(name, sizeof name, "frame-%05zu.png", ++frames_);
        write_png(temporary_ / name, rows == RowOrder::bottom_up ? rows_flipped(frame) : frame);
    }
    void finish() override {
        std::error_code ec;
        if (fs::exists(folder_, ec))
            fs::remove_all(folder_, ec);  // only old frames (checked when opened)
        fs::rename(temporary_, folder_, ec);
        if (ec)
            throw WriteError("cannot rename " + temporary_.string() + " to " + folder_.string() +
                             ": " + ec.message());
        finished_ = true;
    }
    size_t frames() const override { return frames_; }

  private:
    fs::path folder_, temporary_;
    size_t frames_ = 0;
    bool finished_ = false;
};

}  // namespace

std::unique_ptr<VideoWriter> open_png_sequence_writer(const std::filesystem::path& folder) {
    return std::make_unique<PngSequenceWriter>(folder);
}

}  // namespace chronomap
