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

// `arguments` is passed to /bin/sh after the binary path; `folder` is the working directory;
// `environment` ("NAME=value ...", empty values unset nothing but blank them) is set for the run.
// With `timeout_seconds`, a run that takes longer is killed (exit code 124, as timeout(1)).
CommandResult run_chronomap(const std::string& arguments, const std::string& folder = ".",
                            const std::string& stdin_text = "", const std::string& environment = "",
                            int timeout_seconds = 0);

}  // namespace chronomap::test
