#version 330 core
// The density grid (already coloured, one texel per cell) stretched over the frame.
uniform sampler2D u_cells;
uniform vec2 u_grid_pixels;  // device pixels the grid covers (a whole number of cells)
uniform vec2 u_origin;       // the viewport's bottom-left corner in the framebuffer
out vec4 o_color;

void main() { o_color = texture(u_cells, (gl_FragCoord.xy - u_origin) / u_grid_pixels); }
