#!/usr/bin/env bash
# Benchmarks of the Grants module (issue 4), on SQLite and on PostgreSQL, against a Release build on 127.0.0.1:
#   1. a generated Warsaw-scale competition (4 tasks, 2 000 submitted offers of 2 000 verified organisations,
#      joint offers among them, formal check done, lapsed corrections rejected; a committee of 3 voting members
#      and 1 expert, declarations signed, every accepted offer scored by every member on every criterion,
#      amounts proposed, meeting closed; decision recorded and results published) written through the module's
#      own domain code;
#   2. wrk at 8 connections (p50/p95/p99): the public competition page /konkursy/{id} with its 2 000 results
#      (output cache bypassed, and as cached), the JSON /api/v1/competitions/{id} and /results, the office's
#      offers list /urzad/konkursy/{id}/oferty (pages 1–40) and the committee's sheet /urzad/konkursy/{id}/arkusz
#      (first task's first page; another task's third page), signed in as the demo official with a cookie minted
#      by the generator;
#      then the per-step server time of the sheet and of the public results, in process (generator "profile");
#   3. the offer PDF of 20 different offers in a row (office route): the first (cold) apart, median and max;
#   4. the last-minute burst: 500 clients submit 500 drafts around a deadline ~100 s after the burst starts;
#      every answer is checked against the database.
#
#   scripts/bench/grants/run.sh [sqlite|postgres|both]      (default: both)
#   BENCH_OFFERS=2000 BENCH_CLIENTS=500 BENCH_LEAD=100 BENCH_PORT=5781 BENCH_PGPORT=55641 BENCH_DURATION=20s
#   BENCH_UNTIL=results (formal|committee|results: the generator's last stage)
#   BENCH_WARMUP=20s (each wrk mix runs this long unmeasured first: tiered JIT and cold caches; 0 to skip)
#   BENCH_PARTS="pages open pdf burst" (any subset; e.g. "pages" for the wrk figures alone; "open" measures the
#     sheet of an OPEN meeting, computed on every request: the closed meeting's frozen sheet is kept in memory, so
#     the meeting's closing time is blanked for that run and put back after it — a measurement-only change)
#
# Results go to scripts/bench/out/grants/results-<provider>.txt and are printed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
here="$root/scripts/bench/grants"
out="$root/scripts/bench/out/grants"
providers=${1:-both}
[ "$providers" = both ] && providers="sqlite postgres"
offers=${BENCH_OFFERS:-2000}
clients=${BENCH_CLIENTS:-500}
lead=${BENCH_LEAD:-100}
port=${BENCH_PORT:-5781}
pgport=${BENCH_PGPORT:-55641}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-20s}
until=${BENCH_UNTIL:-results}
parts=" ${BENCH_PARTS:-pages open pdf burst} "
base="http://127.0.0.1:$port"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  log "publishing a Release build"
  dotnet publish "$root/src/Civitas.Web" -c Release -r linux-x64 --self-contained false -o "$out/app" --nologo -v q >"$out/publish.log" 2>&1 \
    || { tail -30 "$out/publish.log"; exit 1; }
  dotnet build "$here/Generator" -c Release --nologo -v q -o "$out/generator" >"$out/generator-build.log" 2>&1 \
    || { tail -30 "$out/generator-build.log"; exit 1; }
fi
gen() { dotnet "$out/generator/Civitas.Bench.Grants.dll" "$@"; }

