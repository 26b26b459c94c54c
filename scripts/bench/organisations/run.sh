#!/usr/bin/env bash
# Benchmarks of the Organisations module (issue 3): directory search and filters (p95 at 8 concurrent
# clients), the map's data for every point, and the memory of the CSV/XLSX export, on SQLite and on
# PostgreSQL, against a Release build on 127.0.0.1 seeded with 150 000 organisations. The API mix is measured
# twice: as deployed (counts kept in memory, docs/adr/0009-directory-counts-in-memory.md) and with
# Organisations:DirectoryCountSeconds=0 (every request counts in the database: the figure of a mix of searches
# nobody asked in the last minute).
#
#   scripts/bench/organisations/run.sh [sqlite|postgres|both]      (default: both)
#   BENCH_COUNT=150000 BENCH_PORT=5705 BENCH_PGPORT=55515 BENCH_DURATION=20s BENCH_WARMUP=30s
#   BENCH_PG_OPTIONS="Max Auto Prepare=20" (appended to the PostgreSQL connection string, e.g. to compare Npgsql options)
#
# Results go to scripts/bench/out/organisations/results-<provider>.txt and are printed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
here="$root/scripts/bench/organisations"
out="$root/scripts/bench/out/organisations"
providers=${1:-both}
[ "$providers" = both ] && providers="sqlite postgres"
count=${BENCH_COUNT:-150000}
port=${BENCH_PORT:-5705}
pgport=${BENCH_PGPORT:-55515}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-30s}
base="http://127.0.0.1:$port"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

log "publishing a Release build"
dotnet publish "$root/src/Civitas.Web" -c Release -r linux-x64 --self-contained false -o "$out/app" --nologo -v q >"$out/publish.log" 2>&1 \
  || { tail -30 "$out/publish.log"; exit 1; }
dotnet build "$here/Generator" -c Release --nologo -v q -o "$out/generator" >"$out/generator-build.log" 2>&1 \
  || { tail -30 "$out/generator-build.log"; exit 1; }

app_pid=""
start_app() { # provider connection [count-seconds]
  ( cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=1 \
      Organisations__DirectoryCountSeconds="${3:-60}" \
      Demo__Enabled=true Database__Provider="$1" Database__ConnectionString="$2" \
      Files__RootPath="$out/files-$1" Mail__PickupDirectory="$out/mail" \
      Logging__LogLevel__Default=Warning \
      exec dotnet Civitas.Web.dll --urls "$base" >"$out/app-$1.log" 2>&1 ) &
  app_pid=$!
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)" = 200 ] && return 0
    sleep 1
  done
  echo "app did not become ready; see $out/app-$1.log"; tail -20 "$out/app-$1.log"; exit 1
}
stop_app() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; app_pid=""; }
trap stop_app EXIT

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
app_process() { pgrep -P "$app_pid" -f Civitas.Web.dll || echo "$app_pid"; }

measure_export() { # url -> "bytes peak_rss_kb baseline_rss_kb seconds"
  local pid; pid=$(app_process)
  local baseline; baseline=$(rss_kb "$pid")
  local peak=$baseline
  curl -s -H 'Cookie: .Civitas.Identity=bench' -o "$out/export.tmp" -w '%{size_download} %{time_total}\n' "$1" >"$out/export.curl" &
  local curl_pid=$!
  while kill -0 "$curl_pid" 2>/dev/null; do
    local now; now=$(rss_kb "$pid" || echo 0)
    [ "${now:-0}" -gt "$peak" ] && peak=$now
    sleep 0.02
  done
  wait "$curl_pid"
  read -r bytes seconds <"$out/export.curl"
  echo "$bytes $peak $baseline $seconds"
}

