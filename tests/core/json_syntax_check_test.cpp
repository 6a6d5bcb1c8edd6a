// The syntax checker names the usual mistakes where they are made.
#include <doctest/doctest.h>

#include <string>

#include "core/native_json/json_syntax_check.h"
#include "test_helpers.h"

using chronomap::check_json_syntax;

namespace {
std::string message_of(std::string_view text) {
    auto problem = check_json_syntax(text);
    return problem ? problem->message : "ok";
}
size_t offset_of(std::string_view text) {
    auto problem = check_json_syntax(text);
    return problem ? problem->offset : std::string_view::npos;
}
}  // namespace

TEST_CASE("valid JSON passes") {
    CHECK(message_of(R"({"a": [1, -2.5e3, "x\u00e9\ud83d\ude00", true, false, null, {}], "b": {}})") == "ok");
}

TEST_CASE("a missing comma is placed at the end of the line before") {
    std::string text = "{\"a\": 1,\n \"b\": 2\n \"c\": 3}";
    CHECK(message_of(text) == "missing ',' at the end of line 2");
    CHECK(offset_of(text) == text.find("2\n") + 1);
    CHECK(message_of("[1 2]") == "missing ',' between two values on line 1");
}

TEST_CASE("trailing commas, single quotes, bare names, comments") {
    CHECK_CONTAINS(message_of("{\"a\": [1, 2,]}"), "a ',' after the last element of the \"a\" array");
    CHECK(offset_of("{\"a\": [1, 2,]}") == 11);
    CHECK_CONTAINS(message_of("{\"a\": 1,}"), "a ',' after the last member");
    CHECK_CONTAINS(message_of("{'a': 1}"), "single quotes");
    CHECK_CONTAINS(message_of("{a: 1}"), "the name a is not in double quotes");
    CHECK_CONTAINS(message_of("{\"a\": 1 // no\n}"), "JSON has no comments");
}

TEST_CASE("strings: unclosed, raw control characters, bad escapes, bad UTF-8") {
    CHECK_CONTAINS(message_of("{\"a\": \"x\n}"), "the string opened at 1:7 is not closed on its line");
    CHECK_CONTAINS(message_of("{\"a\": \"2017, \"b\": 1}"), "is missing its closing '\"'");
    CHECK_CONTAINS(message_of(std::string_view("{\"a\": \"x\0\"}", 11)), "a NUL byte inside a string");
    CHECK_CONTAINS(message_of("{\"a\": \"x\ty\"}"), "a raw control character (byte 9)");
    CHECK_CONTAINS(message_of("{\"a\": \"\\q\"}"), "invalid escape \\q");
    CHECK_CONTAINS(message_of("{\"a\": \"\\ud800\"}"), "lone high surrogate");
    CHECK_CONTAINS(message_of("{\"a\": \"\xe9t\xe9\"}"), "invalid UTF-8 (byte 0xE9)");
}

TEST_CASE("numbers JSON has not, or too large to read") {
    CHECK(message_of("{\"a\": NaN}") == "NaN is not a JSON number");
    CHECK(message_of("{\"a\": -Infinity}") == "-Infinity is not a JSON number");
    CHECK_CONTAINS(message_of("{\"a\": 1e999}"), "the number 1e999 is too large");
    CHECK_CONTAINS(message_of("{\"a\": 123456789012345678901234}"), "too large to read exactly");
    CHECK_CONTAINS(message_of("{\"a\": 01}"), "invalid number 01");
    CHECK_CONTAINS(message_of("{\"a\": tru}"), "unexpected word tru");
}

TEST_CASE("a truncated file says which container it ends in") {
    std::string text = "{\"chronomap\": 1,\n \"events\": [\n  {\"time\": \"2017\"},\n  {\"time\": \"2018\",";
    CHECK(message_of(text) ==
          "the file ends inside the event /events/1 opened at 4:3, in the events array opened at 2:12: "
          "it may be truncated");
    CHECK(check_json_syntax(text)->hint.find("the last complete event ends on line 3") != std::string::npos);
    CHECK(message_of("{\"chronomap\": 1, \"events\": [") ==
          "the file ends inside the events array opened at 1:28: it may be truncated");
    CHECK_CONTAINS(message_of("{\"a\": \"x"), "the file ends inside the string opened at 1:7");
}

TEST_CASE("nesting deeper than the limit is refused without recursion") {
    CHECK(message_of(std::string(63, '[') + std::string(63, ']')) == "ok");
    CHECK(message_of(std::string(64, '[') + std::string(64, ']')) == "ok");
    CHECK_CONTAINS(message_of(std::string(65, '[') + std::string(65, ']')), "deeper than 64 levels");
    CHECK(offset_of(std::string(1000000, '[')) == 64);
}

TEST_CASE("mismatched brackets and text after the end") {
    CHECK_CONTAINS(message_of("{\"a\": [1}"), "'}' does not close the \"a\" array opened at 1:7");
    CHECK_CONTAINS(message_of("{\"a\": 1}}"), "after the end of the top-level value");
    CHECK_CONTAINS(message_of("{\"a\" 1}"), "expected ':' after the name \"a\"");
}
