// A progress bar with the remaining time, on stderr, only when stderr is a terminal
// (scripts and CI logs get one line at the end instead).
#pragma once

#include <chrono>
#include <string>

namespace chronomap::cli {

class ProgressBar {
  public:
    ProgressBar(std::string label, size_t total);
    void update(size_t done);  // redraws at most 10 times a second
    void finish();             // clears the bar
    bool on_terminal() const { return tty_; }

  private:
    std::string label_;
    size_t total_;
    bool tty_;
    std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace chronomap::cli
