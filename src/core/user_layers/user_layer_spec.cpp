#include "core/user_layers/user_layer_spec.h"

#include "core/text/ascii_text.h"
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace chronomap {
namespace {

bool parse_number(std::string_view text, double& out) {
    text = trim(text);
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc{} && ptr == text.data() + text.size() && std::isfinite(out);
}

// "#888", "#808080", "808080" or a few names people type.
std::optional<std::uint32_t> parse_rgb(std::string_view text) {
    text = trim(text);
    static const std::pair<std::string_view, std::uint32_t> names[] = {
        {"black", 0x000000}, {"white", 0xffffff}, {"grey", 0x808080}, {"gray", 0x808080}, {"red", 0xd7301f},
        {"blue", 0x2b6cb0},  {"green", 0x2f855a}, {"orange", 0xdd6b20}, {"yellow", 0xecc94b}, {"purple", 0x6b46c1},
        {"brown", 0x8b5a2b}};
    for (auto [name, value] : names)
        if (text == name) return value;
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    if (text.size() != 3 && text.size() != 6) return std::nullopt;
    std::uint32_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    if (text.size() == 3)  // #abc -> #aabbcc
        value = ((value >> 8 & 0xf) * 0x11) << 16 | ((value >> 4 & 0xf) * 0x11) << 8 | (value & 0xf) * 0x11;
    return value;
}

std::optional<bool> parse_yes_no(std::string_view text) {
    text = trim(text);
    if (text == "yes" || text == "true" || text == "1" || text == "on") return true;
    if (text == "no" || text == "false" || text == "0" || text == "off") return false;
    return std::nullopt;
}

constexpr const char* kKeys = "color, fill, width, opacity, where, layer, classes, label, minzoom, maxzoom, dem, visible";

}  // namespace

std::string format_rgb(std::uint32_t rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", rgb & 0xffffff);
    return buffer;
}

std::string apply_style_setting(std::string_view key, std::string_view value, UserLayerStyle& style) {
    key = trim(key);
    auto number = [&](double low, double high, double& out) -> std::string {
        double parsed = 0;
        if (!parse_number(value, parsed) || parsed < low || parsed > high)
            return std::string(key) + "=" + std::string(value) + ": expected a number from " +
                   std::to_string(static_cast<int>(low)) + " to " + std::to_string(static_cast<int>(high));
        out = parsed;
        return {};
    };
    if (key == "color" || key == "colour" || key == "fill") {
        auto rgb = parse_rgb(value);
        if (!rgb) return std::string(key) + "=" + std::string(value) + ": expected a colour like #888 or #4a6fa5";
        (key == "fill" ? style.fill : style.color) = *rgb;
        return {};
    }
    if (key == "width") {
        double width = 0;
        std::string error = number(0, 50, width);
        if (error.empty()) style.width = width;
        return error;
    }
    if (key == "opacity") return number(0, 1, style.opacity);
    if (key == "minzoom" || key == "min_zoom") return number(0, 24, style.min_zoom);
    if (key == "maxzoom" || key == "max_zoom") return number(0, 24, style.max_zoom);
    if (key == "where") return style.where = std::string(trim(value)), std::string{};
    if (key == "layer") return style.layer = std::string(trim(value)), std::string{};
    if (key == "label") return style.label = std::string(trim(value)), std::string{};
    if (key == "classes") {
        style.classes.clear();
        std::string_view rest = value;
        while (!rest.empty()) {
            size_t end = rest.find_first_of("+ ");
            std::string_view name = trim(rest.substr(0, end));
            if (!name.empty()) style.classes.emplace_back(name);
            if (end == std::string_view::npos) break;
            rest.remove_prefix(end + 1);
        }
        return {};
    }
    if (key == "dem") {
        auto yes = parse_yes_no(value);
        if (!yes) return "dem=" + std::string(value) + ": expected yes or no";
        style.dem = *yes;
        return {};
    }
    return "unknown style key \"" + std::string(key) + "\"; keys are " + kKeys;
}

Parsed<UserLayerSpec> parse_user_layer_argument(std::string_view text) {
    Parsed<UserLayerSpec> result;
    UserLayerSpec spec;
    std::error_code ec;
    size_t colon = text.find(':');
    // The style starts at the first ':' followed by "key=" (a path may hold ':' too).
    while (colon != std::string_view::npos) {
        std::string_view after = text.substr(colon + 1);
        size_t equals = after.find('='), comma = after.find(',');
        if (equals != std::string_view::npos && (comma == std::string_view::npos || equals < comma)) break;
        colon = text.find(':', colon + 1);
    }
    if (colon == std::string_view::npos || std::filesystem::exists(std::filesystem::path(std::string(text)), ec)) {
        spec.path = std::string(text);
    } else {
        spec.path = std::string(text.substr(0, colon));
        std::string_view rest = text.substr(colon + 1);
        // Settings are split at ',' except inside a where clause's quotes ('a','b').
        while (!rest.empty()) {
            size_t end = 0;
            bool quoted = false;
            for (; end < rest.size(); ++end) {
                if (rest[end] == '\'') quoted = !quoted;
                else if (rest[end] == ',' && !quoted) {
                    // "where=highway IN ('a','b')" keeps commas that do not start a "key=".
                    std::string_view next = rest.substr(end + 1);
                    size_t eq = next.find('='), sep = next.find_first_of(",' ()");
                    if (eq != std::string_view::npos && (sep == std::string_view::npos || eq < sep)) break;
                }
            }
            std::string_view setting = rest.substr(0, end);
            size_t equals = setting.find('=');
            if (equals == std::string_view::npos) {
                result.error = "\"" + std::string(setting) + "\" is not key=value; keys are " + kKeys;
                return result;
            }
            std::string_view key = trim(setting.substr(0, equals)), value = setting.substr(equals + 1);
            if (key == "visible") {
                auto yes = parse_yes_no(value);
                if (!yes) {
                    result.error = "visible=" + std::string(value) + ": expected yes or no";
                    return result;
                }
                spec.visible = *yes;
            } else if (std::string error = apply_style_setting(key, value, spec.style); !error.empty()) {
                result.error = error;
                return result;
            }
            rest = end < rest.size() ? rest.substr(end + 1) : std::string_view{};
        }
    }
    if (spec.path.empty()) {
        result.error = "no file named before the style";
        return result;
    }
    if (spec.style.min_zoom > spec.style.max_zoom) {
        result.error = "minzoom is above maxzoom";
        return result;
    }
    result.value = std::move(spec);
    return result;
}

UserLayerSpec user_layer_from_json(const nlohmann::json& json) {
    if (json.is_string()) {
        auto parsed = parse_user_layer_argument(json.get<std::string>());
        if (!parsed) throw std::runtime_error(parsed.error);
        return *parsed.value;
    }
    if (!json.is_object()) throw std::runtime_error("an overlay is a file name or an object {\"file\": ...}");
    if (!json.contains("file") || !json["file"].is_string())
        throw std::runtime_error("an overlay needs \"file\": the path of the layer's file");
    UserLayerSpec spec;
    spec.path = json["file"].get<std::string>();
    for (auto& [key, value] : json.items()) {
        if (key == "file") continue;
        if (key == "visible") {
            if (!value.is_boolean()) throw std::runtime_error("\"visible\" must be true or false");
            spec.visible = value.get<bool>();
            continue;
        }
        std::string text;
        if (value.is_string()) text = value.get<std::string>();
        else if (value.is_number()) text = value.dump();
        else if (value.is_boolean()) text = value.get<bool>() ? "yes" : "no";
        else if (value.is_array() && key == "classes") {
            for (const auto& name : value)
                if (name.is_string()) text += (text.empty() ? "" : "+") + name.get<std::string>();
        } else {
            throw std::runtime_error("\"" + key + "\" has the wrong type (found " + value.type_name() + ")");
        }
        if (std::string error = apply_style_setting(key, text, spec.style); !error.empty())
            throw std::runtime_error(error);
    }
    return spec;
}

nlohmann::ordered_json to_json(const UserLayerSpec& spec) {
    const UserLayerStyle& s = spec.style;
    nlohmann::ordered_json out;
    out["file"] = spec.path;
    if (!spec.visible) out["visible"] = false;
    if (s.color) out["color"] = format_rgb(*s.color);
    if (s.fill) out["fill"] = format_rgb(*s.fill);
    if (s.width) out["width"] = *s.width;
    if (s.opacity != 1) out["opacity"] = s.opacity;
    if (!s.where.empty()) out["where"] = s.where;
    if (!s.layer.empty()) out["layer"] = s.layer;
    if (!s.classes.empty()) out["classes"] = s.classes;
    if (!s.label.empty()) out["label"] = s.label;
    if (s.min_zoom != 0) out["minzoom"] = s.min_zoom;
    if (s.max_zoom != 24) out["maxzoom"] = s.max_zoom;
    if (s.dem) out["dem"] = *s.dem;
    return out;
}

}  // namespace chronomap
