#!/usr/bin/env bash
# Stops the cluster started by scripts/start-postgres.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PGDATA=${PGDATA:-$root/.ci/pgdata}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -s "$PGDATA/PG_VERSION" ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true; fi
