#include "core/native_json/json_reading.h"

#include "core/io/input_limits.h"

namespace chronomap::native_json {
namespace {

std::string json_pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace

std::string_view type_name(od::json_type type) {
    switch (type) {
        case od::json_type::array: return "an array";
        case od::json_type::object: return "an object";
        case od::json_type::number: return "a number";
        case od::json_type::string: return "a string";
        case od::json_type::boolean: return "true/false";
        case od::json_type::null: return "null";
    }
    return "something else";
}

std::string shorten(std::string_view text) {
    constexpr size_t kMax = 60;
    if (text.size() <= kMax) return std::string(text);
    return std::string(text.substr(0, kMax)) + "...";
}

std::string LazyPointer::str() const {
    std::string out;
    if (!root.empty()) out += "/" + json_pointer_token(root);
    if (index != std::string_view::npos) out += "/" + std::to_string(index);
    if (!key.empty()) out += "/" + json_pointer_token(key);
    out += sub;
    return out;
}

bool is_valid_value(od::value& value, size_t depth) {
    od::json_type type{};
    if (value.type().get(type)) return false;
    if ((type == od::json_type::array || type == od::json_type::object) && depth > kMaxJsonDepth) return false;
    switch (type) {
        case od::json_type::array: {
            od::array array;
            if (value.get_array().get(array)) return false;
            for (auto element_result : array) {
                od::value element;
                if (std::move(element_result).get(element) || !is_valid_value(element, depth + 1)) return false;
            }
            return true;
        }
        case od::json_type::object: {
            od::object object;
            if (value.get_object().get(object)) return false;
            for (auto field_result : object) {
                od::field field;
                std::string_view key;
                if (std::move(field_result).get(field) || field.unescaped_key().get(key) ||
                    !is_valid_value(field.value(), depth + 1))
                    return false;
            }
            return true;
        }
        case od::json_type::number: {
            od::number number;
            return !value.get_number().get(number);
        }
        case od::json_type::string: {
            std::string_view text;
            return !value.get_string().get(text);
        }
        case od::json_type::boolean: {
            bool flag = false;
            return !value.get_bool().get(flag);
        }
        case od::json_type::null: {
            bool is_null = false;
            return !value.is_null().get(is_null) && is_null;
        }
    }
    return false;
}

}  // namespace chronomap::native_json
