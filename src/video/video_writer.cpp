// [SECTION] format from path  [SECTION] libav encoder (MP4, WebM, GIF)  [SECTION] factory
#include "video/video_writer.h"

#include "core/text/ascii_text.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <unistd.h>

#include <cstring>

#include "core/io/atomic_file.h"
#include "lazy_link/lazy_library.h"
#include "video/gif_palette.h"
#include "video/png_sequence_writer.h"

namespace chronomap {

// [SECTION] format from path

void preload_video_libraries(VideoFormat format) {
    if (format == VideoFormat::png_folder) return;  // libpng, already loaded
    // Failures are left to the first call, which says what is missing (lazy_library.h).
    for (LazyLibrary* library : {&chronomap_lazy_avformat_library, &chronomap_lazy_avcodec_library,
                                 &chronomap_lazy_swscale_library, &chronomap_lazy_avutil_library})
        preload_lazy_library(*library);
}

Parsed<VideoFormat> video_format_for(const std::string& output) {
    std::string lower = ascii_lower(output);
    auto ends = [&](std::string_view suffix) {
        return lower.size() >= suffix.size() &&
               lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".mp4")) return {VideoFormat::mp4, {}};
    if (ends(".webm")) return {VideoFormat::webm, {}};
    if (ends(".gif")) return {VideoFormat::gif, {}};
    std::error_code ec;
    if (ends("/") || std::filesystem::is_directory(output, ec))
        return {VideoFormat::png_folder, {}};
    return {std::nullopt,
            "\"" + output +
                "\": a video ends in .mp4, .webm or .gif; a folder of PNG frames ends in /"};
}

std::string_view video_format_name(VideoFormat format) {
    switch (format) {
        case VideoFormat::mp4:
            return "MP4 (H.264)";
        case VideoFormat::webm:
            return "WebM (VP9)";
        case VideoFormat::gif:
            return "GIF";
        case VideoFormat::png_folder:
            return "PNG frames";
    }
    return "?";
}

std::string check_video_settings(const VideoSettings& s) {
    if (s.fps < 1 || s.fps > 120) return "the frame rate must be from 1 to 120 frames per second";
    if (s.width < 16 || s.height < 16) return "the frame size must be at least 16x16";
    if ((s.format == VideoFormat::mp4 || s.format == VideoFormat::webm) &&
        (s.width % 2 || s.height % 2))
        return std::string(video_format_name(s.format)) + " needs an even width and height (" +
               std::to_string(s.width) + "x" + std::to_string(s.height) +
               " given): use e.g. --size " + std::to_string(s.width & ~1) + "x" +
               std::to_string(s.height & ~1);
    if (s.format == VideoFormat::gif && (s.width > 4096 || s.height > 4096))
        return "a GIF larger than 4096 pixels is not sensible; use MP4";
    return "";
}

// [SECTION] libav encoder (MP4, WebM, GIF)

