#include "cli/progress_bar.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>

#include "cli/interrupt.h"

namespace chronomap::cli {

// [SECTION] interrupt

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void on_sigint(int) {
    if (g_interrupted.exchange(true)) _exit(kExitInterrupted);  // second Ctrl-C: leave now
}
}  // namespace

void install_interrupt_handler() {
    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool interrupted() {
    return g_interrupted.load();
}

// [SECTION] progress bar

ProgressBar::ProgressBar(std::string label, size_t total)
    : label_(std::move(label)),
      total_(std::max<size_t>(total, 1)),
      tty_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

void ProgressBar::update(size_t done) {
    if (!tty_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    double fraction = static_cast<double>(done) / static_cast<double>(total_);
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double remaining = done > 0 ? elapsed * (1 - fraction) / fraction : 0;
    constexpr int kWidth = 30;
    int filled = static_cast<int>(std::lround(fraction * kWidth));
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '-');
    std::fprintf(stderr, "\r%s [%s] %zu/%zu frames, %.0f s left  ", label_.c_str(), bar.c_str(),
                 done, total_, std::ceil(remaining));
    std::fflush(stderr);
}

void ProgressBar::finish() {
    if (!tty_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

}  // namespace chronomap::cli
