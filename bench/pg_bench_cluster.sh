# Sourced by the PostGIS benchmarks (postgis_bench.sh, postgis_animate_bench.sh): a throwaway
# PostgreSQL 15 + PostGIS cluster in a temporary folder on a free port, with a database
# "bench", stopped and deleted when the script exits. As root the server runs as `nobody`
# (PostgreSQL refuses root). Sets bin, folder, port, uri and `as` (the prefix that runs a
# server command as its user).
bin="${CHRONOMAP_PG_BIN:-/usr/lib/postgresql/15/bin}"
folder="$(mktemp -d /tmp/chronomap-pg-bench-XXXXXX)"
as=()
if (( EUID == 0 )); then chown nobody: "$folder"; as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stop() { (cd "$folder" && "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true); rm -rf "$folder"; }
trap stop EXIT
cd "$folder"
"${as[@]}" "$bin/initdb" -D "$folder/data" -U chronomap --auth=trust -E UTF8 --locale=C >/dev/null
# A desktop-class server: 1 GB shared buffers, parallel workers allowed (2 cores here).
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start -o \
  "-p $port -k $folder -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min" >/dev/null
"${as[@]}" "$bin/createdb" -h "$folder" -p "$port" -U chronomap bench
uri="postgresql://chronomap@127.0.0.1:$port/bench"
