#include "core/text/terminal_text.h"

#include <cstdint>
#include <cstdio>
#include <iostream>

namespace chronomap {
namespace {

bool is_bidi_or_format_control(std::uint32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

void append_byte_escape(std::string& out, unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(byte));
    out += buffer;
}

void append_code_point_escape(std::string& out, std::uint32_t c) {
    char buffer[12];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
    out += buffer;
}

// Length of the UTF-8 sequence starting at text[i] and its code point; 0 when invalid;
// -1 when valid so far but cut short by the end of `text`.
int decode(std::string_view text, size_t i, std::uint32_t& c) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char b = byte(i);
    int length = 0;
    std::uint32_t min = 0;
    if (b >= 0xC2 && b <= 0xDF) length = 2, c = b & 0x1Fu, min = 0x80;
    else if (b >= 0xE0 && b <= 0xEF) length = 3, c = b & 0x0Fu, min = 0x800;
    else if (b >= 0xF0 && b <= 0xF4) length = 4, c = b & 0x07u, min = 0x10000;
    else return 0;
    for (int k = 1; k < length; ++k) {
        if (i + static_cast<size_t>(k) >= text.size()) return -1;
        unsigned char next = byte(i + static_cast<size_t>(k));
        if ((next & 0xC0) != 0x80) return 0;
        c = (c << 6) | (next & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    return length;
}

// Escapes `text` into `out`; returns how many bytes at the end were left unread because they
// begin a UTF-8 sequence cut short (only when !final).
size_t escape_into(std::string& out, std::string_view text, bool final) {
    size_t i = 0;
    while (i < text.size()) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) append_byte_escape(out, b);
            else out += static_cast<char>(b);
            ++i;
            continue;
        }
        std::uint32_t c = 0;
        int length = decode(text, i, c);
        if (length < 0) {
            if (!final) return text.size() - i;
            length = 0;
        }
        if (length == 0) {
            append_byte_escape(out, b);
            ++i;
        } else if (c < 0xA0 || is_bidi_or_format_control(c)) {
            append_code_point_escape(out, c);
            i += static_cast<size_t>(length);
        } else {
            out.append(text.substr(i, static_cast<size_t>(length)));
            i += static_cast<size_t>(length);
        }
    }
    return 0;
}

bool is_plain(std::string_view text) {
    for (char ch : text) {
        auto b = static_cast<unsigned char>(ch);
        if ((b < 0x20 && b != '\n' && b != '\t') || b >= 0x7F) return false;
    }
    return true;
}

}  // namespace

std::string escape_for_terminal(std::string_view text) {
    if (is_plain(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 16);
    escape_into(out, text, true);
    return out;
}

TerminalSafeBuffer::~TerminalSafeBuffer() {
    if (!pending_.empty()) write({}, true);
    target_->pubsync();
}

void TerminalSafeBuffer::write(std::string_view text, bool final) {
    if (pending_.empty() && is_plain(text)) {
        target_->sputn(text.data(), static_cast<std::streamsize>(text.size()));
        return;
    }
    std::string input = pending_;
    input.append(text);
    pending_.clear();
    std::string out;
    size_t left = escape_into(out, input, final);
    pending_.assign(input, input.size() - left, left);
    target_->sputn(out.data(), static_cast<std::streamsize>(out.size()));
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    char ch = traits_type::to_char_type(c);
    write(std::string_view(&ch, 1), false);
    return c;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* s, std::streamsize n) {
    write(std::string_view(s, static_cast<size_t>(n)), false);
    return n;
}

int TerminalSafeBuffer::sync() { return target_->pubsync(); }

TerminalSafeStreams::TerminalSafeStreams()
    : out_original_(std::cout.rdbuf()), err_original_(std::cerr.rdbuf()),
      out_(std::make_unique<TerminalSafeBuffer>(out_original_)),
      err_(std::make_unique<TerminalSafeBuffer>(err_original_)) {
    std::cout.rdbuf(out_.get());
    std::cerr.rdbuf(err_.get());
}

TerminalSafeStreams::~TerminalSafeStreams() {
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(out_original_);
    std::cerr.rdbuf(err_original_);
}

}  // namespace chronomap
