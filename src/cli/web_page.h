// What the two web exports share (`present --export story.html`, `render --animate -o
// map.html`): frames as WebP data: URIs, data embedded as JSON in the page, and the page
// assembled from its template in src/web/ (embedded at build time).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "render/image.h"

namespace chronomap::cli {

// ".html" or ".htm", any case.
bool is_web_page_path(const std::filesystem::path& path);

// The image as WebP: lossy at `quality` (0-100), or lossless when quality < 0. Throws
// std::runtime_error when libwebp refuses it.
std::string encode_webp(const Image& image, float quality);
std::string data_uri(const std::string& bytes, const char* mime);

// JSON that can sit inside <script type="application/json">: "</" becomes "<\/" so no
// caption or title can close the script element.
std::string json_for_script(const nlohmann::json& value);
// Text for HTML element content and attribute values.
std::string escape_html(std::string_view text);

// The template with each "{{KEY}}" replaced by its value (values are not searched again).
std::string fill_template(std::string_view page, const std::map<std::string, std::string>& values);

// Checks before any rendering that `path`'s folder exists and is writable, so a long export
// does not fail at its end. Returns an error text, or "".
std::string check_writable_target(const std::filesystem::path& path);

}  // namespace chronomap::cli
