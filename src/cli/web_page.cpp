#include "cli/web_page.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <stdexcept>

#include <webp/encode.h>

namespace chronomap::cli {

bool is_web_page_path(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == ".html" || extension == ".htm";
}

std::string encode_webp(const Image& image, float quality) {
    std::uint8_t* output = nullptr;
    int stride = image.width * 4;
    size_t size = quality < 0
                      ? WebPEncodeLosslessRGBA(image.rgba.data(), image.width, image.height, stride, &output)
                      : WebPEncodeRGBA(image.rgba.data(), image.width, image.height, stride, quality, &output);
    if (size == 0 || output == nullptr) {
        WebPFree(output);
        throw std::runtime_error("the WebP encoder refused a " + std::to_string(image.width) + "x" +
                                 std::to_string(image.height) + " image (WebP stops at 16383 pixels a side)");
    }
    std::string bytes(reinterpret_cast<const char*>(output), size);
    WebPFree(output);
    return bytes;
}

std::string data_uri(const std::string& bytes, const char* mime) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out = std::string("data:") + mime + ";base64,";
    out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    auto byte = [&](size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
    for (; i + 2 < bytes.size(); i += 3) {
        std::uint32_t n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], kAlphabet[n & 63]};
    }
    if (i + 1 == bytes.size()) {
        std::uint32_t n = byte(i) << 16;
        out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], '=', '='};
    } else if (i + 2 == bytes.size()) {
        std::uint32_t n = byte(i) << 16 | byte(i + 1) << 8;
        out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], '='};
    }
    return out;
}

std::string json_for_script(const nlohmann::json& value) {
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') out += '\\';
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string fill_template(std::string_view page, const std::map<std::string, std::string>& values) {
    std::string out;
    size_t at = 0;
    while (true) {
        size_t open = page.find("{{", at);
        if (open == std::string_view::npos) break;
        size_t close = page.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        auto value = values.find(std::string(page.substr(open + 2, close - open - 2)));
        if (value == values.end()) {  // not a key of ours (e.g. "{{" in a script): kept
            out.append(page.substr(at, open + 2 - at));
            at = open + 2;
            continue;
        }
        out.append(page.substr(at, open - at));
        out += value->second;
        at = close + 2;
    }
    out.append(page.substr(at));
    return out;
}

std::string check_writable_target(const std::filesystem::path& path) {
    std::filesystem::path folder = path.parent_path();
    if (folder.empty()) folder = ".";
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return "the folder " + folder.string() + " does not exist (create it, or write elsewhere)";
    if (std::filesystem::is_directory(path, ec))
        return path.string() + " is a folder; name the page, e.g. " + (path / "index.html").string();
    if (access(folder.c_str(), W_OK) != 0)
        return "cannot write in " + folder.string() + " (permission denied); choose another folder";
    return "";
}

}  // namespace chronomap::cli
