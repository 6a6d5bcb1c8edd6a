// Runs the chronomap binary as a user would, capturing exit code and output.
#pragma once

#include <string>

namespace chronomap::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // stdout
    std::string err;  // stderr
    std::string all() const { return out + err; }
};

// `arguments` is passed to /bin/sh after the binary path; `folder` is the working directory.
CommandResult run_chronomap(const std::string& arguments, const std::string& folder = ".",
                            const std::string& stdin_text = "");

}  // namespace chronomap::test
