#!/bin/sh
# The geodata builders, sanitized, on the normal build's downloaded sources (ctest
# `geodata_builders`, geodata/prebuilt.cmake): the 110 m basemap must come out byte for byte as
# the normal build made it; the gazetteer (on the first 20 000 GeoNames places: the whole file
# takes over a minute under ASan) and the place names must be written without any sanitizer
# report (which fails the run).
set -eu
gazetteer_build=$1 basemap_build=$2 place_names_build=$3 sources=$4 prebuilt=$5 out=$6
cities=$7 countries=$8 regions=$9
shift 9
exonyms=$1
rm -rf "$out"
mkdir -p "$out"
"$basemap_build" "$sources/world-atlas/countries-110m.json" "$out/basemap-110m.bin"
cmp "$out/basemap-110m.bin" "$prebuilt/basemap-110m.bin"
head -n 20000 "$sources/$cities/dist/cities500.txt" > "$out/cities.txt"
"$gazetteer_build" --cities "$out/cities.txt" --countries "$sources/$countries" \
  --regions "$sources/$regions/data/iso3166-2.json" --out "$out/gazetteer.idx"
test -s "$out/gazetteer.idx"
"$place_names_build" "$sources/world-atlas/countries-50m.json" "$sources/$countries" \
  "$out/cities.txt" "$exonyms" "$out/place-names.tsv" "builders test"
test -s "$out/place-names.tsv"
echo "geodata builders: sanitized runs clean; the 110 m basemap is identical to $prebuilt's"
