#include "cli/run_command.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chronomap::test {
namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

CommandResult run_chronomap(const std::string& arguments, const std::string& folder,
                            const std::string& stdin_text, const std::string& environment,
                            int timeout_seconds) {
    static int counter = 0;
    auto base = std::filesystem::temp_directory_path() /
                ("chronomap-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::string in = base.string() + ".in", out = base.string() + ".out", err = base.string() + ".err";
    std::ofstream(in, std::ios::binary) << stdin_text;
    std::string command = "cd '" + folder + "' && " + (environment.empty() ? "" : "env " + environment + " ") +
                          (timeout_seconds > 0 ? "timeout -k 5 " + std::to_string(timeout_seconds) + " " : "") +
                          "'" CHRONOMAP_BINARY "' " + arguments + " <'" + in +
                          "' >'" + out + "' 2>'" + err + "'";
    int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = slurp(out);
    result.err = slurp(err);
    std::filesystem::remove(in);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

}  // namespace chronomap::test
