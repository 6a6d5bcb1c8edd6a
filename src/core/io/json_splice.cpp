#include "core/io/json_splice.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

namespace chronomap {
namespace {

struct Member {
    size_t key_begin, value_begin, value_end;
    std::string_view key;  // as written between its quotes
};

class Scanner {
  public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::vector<Member> members(size_t& open, size_t& close) {
        skip_space();
        expect('{');
        open = at_ - 1;
        std::vector<Member> out;
        skip_space();
        if (peek() == '}') {
            close = at_;
            return out;
        }
        while (true) {
            skip_space();
            Member m{};
            m.key_begin = at_;
            skip_string();
            m.key = text_.substr(m.key_begin + 1, at_ - m.key_begin - 2);
            skip_space();
            expect(':');
            skip_space();
            m.value_begin = at_;
            skip_value();
            m.value_end = at_;
            out.push_back(m);
            skip_space();
            if (peek() == ',') {
                ++at_;
                continue;
            }
            expect('}');
            close = at_ - 1;
            return out;
        }
    }

  private:
    char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
    void expect(char c) {
        if (peek() != c)
            throw std::invalid_argument(std::string("expected '") + c + "' at byte " +
                                        std::to_string(at_));
        ++at_;
    }
    void skip_space() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' ||
                                      text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }
    void skip_string() {
        expect('"');
        while (at_ < text_.size() && text_[at_] != '"') at_ += text_[at_] == '\\' ? 2 : 1;
        expect('"');
    }
    void skip_value() {
        char c = peek();
        if (c == '"') return skip_string();
        if (c == '{' || c == '[') {
            int depth = 0;
            do {
                char d = peek();
                if (d == '"') {
                    skip_string();
                    continue;
                }
                if (d == '\0') throw std::invalid_argument("unterminated value");
                if (d == '{' || d == '[') ++depth;
                if (d == '}' || d == ']') --depth;
                ++at_;
            } while (depth > 0);
            return;
        }
        while (at_ < text_.size() &&
               std::string_view(",}] \n\r\t").find(text_[at_]) == std::string_view::npos)
            ++at_;
    }

    std::string_view text_;
    size_t at_ = 0;
};

}  // namespace

std::string splice_member(std::string_view object_text, std::string_view key,
                          const std::optional<std::string>& value_json) {
    size_t open = 0, close = 0;
    std::vector<Member> members = Scanner(object_text).members(open, close);
    std::string text(object_text);
    for (size_t k = 0; k < members.size(); ++k) {
        const Member& m = members[k];
        if (m.key != key) continue;
        if (value_json)
            return text.replace(m.value_begin, m.value_end - m.value_begin, *value_json);
        if (k > 0)  // with the separator before it
            return text.erase(members[k - 1].value_end, m.value_end - members[k - 1].value_end);
        if (members.size() > 1) return text.erase(m.key_begin, members[1].key_begin - m.key_begin);
        return text.erase(m.key_begin, m.value_end - m.key_begin);
    }
    if (!value_json) return text;
    std::string member = "\"" + std::string(key) + "\": " + *value_json;
    if (members.empty()) return text.insert(open + 1, member);
    // The separator the members already use: ", " on one line, ",\n" and an indent otherwise.
    std::string separator;
    if (members.size() > 1) {
        separator = text.substr(members[members.size() - 2].value_end,
                                members.back().key_begin - members[members.size() - 2].value_end);
    } else {
        std::string_view lead = object_text.substr(open + 1, members[0].key_begin - open - 1);
        separator = "," + std::string(lead.find('\n') != std::string_view::npos ? lead : " ");
    }
    return text.insert(members.back().value_end, separator + member);
}

std::optional<std::string_view> member_value(std::string_view object_text, std::string_view key) {
    size_t open = 0, close = 0;
    for (const Member& m : Scanner(object_text).members(open, close))
        if (m.key == key) return object_text.substr(m.value_begin, m.value_end - m.value_begin);
    return std::nullopt;
}

std::optional<std::string> member_indent(std::string_view object_text) {
    size_t open = 0, close = 0;
    std::vector<Member> members = Scanner(object_text).members(open, close);
    if (members.empty()) return std::nullopt;
    size_t key = members.back().key_begin;
    size_t line_start = object_text.rfind('\n', key);
    if (line_start == std::string_view::npos || line_start < open) return std::nullopt;
    return std::string(object_text.substr(line_start + 1, key - line_start - 1));
}

std::string one_line_json(const nlohmann::ordered_json& value) {
    if (value.is_object()) {
        std::string out = "{";
        bool first = true;
        for (const auto& [k, v] : value.items()) {
            out += (first ? "" : ", ") + nlohmann::ordered_json(k).dump() + ": " + one_line_json(v);
            first = false;
        }
        return out + "}";
    }
    if (value.is_array()) {
        std::string out = "[";
        for (size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + one_line_json(value[i]);
        return out + "]";
    }
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace chronomap
