# Every dependency is a Debian package (scripts/setup installs them); nothing is vendored.
find_package(nlohmann_json 3.10 REQUIRED)
find_package(simdjson REQUIRED)
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)
if(CHRONOMAP_BUILD_TESTS)
  find_package(doctest REQUIRED)
endif()
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
if(CHRONOMAP_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# Rendering and geodata (issue "Renderer and headless export").
find_package(GDAL CONFIG REQUIRED)   # OGR TopoJSON (basemap build), GeoTIFF export
find_package(GEOS 3.11 REQUIRED)     # constrained Delaunay triangulation of land polygons
find_package(OpenGL REQUIRED COMPONENTS EGL)
find_package(glfw3 3.3 REQUIRED)
find_package(Freetype REQUIRED)
find_package(PNG REQUIRED)
pkg_check_modules(EPOXY REQUIRED IMPORTED_TARGET epoxy)
# WebP frames and maps of the web pages (issue 22)
pkg_check_modules(WEBP REQUIRED IMPORTED_TARGET libwebp)

# PostGIS as a source and a sink (issue 23, docs/postgis.md): the PostgreSQL client library.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)

# Video export (issue "Presentation mode and video export"): Debian's FFmpeg libraries,
# with libx264 (H.264), libvpx (VP9) and the built-in GIF encoder.
pkg_check_modules(LIBAV REQUIRED IMPORTED_TARGET libavcodec libavformat libavutil libswscale)
# SVG and PDF export (issue 22): Cairo writes the PDF
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo cairo-pdf)
