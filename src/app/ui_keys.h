// Keys the explorer reacts to. ImGui 1.86 indexes io.KeysDown by the platform backend's key
// codes; ours is GLFW, whose codes these are (the headless UI tests press the same ones).
#pragma once

#include <imgui.h>

namespace chronomap {

namespace ui_key {
inline constexpr int Space = 32, Minus = 45, Equal = 61;
inline constexpr int A = 65, C = 67, F = 70, O = 79, Q = 81, S = 83, T = 84;
inline constexpr int Escape = 256, Enter = 257, Right = 262, Left = 263, Down = 264, Up = 265;
inline constexpr int PageUp = 266, PageDown = 267, Home = 268, End = 269, F12 = 301;
inline constexpr int KeypadSubtract = 333, KeypadAdd = 334;
}  // namespace ui_key

inline bool key_pressed(int key, bool repeat = true) { return ImGui::IsKeyPressed(key, repeat); }

}  // namespace chronomap
