#!/usr/bin/env python3
"""Where a window change's time goes (docs/PERFORMANCE.md, "PostGIS: the window count's parallel
workers"): per window change of one `postgis_bench --explorer-only` run, the server's time by
statement from its log (log_min_duration_statement = 0: parse, bind = planning, execute), and
the client's time from strace (send of the first statement to the last answer read, of which
waiting for answers and working between statements).

  strace -f -tt -T -e trace=sendto,recvfrom -o TRACE build/bench/postgis_bench URI ... --explorer-only
  bench/postgis_window_trace.py SERVER_LOG_OF_THE_RUN TRACE

A window change starts with the layout statement (src/postgis/postgis_schema.cpp, table_layout);
the loader's session is the one with the most statements in the log, its thread the one with
the most calls in the trace.
"""
import re
import sys
from collections import Counter
from datetime import datetime

LOG = re.compile(r'^\S+ \S+ UTC \[(\d+)\] LOG:  duration: ([\d.]+) ms  (parse|bind|execute|statement)[^:]*: (.*)')
TRACE = re.compile(r'(\d+)\s+(\S+) (sendto|recvfrom)\(\d+, "(.{0,40})')


def kind(sql):
    if sql.startswith('SELECT (SELECT max_duration_s') or sql.startswith('SELECT EXISTS (SELECT 1 FROM'):
        return 'layout'
    if sql.startswith('SELECT title, lang'):
        return 'metadata'
    if sql.startswith('SELECT event'):  # event::text before the binary answers
        return 'rows'
    if 'chronomap_cells' in sql or 'GROUP BY 1, 2' in sql:
        return 'grid'
    if 'sum(events)' in sql or 'LIMIT' in sql:
        return 'count'
    return 'other'


def server_windows(path):
    records = [m.groups() for m in map(LOG.match, open(path)) if m]
    session = Counter(r[0] for r in records).most_common(1)[0][0]
    windows = []
    for _, ms, phase, sql in (r for r in records if r[0] == session):
        if sql.startswith('SELECT (SELECT max_duration_s') and phase in ('parse', 'statement'):
            windows.append(Counter())
        if windows:
            windows[-1][kind(sql)] += float(ms)
            windows[-1]['planning' if phase in ('parse', 'bind') else 'executing'] += float(ms)
    return windows


def client_windows(path):
    calls = []
    for m in map(TRACE.match, open(path)):
        if m:
            t = datetime.strptime(m[2], '%H:%M:%S.%f').timestamp() * 1000
            calls.append((m[1], t, m[3], m[4]))
    thread = Counter(c[0] for c in calls).most_common(1)[0][0]
    statements = []  # [sent, last answer read, first bytes]
    for _, t, call, text in (c for c in calls if c[0] == thread):
        if call == 'sendto':
            statements.append([t, t, text])
        elif statements:
            statements[-1][1] = t
    windows = []
    for s in statements:
        if 'max_duratio' in s[2]:
            windows.append([])
        if windows:
            windows[-1].append(s)
    return [(w[-1][1] - w[0][0], sum(s[1] - s[0] for s in w)) for w in windows]


server = server_windows(sys.argv[1])
client = client_windows(sys.argv[2])
print('window | client: first send to last read, waiting, between statements | server: planning, executing | by statement')
for i, (s, c) in enumerate(zip(server, client)):
    statements = ' '.join(f'{k} {s[k]:.1f}' for k in ('layout', 'count', 'grid', 'metadata', 'rows') if k in s)
    print(f'{i:3d} | {c[0]:6.1f} {c[1]:6.1f} {c[0] - c[1]:5.1f} | {s["planning"]:5.1f} {s["executing"]:6.1f} | {statements}')
