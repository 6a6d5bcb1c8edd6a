// Ctrl-C during a long export: the first SIGINT asks the frame loop to stop (it then
// removes its temporary output); a second one ends the program at once.
#pragma once

namespace chronomap::cli {

inline constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it

void install_interrupt_handler();
bool interrupted();

}  // namespace chronomap::cli
