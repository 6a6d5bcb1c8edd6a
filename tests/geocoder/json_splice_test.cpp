#include "core/io/json_splice.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace chronomap;

TEST_CASE("splice_member sets, replaces and removes one member, keeping the rest as written") {
    CHECK(splice_member(R"({ "a": 1 })", "g", "{}") == R"({ "a": 1, "g": {} })");
    CHECK(splice_member(R"({"a":1,"b":[1,{"x":"}"}]})", "g", "2") ==
          R"({"a":1,"b":[1,{"x":"}"}],"g": 2})");  // the file's own separator
    CHECK(splice_member("{\n  \"a\": 1,\n  \"b\": 2\n}", "g", "3") ==
          "{\n  \"a\": 1,\n  \"b\": 2,\n  \"g\": 3\n}");
    CHECK(splice_member("{\n    \"a\": 1\n}", "g", "3") == "{\n    \"a\": 1,\n    \"g\": 3\n}");
    CHECK(splice_member(R"({ "g": {"old": "x\"y"}, "a": 1 })", "g", "5") ==
          R"({ "g": 5, "a": 1 })");
    CHECK(splice_member(R"({ "a": 1, "g": {"old": 1} })", "g", std::nullopt) == R"({ "a": 1 })");
    CHECK(splice_member(R"({ "g": 1, "a": 1 })", "g", std::nullopt) == R"({ "a": 1 })");
    CHECK(splice_member(R"({ "g": 1 })", "g", std::nullopt) == R"({  })");
    CHECK(splice_member(R"({ "a": 1 })", "g", std::nullopt) == R"({ "a": 1 })");
    CHECK(splice_member("{}", "g", "1") == R"({"g": 1})");
    CHECK_THROWS_AS(splice_member("[1, 2]", "g", "1"), std::invalid_argument);
    CHECK_THROWS_AS(splice_member(R"({ "a": )", "g", "1"), std::invalid_argument);
    CHECK_THROWS_AS(splice_member(R"({ "a": [1, 2 )", "g", "1"), std::invalid_argument);
    CHECK(one_line_json(nlohmann::ordered_json::parse(R"({"a":[1,2],"b":{"c":"é"}})")) ==
          R"({"a": [1, 2], "b": {"c": "é"}})");
}
