#!/usr/bin/env python3
"""A synthetic OpenStreetMap extract (OSM XML) of a grid city around Deir ez-Zor, for
explorer_bench --overlay: streets of every class, built-up blocks, buildings and water, about
the size asked (default 30 MB). GDAL's OSM driver reads it like a real extract.

    bench/make_synthetic_osm.py /tmp/city.osm --megabytes 30
"""
import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--megabytes", type=float, default=30)
args = parser.parse_args()
random.seed(7)

LON0, LAT0, STEP = 39.95, 35.20, 0.0009  # about 80 m between nodes
target = int(args.megabytes * 1_000_000)
classes = ["residential"] * 6 + ["tertiary", "secondary", "service", "footway"]
node_id, way_id, written = 1, 1, 0

with open(args.out, "w") as out:
    def emit(text):
        global written
        out.write(text)
        written += len(text)

    emit('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="chronomap bench">\n')
    row = 0
    while written < target:
        # One east-west street with a wiggle, a building along it every few nodes, a block.
        lat = LAT0 + row * STEP * 3
        nodes = []
        for i in range(300):
            lon = LON0 + i * STEP
            emit(f'<node id="{node_id}" lat="{lat + random.uniform(-2e-5, 2e-5):.7f}" lon="{lon:.7f}" version="1"/>\n')
            nodes.append(node_id)
            node_id += 1
        highway = "primary" if row % 25 == 0 else random.choice(classes)
        emit(f'<way id="{way_id}" version="1">' + "".join(f'<nd ref="{n}"/>' for n in nodes) +
             f'<tag k="highway" v="{highway}"/><tag k="name" v="Street {row}"/></way>\n')
        way_id += 1
        for i in range(0, 300, 4):
            lon = LON0 + i * STEP + 0.0001
            b = lat + 0.0002
            corners = [(b, lon), (b, lon + 0.0004), (b + 0.0004, lon + 0.0004), (b + 0.0004, lon)]
            ids = []
            for (y, x) in corners:
                emit(f'<node id="{node_id}" lat="{y:.7f}" lon="{x:.7f}" version="1"/>\n')
                ids.append(node_id)
                node_id += 1
            tag = '<tag k="building" v="yes"/>' if i % 40 else '<tag k="landuse" v="residential"/>'
            if row % 40 == 7 and i == 0:
                tag = '<tag k="natural" v="water"/>'
            emit(f'<way id="{way_id}" version="1">' + "".join(f'<nd ref="{n}"/>' for n in ids + ids[:1]) + tag + "</way>\n")
            way_id += 1
        row += 1
    emit("</osm>\n")
print(f"{args.out}: {written / 1e6:.1f} MB, {node_id - 1} nodes, {way_id - 1} ways, {row} streets")
