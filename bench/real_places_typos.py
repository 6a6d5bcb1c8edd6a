#!/usr/bin/env python3
"""Typos of the real-world tables' places, looked up with their country and region.

    bench/real_places_typos.py CHRONOMAP [--geodata DIR] TABLE.tsv...

For each row of tests/data/geocode-real-places-*.tsv that gives a region, three typos of its
name (one vowel changed, one consonant doubled, one letter dropped; random, seed 7, so the same
on every run) are looked up with `CHRONOMAP lookup -` (name, country, region) and scored as
real_places_bench scores rows: placed right (within 30 km, 50 km for "approx" rows), refused,
misplaced. Prints every misplaced typo and the three counts. A typo is not a spelling users
mean, so refusing it is fine; placing it far away is what this looks for (issue 24: a rule
that takes a look-alike where the region agrees).
"""
import math
import random
import re
import subprocess
import sys

VOWELS = "aeiou"


def typos(name, rng):
    out = []
    vowels = [i for i, ch in enumerate(name) if ch in VOWELS]
    if vowels:
        i = rng.choice(vowels)
        out.append(name[:i] + rng.choice([v for v in VOWELS if v != name[i]]) + name[i + 1:])
    consonants = [i for i, ch in enumerate(name) if ch.isalpha() and ch.lower() not in VOWELS]
    if consonants:
        i = rng.choice(consonants)
        out.append(name[:i] + name[i] + name[i:])
    if len(name) > 5:
        i = rng.randrange(1, len(name) - 1)
        out.append(name[:i] + name[i + 1:])
    return out


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(a)))


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    binary, rest = argv[1], argv[2:]
    geodata = []
    if rest[0] == "--geodata":
        geodata, rest = ["--geodata", rest[1]], rest[2:]
    rng = random.Random(7)
    queries, truths = [], []
    for table in rest:
        for line in open(table, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if not c[2]:
                continue
            for typo in typos(c[0], rng):
                queries.append(f"{typo}\t{c[1]}\t{c[2]}")
                truths.append((float(c[4]), float(c[5]), 50 if c[6] == "approx" else 30, c[0]))
    answer = subprocess.run([binary, "lookup", "-", *geodata], input="\n".join(queries) + "\n",
                            capture_output=True, text=True).stdout
    lines = [l for l in answer.splitlines() if not l.startswith("  ")]
    assert len(lines) == len(queries), (len(lines), len(queries))
    right = refused = misplaced = 0
    for query, truth, line in zip(queries, truths, lines):
        m = re.search(r'"coordinates": \[([-0-9.]+), ([-0-9.]+)\]', line)
        if ": resolved" not in line or not m:
            refused += 1
            continue
        d = km(truth[0], truth[1], float(m.group(2)), float(m.group(1)))
        if d <= truth[2]:
            right += 1
        else:
            misplaced += 1
            placed = line.split(":", 1)[1].split('"coordinates"')[0].strip()
            written = query.replace("\t", ", ")
            print(f"MISPLACED  '{written}' (a typo of {truth[3]}) -> {placed} {d:.0f} km away")
    print(f"typos {len(queries)}: placed right {right}, refused {refused}, misplaced {misplaced}")


if __name__ == "__main__":
    main(sys.argv)
