#include "render/image_io.h"

#include <png.h>

#include <cstring>

#include "core/io/atomic_file.h"

namespace chronomap {

std::string encode_png(const Image& image) {
    png_image info;
    std::memset(&info, 0, sizeof info);
    info.version = PNG_IMAGE_VERSION;
    info.width = static_cast<png_uint_32>(image.width);
    info.height = static_cast<png_uint_32>(image.height);
    info.format = PNG_FORMAT_RGBA;
    png_alloc_size_t size = 0;
    if (!png_image_write_get_memory_size(info, size, 0, image.rgba.data(), 0, nullptr))
        throw std::runtime_error(std::string("cannot encode an image as PNG: ") + info.message);
    std::string bytes(size, '\0');
    if (!png_image_write_to_memory(&info, bytes.data(), &size, 0, image.rgba.data(), 0, nullptr))
        throw std::runtime_error(std::string("cannot encode an image as PNG: ") + info.message);
    bytes.resize(size);
    return bytes;
}

void write_png(const std::filesystem::path& path, const Image& image) {
    std::string bytes;
    try {
        bytes = encode_png(image);
    } catch (const std::runtime_error& e) {
        throw WriteError("cannot write " + path.string() + ": " + e.what());
    }
    write_file_atomically(path, bytes);
}

Image read_png(const std::filesystem::path& path) {
    png_image info;
    std::memset(&info, 0, sizeof info);
    info.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&info, path.c_str()))
        throw std::runtime_error("cannot read " + path.string() + ": " + info.message);
    info.format = PNG_FORMAT_RGBA;
    Image image;
    image.width = static_cast<int>(info.width), image.height = static_cast<int>(info.height);
    image.rgba.resize(PNG_IMAGE_SIZE(info));
    if (!png_image_finish_read(&info, nullptr, image.rgba.data(), 0, nullptr))
        throw std::runtime_error("cannot decode " + path.string() + ": " + info.message);
    return image;
}

}  // namespace chronomap