for provider in $providers; do
  results="$out/results-$provider.txt"
  : >"$results"
  if [ "$provider" = sqlite ]; then
    rm -rf "$out/sqlite"; mkdir -p "$out/sqlite"
    cs="Data Source=$out/sqlite/civitas.db"
    app_provider=Sqlite
  else
    export PGDATA="$out/pgdata" PGPORT="$pgport"
    "$root/scripts/stop-postgres.sh" >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
    "$root/scripts/start-postgres.sh" >/dev/null
    cs="Host=127.0.0.1;Port=$pgport;Database=civitas;Username=civitas;Password=civitas;Maximum Pool Size=50${BENCH_PG_OPTIONS:+;$BENCH_PG_OPTIONS}"
    echo "connection_options=Maximum Pool Size=50${BENCH_PG_OPTIONS:+;$BENCH_PG_OPTIONS}" >>"$results"
    app_provider=Postgres
  fi

  log "$provider: migrating and seeding the demo"
  start_app "$app_provider" "$cs"; stop_app
  log "$provider: generating $count organisations"
  gen_start=$(date +%s.%N)
  dotnet "$out/generator/Civitas.Bench.Organisations.dll" --provider "$provider" --connection "$cs" --count "$count" | tee -a "$results"
  gen_end=$(date +%s.%N)
  echo "generator_seconds=$(echo "$gen_end - $gen_start" | bc)" >>"$results"

  start_app "$app_provider" "$cs"
  log "$provider: warming up ($warmup of each mix, not measured)"
  for f in search-api.txt search-pages.txt; do
    while read -r path; do curl -s -o /dev/null -H 'Cookie: .Civitas.Identity=bench' "$base$path"; done <"$here/$f"
  done
  # A freshly started .NET process runs unoptimised code until tiered compilation (and dynamic PGO) has
  # recompiled the hot methods, and PostgreSQL's buffers start cold: measured on this machine, three
  # consecutive 20 s runs right after start gave 296, 492 and 553 req/s. Warm up under the same load first,
  # so the figures are the steady state a running server has.
  for scenario in search-api search-pages; do
    PATHS="$here/$scenario.txt" wrk -t2 -c8 -d"$warmup" -s "$here/paths.lua" "$base" >/dev/null
  done
  total=$(curl -s -H 'Cookie: .Civitas.Identity=bench' "$base/api/v1/organisations?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
  echo "visible_organisations=$total" >>"$results"
  # The machine may be shared: the load says how much the figures below can be trusted.
  echo "cpus=$(nproc) load_average_before=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" >>"$results"

  for scenario in search-api search-pages; do
    log "$provider: wrk $scenario (8 connections, $duration)"
    line=$(PATHS="$here/$scenario.txt" wrk -t2 -c8 -d"$duration" -s "$here/paths.lua" "$base" | tail -1)
    echo "$scenario $line" | tee -a "$results"
  done

  log "$provider: map data for every point"
  # The first request runs the map's code for the first time (the mixes above do not touch it): reported on its
  # own, then ten measured as a running server answers them.
  curl -s -H 'Cookie: .Civitas.Identity=bench' -H 'Accept-Encoding: identity' -o /dev/null -w 'map first_request_s=%{time_total}\n' "$base/api/v1/organisations/map" | tee -a "$results"
  for i in $(seq 1 10); do
    curl -s -H 'Cookie: .Civitas.Identity=bench' -H 'Accept-Encoding: identity' -o /dev/null -w 'map identity_bytes=%{size_download} seconds=%{time_total}\n' "$base/api/v1/organisations/map"
  done | tee "$out/map-$provider.txt" >/dev/null
  sort -t= -k3 -n "$out/map-$provider.txt" | awk -F'[ =]' '{b=$3; t[NR]=$5} END {printf "map bytes=%s median_s=%s max_s=%s\n", b, t[int((NR+1)/2)], t[NR]}' | tee -a "$results"
  curl -s -H 'Cookie: .Civitas.Identity=bench' -H 'Accept-Encoding: gzip' -o /dev/null -w 'map gzip_bytes=%{size_download}\n' "$base/api/v1/organisations/map" | tee -a "$results"

  for format in csv xlsx; do
    log "$provider: export $format"
    read -r bytes peak baseline seconds < <(measure_export "$base/organizacje/eksport.$format")
    rows=""
    [ "$format" = csv ] && rows=" rows=$(($(wc -l <"$out/export.tmp") - 1))"
    echo "export_$format bytes=$bytes seconds=$seconds rss_before_mb=$((baseline / 1024)) rss_peak_mb=$((peak / 1024))$rows" | tee -a "$results"
  done
  rm -f "$out/export.tmp"
  stop_app

  start_app "$app_provider" "$cs" 0
  log "$provider: the API mix again with every count in the database (warm-up $warmup)"
  PATHS="$here/search-api.txt" wrk -t2 -c8 -d"$warmup" -s "$here/paths.lua" "$base" >/dev/null
  line=$(PATHS="$here/search-api.txt" wrk -t2 -c8 -d"$duration" -s "$here/paths.lua" "$base" | tail -1)
  echo "search-api-counting $line" | tee -a "$results"
  echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" >>"$results"
  stop_app
  if [ "$provider" = postgres ]; then "$root/scripts/stop-postgres.sh" >/dev/null 2>&1 || true; fi
done

log "results"
for provider in $providers; do echo "== $provider"; cat "$out/results-$provider.txt"; done