namespace {

std::string av_error_text(int code) {
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return buffer;
}

// A temporary path in the output's folder: rename() then replaces the target atomically.
std::filesystem::path temporary_beside(const std::filesystem::path& output) {
    std::filesystem::path folder = output.parent_path();
    return folder / ("." + output.filename().string() + ".partial-" + std::to_string(::getpid()));
}

class LibavWriter final : public VideoWriter {
  public:
    LibavWriter(const std::filesystem::path& output, const VideoSettings& settings)
        : output_(output), temporary_(temporary_beside(output)), settings_(settings) {
        const char* muxer = settings.format == VideoFormat::mp4    ? "mp4"
                            : settings.format == VideoFormat::webm ? "webm"
                                                                   : "gif";
        const char* codec_name = settings.format == VideoFormat::mp4    ? "libx264"
                                 : settings.format == VideoFormat::webm ? "libvpx-vp9"
                                                                        : "gif";
        check(avformat_alloc_output_context2(&format_, nullptr, muxer, temporary_.c_str()),
              "choosing the container");
        const AVCodec* codec = avcodec_find_encoder_by_name(codec_name);
        if (!codec)
            throw VideoError(
                std::string("this FFmpeg has no ") + codec_name +
                " encoder; install Debian's libavcodec59 (it includes libx264 and libvpx)");
        stream_ = avformat_new_stream(format_, nullptr);
        codec_ = avcodec_alloc_context3(codec);
        if (!stream_ || !codec_) throw VideoError("out of memory setting up the encoder");
        codec_->width = settings.width;
        codec_->height = settings.height;
        codec_->time_base = AVRational{1, settings.fps};
        codec_->framerate = AVRational{settings.fps, 1};
        codec_->pix_fmt =
            settings.format == VideoFormat::gif ? AV_PIX_FMT_PAL8 : AV_PIX_FMT_YUV420P;
        codec_->gop_size = settings.fps * 2;
        if (format_->oformat->flags & AVFMT_GLOBALHEADER)
            codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* options = nullptr;
        if (settings.format == VideoFormat::mp4) {
            // veryfast keeps 1080p30 faster than real time on two cores; CRF 20 keeps text sharp.
            av_dict_set(&options, "preset", "veryfast", 0);
            av_dict_set(&options, "crf",
                        std::to_string(settings.quality ? settings.quality : 20).c_str(), 0);
            av_dict_set(&options, "profile", "high", 0);
            codec_->color_range = AVCOL_RANGE_MPEG;
            codec_->colorspace = AVCOL_SPC_BT709;
            codec_->color_primaries = AVCOL_PRI_BT709;
            codec_->color_trc = AVCOL_TRC_BT709;
        } else if (settings.format == VideoFormat::webm) {
            av_dict_set(&options, "crf",
                        std::to_string(settings.quality ? settings.quality : 32).c_str(), 0);
            av_dict_set(&options, "b", "0", 0);
            av_dict_set(&options, "deadline", "realtime", 0);
            av_dict_set(&options, "cpu-used", "8", 0);
            av_dict_set(&options, "row-mt", "1", 0);
            codec_->colorspace = AVCOL_SPC_BT709;
        }
        int opened = avcodec_open2(codec_, codec, &options);
        av_dict_free(&options);
        check(opened, std::string("opening the ") + codec_name + " encoder");
        check(avcodec_parameters_from_context(stream_->codecpar, codec_), "setting up the stream");
        stream_->time_base = codec_->time_base;
        stream_->avg_frame_rate = codec_->framerate;
        int io = avio_open(&format_->pb, temporary_.c_str(), AVIO_FLAG_WRITE);
        if (io < 0)
            throw WriteError("cannot write " + temporary_.string() + ": " + av_error_text(io));
        AVDictionary* muxer_options = nullptr;
        if (settings.format == VideoFormat::mp4)
            av_dict_set(&muxer_options, "movflags", "+faststart", 0);  // plays while downloading
        int header = avformat_write_header(format_, &muxer_options);
        av_dict_free(&muxer_options);
        if (header < 0)
            throw WriteError("cannot write " + temporary_.string() + ": " + av_error_text(header));

        frame_ = av_frame_alloc();
        packet_ = av_packet_alloc();
        frame_->format = codec_->pix_fmt;
        frame_->width = settings.width;
        frame_->height = settings.height;
        check(av_frame_get_buffer(frame_, 0), "allocating a frame");
        if (settings.format != VideoFormat::gif) {
            // Bilinear chroma, not bicubic with accurate rounding and full chroma: the same to
            // the eye, less CPU per 1080p frame (bench/encode_bench.cpp: 28 -> 20 ms with x264).
            scaler_ = sws_getContext(settings.width, settings.height, AV_PIX_FMT_RGBA,
                                     settings.width, settings.height, AV_PIX_FMT_YUV420P,
                                     SWS_BILINEAR, nullptr, nullptr, nullptr);
            if (!scaler_) throw VideoError("cannot convert RGBA frames to yuv420p");
            // BT.709 coefficients, limited range: what players assume for HD video.
            const int* coefficients = sws_getCoefficients(SWS_CS_ITU709);
            sws_setColorspaceDetails(scaler_, coefficients, 1, coefficients, 0, 0, 1 << 16,
                                     1 << 16);
        }
    }

    ~LibavWriter() override {
        if (!finished_) {
            if (format_ && format_->pb) avio_closep(&format_->pb);
            std::error_code ec;
            std::filesystem::remove(temporary_, ec);  // an interrupted run leaves nothing
        }
        sws_freeContext(scaler_);
        av_frame_free(&frame_);
        av_packet_free(&packet_);
        avcodec_free_context(&codec_);
        avformat_free_context(format_);
    }

