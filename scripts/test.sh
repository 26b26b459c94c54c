#!/usr/bin/env bash
# The one test command (README, .ci/run). On a fresh Debian machine it installs what is missing,
# starts a throw-away PostgreSQL and an SMTP catcher on 127.0.0.1, runs every test suite, stops
# what it started, and prints "N passed, N failed" as its last line.
#
#   scripts/test.sh                 every suite
#   scripts/test.sh Web Platform    only tests/Civitas.{Web,Platform}.Tests (for development)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out="$root/.ci/out"
rm -rf "$out"
mkdir -p "$out"

log() { printf '[test.sh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# 1. System packages (Debian). A suite whose dependency is missing must fail, so install, don't skip.
packages="postgresql chromium poppler-utils fonts-dejavu-core fonts-liberation python3-aiosmtpd wrk"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  log "installing:$missing"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >"$out/apt.log" 2>&1 \
    || { log "apt-get install failed, see $out/apt.log"; tail -20 "$out/apt.log"; }
fi

# 2. Throw-away PostgreSQL on 127.0.0.1 (fresh cluster every run).
export PGDATA="$root/.ci/pgdata" PGPORT="${CIVITAS_TEST_PGPORT:-55432}"
scripts/stop-postgres.sh >/dev/null 2>&1 || true
rm -rf "$PGDATA"
pg_cs=$(scripts/start-postgres.sh 2>"$out/postgres-start.log") || { log "PostgreSQL did not start:"; cat "$out/postgres-start.log"; }
export CIVITAS_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Database=postgres;Username=civitas;Password=civitas;Timeout=30;Command Timeout=120"

# 3. SMTP catcher (Debian aiosmtpd, with Debian's python, not pyenv's; its Maildir must not exist yet).
export CIVITAS_TEST_SMTP_PORT="${CIVITAS_TEST_SMTP_PORT:-2525}"
export CIVITAS_TEST_MAILDIR="$out/maildir"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$CIVITAS_TEST_SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$CIVITAS_TEST_MAILDIR" >"$out/smtp.log" 2>&1 &
smtp_pid=$!

cleanup() {
  kill "$smtp_pid" 2>/dev/null || true
  wait "$smtp_pid" 2>/dev/null || true
  scripts/stop-postgres.sh >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 4. Build once.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
log "restoring and building"
if ! dotnet build Civitas.slnx -c Debug --nologo -v q -clp:ErrorsOnly >"$out/build.log" 2>&1; then
  cat "$out/build.log" | tail -40
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# 5. Every test project, one after the other (two cores: parallel suites only fight).
projects=()
if [ $# -gt 0 ]; then
  for name in "$@"; do projects+=("tests/Civitas.$name.Tests"); done
else
  for dir in tests/Civitas.*.Tests; do projects+=("$dir"); done
  # The browser suite is the slowest; run it last so quick failures show first.
  ordered=(); browser=""
  for p in "${projects[@]}"; do if [[ "$p" == *Browser* ]]; then browser=$p; else ordered+=("$p"); fi; done
  [ -n "$browser" ] && ordered+=("$browser")
  projects=("${ordered[@]}")
fi

passed=0; failed=0; skipped=0
for project in "${projects[@]}"; do
  name=$(basename "$project")
  log "running $name"
  dotnet test "$project" -c Debug --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$out" \
    --logger "console;verbosity=minimal" >"$out/$name.log" 2>&1
  code=$?
  trx="$out/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); p=${p:-0}
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p'); f=${f:-0}
    t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p'); t=${t:-0}
    e=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p'); e=${e:-0}
    s=$((t - e))
    # A crashed or aborted run is a failure even if its counters look clean.
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  else
    p=0; f=1; s=0
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  log "$name: $p passed, $f failed, $s skipped"
  if [ "$f" -gt 0 ]; then
    grep -E "^\s+(Failed|Error Message|Stack Trace)|^\s{2,}at Civitas|Assert\.|Exception" "$out/$name.log" | head -80
  fi
done

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
