#!/usr/bin/env python3
"""Writes a synthetic GeoNames extract (19 tab-separated columns, as SY.txt) of N rows.

Two kinds (docs/PERFORMANCE.md, "World gazetteers"):

  worst case (the default): real cities500 names of SY, IQ, TR, YE, LB and JO with village
  prefixes and suffixes ("Tall X", "X al-Sharqi"); 70 % of the rows are populated places
  (feature class P), the rest wadis, hills and springs, as in GeoNames' country files. Only
  3,066 source towns, so every name is borne by dozens of places: the worst case.

  --namesakes cities500: N populated places whose namesakes follow cities500's distribution
  (77 % of places bear a name no other place bears, the tail up to 65). Every cities500 row
  first (a world file holds them: press spellings find their places), then groups of places
  sharing one new name, a group's size drawn from cities500's names; a new name splices two
  cities500 names ("Sol" + "tarter"), its alternates the same way, unique in the file. Places
  lie around real ones (half in the country of the name's first place).

Deterministic (seeded). Usage:
    bench/make_geonames_extract.py CITIES500 100000 > /tmp/XX.txt
    bench/make_geonames_extract.py --namesakes cities500 CITIES500 5000000 > /tmp/world-real.txt
    bench/make_geonames_extract.py --stats FILE     # its namesake distribution (P rows)
"""
import collections
import random
import sys


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 19:
                yield c


def namesake_stats(path):
    """Share of places whose main name (case-folded) no other place bears, and the tail."""
    names = collections.Counter(c[1].lower() for c in read_rows(path) if c[6] in ("P", ""))
    sizes = collections.Counter(names.values())
    n = sum(names.values())
    print(f"{path}: {n} places, {len(names)} names")
    print(f"  places with a name of their own: {sizes[1] / n:.1%}")
    print(f"  places bearing a place's name (weighted by place): {sum(k * k * v for k, v in sizes.items()) / n:.2f}")
    print(f"  places sharing their name with 10 or more: {sum(k * v for k, v in sizes.items() if k >= 10) / n:.1%}")
    print(f"  largest group: {max(sizes)}; most common: {names.most_common(5)}")


def worst_case(cities, rows, out):
    random.seed(11)
    source = [c for c in read_rows(cities) if c[8] in ("SY", "IQ", "TR", "YE", "LB", "JO")]
    prefixes = ["", "", "Tall ", "Khirbat ", "Ain ", "Kafr ", "Deir ", "Bir ", "Umm "]
    suffixes = ["", "", " al-Sharqi", " al-Gharbi", " al-Kabir", " al-Saghir", " Tahtani", " Fawqani"]
    other = [("H", "WAD"), ("T", "HLL"), ("H", "SPNG"), ("S", "FRM"), ("T", "MT")]
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


def splice(a, b):
    """The front of one name and the back of another, cut near their middles."""
    i = max(1, len(a) // 2 + random.randint(-1, 1))
    j = min(len(b) - 1, len(b) // 2 + random.randint(-1, 1))
    return a[:i] + b[max(j, 0):]


def cities500_namesakes(cities, rows, out):
    random.seed(12)
    source = list(read_rows(cities))
    by_country = collections.defaultdict(list)
    for c in source:
        by_country[c[8]].append(c)
    names = collections.Counter(c[1].lower() for c in source)
    # A group's size is drawn as a name's number of places in cities500 (one draw per name).
    group_sizes = list(names.values())
    used = set(names)
    written = 0
    for c in source:
        if written == rows:
            return
        out.write("\t".join(c[:19]) + "\n")
        written += 1
    next_id = 20_000_000
    while written < rows:
        a, b = random.choice(source), random.choice(source)
        name = splice(a[1], b[1])
        if name.lower() in used or len(name) < 3:
            continue
        used.add(name.lower())
        ascii_name = name if a[1] == a[2] and b[1] == b[2] else splice(a[2], b[2])
        alternates = ",".join(splice(x, b[2]) for x in [x for x in a[3].split(",") if x][:3])
        for k in range(min(random.choice(group_sizes), rows - written)):
            if k == 0:
                near = a
            elif random.random() < 0.5:
                near = random.choice(by_country[a[8]])
            else:
                near = random.choice(source)
            row = [""] * 19
            row[0] = str(next_id)
            row[1], row[2], row[3] = name, ascii_name, alternates
            row[4] = "%.5f" % max(-90.0, min(90.0, float(near[4]) + random.uniform(-0.3, 0.3)))
            row[5] = "%.5f" % max(-180.0, min(180.0, float(near[5]) + random.uniform(-0.3, 0.3)))
            row[6], row[7], row[8], row[10] = "P", "PPL", near[8], near[10]
            row[14] = str(random.choice([0, 0, 0, 150, 400, 1200, 3000]))
            row[17] = near[17]
            out.write("\t".join(row) + "\n")
            next_id += 1
            written += 1


def main(argv):
    if argv[:1] == ["--stats"]:
        namesake_stats(argv[1])
    elif argv[:2] == ["--namesakes", "cities500"]:
        cities500_namesakes(argv[2], int(argv[3]), sys.stdout)
    elif len(argv) == 2:
        worst_case(argv[0], int(argv[1]), sys.stdout)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