app_pid=""
start_app() { # provider connection
  ( cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=1 \
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

wrk_run() { # name paths-file cookie
  local line load
  if [ "$warmup" != 0 ]; then
    log "$provider: warming up $1 ($warmup, not measured)"
    PATHS="$2" COOKIE="$3" wrk -t2 -c8 -d"$warmup" -s "$here/paths.lua" "$base" >/dev/null
  fi
  log "$provider: wrk $1 (8 connections, $duration)"
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(PATHS="$2" COOKIE="$3" wrk -t2 -c8 -d"$duration" -s "$here/paths.lua" "$base" | tail -1)
  echo "$1 $line load1=$load/$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

single() { # name path cookie: 15 sequential requests, one client
  for _ in $(seq 1 15); do
    curl -s -o /dev/null -H "Cookie: .Civitas.Identity=$3" -w '%{time_total}\n' "$base$2"
  done | sort -n >"$work/single-$1.txt"
  echo "single-client-$1 median_ms=$(awk '{t[NR]=$1*1000} END {printf "%.1f", t[int((NR+1)/2)]}' "$work/single-$1.txt") max_ms=$(awk '{m=$1*1000} END {printf "%.1f", m}' "$work/single-$1.txt")" | tee -a "$results"
}

# The results' publication leaves ~2 000 e-mails and a register entry in the outbox; the app dispatches them
# after it starts. Measure once the mail pickup folder has stopped growing (at most 3 minutes).
wait_outbox() {
  local last=-1 now same=0
  for _ in $(seq 1 180); do
    # (no folder yet is 0 files, not an error under pipefail)
    now=$({ find "$out/mail" -type f 2>/dev/null || true; } | wc -l)
    if [ "$now" = "$last" ]; then same=$((same + 1)); [ "$same" -ge 3 ] && return 0; else same=0; fi
    last=$now
    sleep 1
  done
}

for provider in $providers; do
  results="$out/results-$provider.txt"
  : >"$results"
  work="$out/$provider"
  rm -rf "$work"; mkdir -p "$work"
  if [ "$provider" = sqlite ]; then
    cs="Data Source=$work/civitas.db"
    app_provider=Sqlite
  else
    export PGDATA="$out/pgdata" PGPORT="$pgport"
    "$root/scripts/stop-postgres.sh" >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
    "$root/scripts/start-postgres.sh" >/dev/null
    cs="Host=127.0.0.1;Port=$pgport;Database=civitas;Username=civitas;Password=civitas;Maximum Pool Size=50"
    app_provider=Postgres
  fi

  log "$provider: migrating and seeding the demo"
  start_app "$app_provider" "$cs"; stop_app
  log "$provider: generating a competition with $offers offers"
  gen_start=$(date +%s.%N)
  gen seed --provider "$provider" --connection "$cs" --offers "$offers" --until "$until" --base "$base" --out "$work" | tee "$work/seed.log"
  echo "generator_seconds=$(echo "$(date +%s.%N) - $gen_start" | bc)" >>"$results"
  if [ "$provider" = postgres ]; then
    # What autovacuum does within a minute or two of a bulk load, done now (as the organisations generator does):
    # fresh statistics, and a visibility map so that the sheet's covering index is read without the table.
    PGPASSWORD=civitas psql -h 127.0.0.1 -p "$pgport" -U civitas -d civitas -qc "VACUUM ANALYZE" >/dev/null
  fi
  # shellcheck disable=SC1091
  . "$work/competition.env"
  official=$(cat "$work/official.cookie")
  echo "competition=$COMPETITION offers=$(wc -l <"$work/offers.txt")" >>"$results"

  start_app "$app_provider" "$cs"
  log "$provider: waiting for the outbox (results e-mails)"
  wait_outbox
  # shellcheck disable=SC2086
  set -- $TASKS
  echo "/konkursy/$COMPETITION" >"$work/public.txt"
  echo "/api/v1/competitions/$COMPETITION" >"$work/api.txt"
  echo "/api/v1/competitions/$COMPETITION/results" >"$work/api-results.txt"
  for p in 1 2 3 5 10 20 40; do echo "/urzad/konkursy/$COMPETITION/oferty?page=$p"; done >"$work/office.txt"
  echo "/urzad/konkursy/$COMPETITION/arkusz" >"$work/sheet-first.txt"
  echo "/urzad/konkursy/$COMPETITION/arkusz?zadanie=$2&page=3" >"$work/sheet-other.txt"
  log "$provider: warming up"
  for f in public api api-results; do for _ in 1 2 3; do curl -s -o /dev/null -H 'Cookie: .Civitas.Identity=bench' "$base$(cat "$work/$f.txt")"; done; done
  cat "$work/office.txt" "$work/sheet-first.txt" "$work/sheet-other.txt" | while read -r path; do curl -s -o /dev/null -H "Cookie: .Civitas.Identity=$official" "$base$path"; done
  code=$(curl -s -o "$work/office-page.html" -w '%{http_code}' -H "Cookie: .Civitas.Identity=$official" "$base/urzad/konkursy/$COMPETITION/oferty")
  [ "$code" = 200 ] || { echo "office offers list answered $code (sign-in cookie refused?)"; exit 1; }
  code=$(curl -s -o "$work/public-page.html" -w '%{http_code}' -H 'Cookie: .Civitas.Identity=bench' "$base/konkursy/$COMPETITION")
  [ "$code" = 200 ] || { echo "public competition page answered $code"; exit 1; }
  echo "public_page_bytes=$(wc -c <"$work/public-page.html")" >>"$results"
  if [ "$until" != formal ]; then
    code=$(curl -s -o "$work/sheet-page.html" -w '%{http_code}' -H "Cookie: .Civitas.Identity=$official" "$base$(cat "$work/sheet-other.txt")")
    [ "$code" = 200 ] || { echo "committee sheet answered $code"; exit 1; }
    grep -q 'name="Input.Amounts' "$work/sheet-page.html" && { echo "the sheet is still editable: the meeting was not closed"; exit 1; }
    echo "sheet_page_bytes=$(wc -c <"$work/sheet-page.html")" >>"$results"
  fi
  if [ "$until" = results ]; then
    code=$(curl -s -o "$work/results.json" -w '%{http_code}' -H 'Cookie: .Civitas.Identity=bench' "$base$(cat "$work/api-results.txt")")
    [ "$code" = 200 ] || { echo "results API answered $code (results not published?)"; exit 1; }
    echo "results_json_bytes=$(wc -c <"$work/results.json")" >>"$results"
  fi
  # The machine may be shared: the load says how much the figures below can be trusted.
  echo "cpus=$(nproc) load_average_before=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" >>"$results"

  if [[ "$parts" == *" pages "* ]]; then
    # One client, one request at a time: what a request costs without the benchmark's own queueing.
    single public "/konkursy/$COMPETITION" bench
    single office "$(head -1 "$work/office.txt")" "$official"
    wrk_run public-competition-uncached "$work/public.txt" bench
    wrk_run public-competition-cached "$work/public.txt" ""
    wrk_run api-competition-uncached "$work/api.txt" bench
    wrk_run office-offers-list "$work/office.txt" "$official"
    if [ "$until" != formal ]; then
      single sheet-first "$(cat "$work/sheet-first.txt")" "$official"
      single sheet-other "$(cat "$work/sheet-other.txt")" "$official"
      wrk_run committee-sheet-first-task-page1 "$work/sheet-first.txt" "$official"
      wrk_run committee-sheet-second-task-page3 "$work/sheet-other.txt" "$official"
    fi
    if [ "$until" = results ]; then
      single api-results "/api/v1/competitions/$COMPETITION/results" bench
      wrk_run api-results-uncached "$work/api-results.txt" bench
      wrk_run api-results-cached "$work/api-results.txt" ""
      log "$provider: per-step server time of the sheet and the public results (in process, one at a time)"
      gen profile --provider "$provider" --connection "$cs" --competition "$COMPETITION" --repeat 15 | tee -a "$results"
    fi
  fi

  if [[ "$parts" == *" open "* && "$until" != formal ]]; then
    sql_db() { # statement
      if [ "$provider" = sqlite ]; then sqlite3 "$work/civitas.db" "$1"
      else PGPASSWORD=civitas psql -h 127.0.0.1 -p "$pgport" -U civitas -d civitas -qtAc "$1"; fi
    }
    cid=$COMPETITION; [ "$provider" = sqlite ] && cid=${COMPETITION^^}
    closed_at=$(sql_db "SELECT closed_at FROM grants_committee_meeting WHERE competition_id = '$cid'")
    sql_db "UPDATE grants_committee_meeting SET closed_at = NULL WHERE competition_id = '$cid'"
    single sheet-open-first "$(cat "$work/sheet-first.txt")" "$official"
    wrk_run committee-sheet-OPEN-meeting-first-task-page1 "$work/sheet-first.txt" "$official"
    wrk_run committee-sheet-OPEN-meeting-second-task-page3 "$work/sheet-other.txt" "$official"
    sql_db "UPDATE grants_committee_meeting SET closed_at = '$closed_at' WHERE competition_id = '$cid'"
  fi

  if [[ "$parts" == *" pdf "* ]]; then
    log "$provider: offer PDF, 20 different offers in a row"
    head -20 "$work/offers.txt" | while read -r offer; do
      curl -s -o "$work/offer.pdf" -H "Cookie: .Civitas.Identity=$official" -w '%{http_code} %{size_download} %{time_total}\n' "$base/urzad/konkursy/$COMPETITION/oferty/$offer/pdf"
    done >"$work/pdf.txt"
    cold=$(head -1 "$work/pdf.txt" | cut -d' ' -f3)
    tail -n +2 "$work/pdf.txt" | cut -d' ' -f3 | sort -n >"$work/pdf-warm.txt"
    echo "offer_pdf cold_s=$cold warm_median_s=$(sed -n "$(( ($(wc -l <"$work/pdf-warm.txt") + 1) / 2 ))p" "$work/pdf-warm.txt") warm_max_s=$(tail -1 "$work/pdf-warm.txt") requests=$(wc -l <"$work/pdf.txt") non200=$(awk '$1!=200' "$work/pdf.txt" | wc -l) avg_bytes=$(awk '{b+=$2} END {printf "%d", b/NR}' "$work/pdf.txt")" | tee -a "$results"
  fi

  verify_rc=0
  if [[ "$parts" == *" burst "* ]]; then
    log "$provider: burst of $clients submissions around a deadline $lead s ahead"
    gen burst-prepare --provider "$provider" --connection "$cs" --clients "$clients" --lead "$lead" --out "$work" | tee "$work/burst-prepare.log"
    # shellcheck disable=SC1091
    . "$work/burst.env"
    echo "burst_deadline=$BURST_DEADLINE burst_prepare_finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$results"
    gen burst-run --base "$base" --in "$work/burst.tsv" --deadline "$BURST_DEADLINE" --answers "$work/burst-answers.tsv" | tee -a "$results"
    gen burst-verify --provider "$provider" --connection "$cs" --in "$work/burst-answers.tsv" --competition "$BURST_COMPETITION" --deadline "$BURST_DEADLINE" | tee -a "$results" || verify_rc=$?
  fi
  echo "app_error_log_lines=$(grep '"LogLevel":"Error"' "$out/app-$app_provider.log" | grep -vc HealthChecks || true)" >>"$results"
  echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" >>"$results"
  stop_app
  if [ "$provider" = postgres ]; then "$root/scripts/stop-postgres.sh" >/dev/null 2>&1 || true; fi
  [ "$verify_rc" = 0 ] || echo "burst verification FAILED on $provider" | tee -a "$results"
done

log "results"
for provider in $providers; do echo "== $provider"; cat "$out/results-$provider.txt"; done
