// Text from files reaches the terminal with its control characters escaped.
#include <doctest/doctest.h>

#include <sstream>

#include "core/text/terminal_text.h"

using chronomap::escape_for_terminal;
using chronomap::TerminalSafeBuffer;

TEST_CASE("control characters, C1 controls, bidi overrides and bad UTF-8 are escaped") {
    CHECK(escape_for_terminal("Misrata") == "Misrata");
    CHECK(escape_for_terminal("Deir ez-Zhor, Syrie\tété\n") == "Deir ez-Zhor, Syrie\tété\n");
    CHECK(escape_for_terminal("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(escape_for_terminal(std::string_view("a\0b\a\r", 5)) == "a\\x00b\\x07\\x0d");
    CHECK(escape_for_terminal("\x7f") == "\\x7f");
    CHECK(escape_for_terminal("\xc2\x9b" "2J") == "\\u009b2J");          // C1 CSI
    CHECK(escape_for_terminal("\xe2\x80\xae" "txt.exe") == "\\u202etxt.exe");  // RIGHT-TO-LEFT OVERRIDE
    CHECK(escape_for_terminal("\xe2\x81\xa6x") == "\\u2066x");           // LEFT-TO-RIGHT ISOLATE
    CHECK(escape_for_terminal("\xff\xc3") == "\\xff\\xc3");
    CHECK(escape_for_terminal("دير الزور") == "دير الزور");  // right-to-left text itself is kept
}

TEST_CASE("the stream buffer escapes what passes through it, even a sequence split in two writes") {
    std::ostringstream target;
    {
        TerminalSafeBuffer buffer(target.rdbuf());
        std::ostream out(&buffer);
        out << "title: \x1b]0;pwned\x07 ";
        out << "\xe2\x80";  // the first two bytes of U+202E
        out << "\xae" << "end" << '\x1b' << "\n";
        out << "caf\xc3";  // cut short at the end: escaped when the buffer goes
    }
    CHECK(target.str() == "title: \\x1b]0;pwned\\x07 \\u202eend\\x1b\ncaf\\xc3");
}
