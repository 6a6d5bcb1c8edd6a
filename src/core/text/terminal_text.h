// Text from input files (titles, ids, place names, quoted values) may hold control characters:
// ESC sequences that recolour or clear a terminal, BEL, NUL, C1 controls, bidi overrides that
// make "txt.exe" read as "exe.txt". None is ever sent raw to a terminal: they are written as
// escapes (\x1b, \u0085, \u202e) so the user sees what the file holds.
#pragma once

#include <memory>
#include <streambuf>
#include <string>
#include <string_view>

namespace chronomap {

// `text` with every control character, bidi control and invalid UTF-8 byte escaped; newlines
// and tabs are kept. Printable text (any script) is unchanged.
std::string escape_for_terminal(std::string_view text);

// A stream buffer that escapes what passes through it as escape_for_terminal does, for
// std::cout and std::cerr: every printer of every command goes through it, so none can forget.
// A UTF-8 sequence split between two writes is held until its end arrives.
class TerminalSafeBuffer : public std::streambuf {
public:
    explicit TerminalSafeBuffer(std::streambuf* target) : target_(target) {}
    ~TerminalSafeBuffer() override;
    TerminalSafeBuffer(const TerminalSafeBuffer&) = delete;
    TerminalSafeBuffer& operator=(const TerminalSafeBuffer&) = delete;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    void write(std::string_view text, bool final);
    std::streambuf* target_;
    std::string pending_;  // the start of a UTF-8 sequence whose end has not come yet
};

// Puts a TerminalSafeBuffer in front of std::cout and std::cerr until destroyed.
class TerminalSafeStreams {
public:
    TerminalSafeStreams();
    ~TerminalSafeStreams();
    TerminalSafeStreams(const TerminalSafeStreams&) = delete;
    TerminalSafeStreams& operator=(const TerminalSafeStreams&) = delete;

private:
    std::streambuf* out_original_;
    std::streambuf* err_original_;
    std::unique_ptr<TerminalSafeBuffer> out_, err_;
};

}  // namespace chronomap
