#!/usr/bin/env bash
# Platform benchmark: publishes a Release build, starts it on 127.0.0.1 (Production, demo data on),
# and measures with wrk in one run: /healthz (the floor: no database, no Razor) and the anonymous
# home page (Razor + layout + output cache). Prints the figures and checks that the home page reaches
# at least 30 % of /healthz throughput (issue 2, "Done when" 5).
#
#   scripts/bench/run.sh              SQLite (default)
#   scripts/bench/run.sh --postgres   PostgreSQL (throw-away cluster from scripts/start-postgres.sh)
#
# Environment: BENCH_DURATION (s, default 15), BENCH_CONNECTIONS (default 32), BENCH_THREADS (default 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
provider=Sqlite
[ "${1:-}" = "--postgres" ] && provider=Postgres
duration=${BENCH_DURATION:-15}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
port=${BENCH_PORT:-5099}
work="$root/.ci/bench"
mkdir -p "$work"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

echo "== publishing Release build"
dotnet publish src/Civitas.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q -clp:ErrorsOnly >/dev/null

rm -rf "$work/data"
mkdir -p "$work/data"
if [ "$provider" = Postgres ]; then
  export PGDATA="$work/pgdata" PGPORT=${BENCH_PGPORT:-55599}
  rm -rf "$PGDATA"
  cs=$(scripts/start-postgres.sh)
  export Database__Provider=Postgres Database__ConnectionString="$cs"
else
  export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/data/civitas.db"
fi
export ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Files__RootPath="$work/data/files" Mail__PickupDirectory="$work/data/mail"
export Logging__LogLevel__Default=Warning

(cd "$work/app" && exec dotnet Civitas.Web.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [ "$provider" = Postgres ]; then scripts/stop-postgres.sh >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "server not ready"; tail -30 "$work/server.log"; exit 1; }
curl -fs "http://127.0.0.1:$port/" | grep -q "Miasto Przykładowe" || { echo "home page does not show the demo tenant"; exit 1; }

measure() { # url -> "rps p50 p90 p99"
  local url=$1
  wrk -t"$threads" -c"$connections" -d5s "$url" >/dev/null 2>&1 # warm-up
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")
  echo "$out" >"$work/wrk-$(echo "$url" | tr -c 'a-z0-9' '_').txt"
  local rps p50 p90 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p90=$(echo "$out" | awk '$1=="90%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $4}')
  echo "$rps $p50 $p90 $p99 ${non2xx:-0}"
}

read -r h_rps h_p50 h_p90 h_p99 h_err <<<"$(measure "http://127.0.0.1:$port/healthz")"
read -r p_rps p_p50 p_p90 p_p99 p_err <<<"$(measure "http://127.0.0.1:$port/")"
ratio=$(awk -v a="$p_rps" -v b="$h_rps" 'BEGIN { printf "%.1f", (a / b) * 100 }')

echo
echo "== Civitas platform benchmark ($provider, wrk -t$threads -c$connections -d${duration}s, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
printf "%-22s %12s %9s %9s %9s %8s\n" "endpoint" "req/s" "p50" "p90" "p99" "non-2xx"
printf "%-22s %12s %9s %9s %9s %8s\n" "/healthz" "$h_rps" "$h_p50" "$h_p90" "$h_p99" "$h_err"
printf "%-22s %12s %9s %9s %9s %8s\n" "/ (anonymous home)" "$p_rps" "$p_p50" "$p_p90" "$p_p99" "$p_err"
echo "home page throughput = ${ratio} % of /healthz (target >= 30 %)"
awk -v r="$ratio" 'BEGIN { exit !(r >= 30) }' && echo "PASS" || { echo "FAIL"; exit 1; }
