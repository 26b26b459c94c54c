#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the tests (or for trying the app on
# PostgreSQL). Prints the connection string. Stop it with scripts/stop-postgres.sh.
#   PGDATA (default .ci/pgdata) and PGPORT (default 55432) can be set.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PGDATA=${PGDATA:-$root/.ci/pgdata}
export PGPORT=${PGPORT:-55432}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; fi
  chmod 700 "$PGDATA"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  # fsync off: a throw-away test cluster trades durability for speed.
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
fi
if [ "$(as_pg psql -h /tmp -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='civitas'")" != "1" ]; then
  as_pg psql -h /tmp -p "$PGPORT" -U postgres -q -c "CREATE ROLE civitas LOGIN PASSWORD 'civitas' CREATEDB"
fi
if [ "$(as_pg psql -h /tmp -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='civitas'")" != "1" ]; then
  as_pg psql -h /tmp -p "$PGPORT" -U postgres -q -c "CREATE DATABASE civitas OWNER civitas"
fi
echo "Host=127.0.0.1;Port=$PGPORT;Database=civitas;Username=civitas;Password=civitas"