    void add_frame(const Image& image, RowOrder rows) override {
        if (image.width != settings_.width || image.height != settings_.height)
            throw VideoError("frame of " + std::to_string(image.width) + "x" +
                             std::to_string(image.height) + " in a video of " +
                             std::to_string(settings_.width) + "x" +
                             std::to_string(settings_.height));
        check(av_frame_make_writable(frame_), "reusing a frame");
        if (settings_.format == VideoFormat::gif) {
            PalettedFrame paletted =
                quantize_frame(rows == RowOrder::bottom_up ? rows_flipped(image) : image);
            for (int y = 0; y < image.height; ++y)
                std::memcpy(frame_->data[0] + static_cast<ptrdiff_t>(y) * frame_->linesize[0],
                            paletted.indices.data() + static_cast<size_t>(y) * image.width,
                            static_cast<size_t>(image.width));
            std::memcpy(frame_->data[1], paletted.palette.data(), 256 * 4);
        } else {
            // Bottom-up rows are read upwards: from the last row, with a negative stride.
            const int row = image.width * 4;
            const bool upwards = rows == RowOrder::bottom_up;
            const std::uint8_t* source[1] = {
                image.rgba.data() + (upwards ? static_cast<ptrdiff_t>(image.height - 1) * row : 0)};
            int stride[1] = {upwards ? -row : row};
            sws_scale(scaler_, source, stride, 0, image.height, frame_->data, frame_->linesize);
        }
        frame_->pts = static_cast<std::int64_t>(frames_++);
        encode(frame_);
    }

    void finish() override {
        encode(nullptr);  // drain the encoder
        int trailer = av_write_trailer(format_);
        int closed = avio_closep(&format_->pb);
        if (trailer < 0 || closed < 0)
            throw WriteError("cannot finish " + temporary_.string() + ": " +
                             av_error_text(trailer < 0 ? trailer : closed));
        std::error_code ec;
        std::filesystem::rename(temporary_, output_, ec);
        if (ec)
            throw WriteError("cannot rename " + temporary_.string() + " to " + output_.string() +
                             ": " + ec.message());
        finished_ = true;
    }

    size_t frames() const override { return frames_; }

  private:
    void check(int code, const std::string& doing) {
        if (code < 0)
            throw VideoError("video encoder: " + doing + " failed: " + av_error_text(code));
    }
    void encode(AVFrame* frame) {
        check(avcodec_send_frame(codec_, frame), "encoding a frame");
        for (;;) {
            int got = avcodec_receive_packet(codec_, packet_);
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return;
            check(got, "encoding a frame");
            av_packet_rescale_ts(packet_, codec_->time_base, stream_->time_base);
            packet_->stream_index = stream_->index;
            int written = av_interleaved_write_frame(format_, packet_);
            if (written < 0)
                throw WriteError("cannot write " + temporary_.string() + ": " +
                                 av_error_text(written));
        }
    }

    std::filesystem::path output_, temporary_;
    VideoSettings settings_;
    AVFormatContext* format_ = nullptr;
    AVCodecContext* codec_ = nullptr;
    AVStream* stream_ = nullptr;
    AVFrame* frame_ = nullptr;
    AVPacket* packet_ = nullptr;
    SwsContext* scaler_ = nullptr;
    size_t frames_ = 0;
    bool finished_ = false;
};

}  // namespace

// [SECTION] factory

Image rows_flipped(const Image& image) {
    Image flipped{image.width, image.height, std::vector<std::uint8_t>(image.rgba.size())};
    const size_t row = static_cast<size_t>(image.width) * 4;
    for (size_t y = 0; y < static_cast<size_t>(image.height); ++y)
        std::memcpy(&flipped.rgba[y * row], &image.rgba[(static_cast<size_t>(image.height) - 1 - y) * row], row);
    return flipped;
}

std::unique_ptr<VideoWriter> open_video_writer(const std::filesystem::path& output,
                                               const VideoSettings& settings) {
    if (std::string error = check_video_settings(settings); !error.empty()) throw VideoError(error);
    av_log_set_level(AV_LOG_ERROR);  // x264's banner and stats are noise on a terminal
    if (settings.format == VideoFormat::png_folder) return open_png_sequence_writer(output);
    return std::make_unique<LibavWriter>(output, settings);
}

}  // namespace chronomap
