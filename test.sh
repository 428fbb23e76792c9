#!/usr/bin/env bash
# The one test command: installs what a fresh Debian machine lacks, starts a throwaway PostgreSQL, builds with
# warnings as errors, runs the whole suite on SQLite and again on PostgreSQL, then the browser tests, and ends
# with "N passed, N failed[, N skipped]". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

# --- 1. What a fresh machine lacks -------------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || need+=(fonts-liberation2)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
{ [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; } || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi

# --- 2. A throwaway PostgreSQL on a free loopback port -------------------------------------------
PG_TMP=$(mktemp -d /tmp/treem-pg.XXXXXX)
pg_run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -f "$PG_TMP/data/postmaster.pid" ]; then pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1; fi
  rm -rf "$PG_TMP"
}
trap cleanup EXIT
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    (echo >/dev/tcp/127.0.0.1/$p) >/dev/null 2>&1 || { echo $p; return; }
  done
  return 1
}
PG_PORT=$(free_port)
[ "$(id -u)" = 0 ] && chown postgres "$PG_TMP"
log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
pg_run "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 \
  || { cat "$PG_TMP/initdb.log"; echo "initdb failed"; exit 1; }
pg_run "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -w -l "$PG_TMP/server.log" start \
  -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
  || { cat "$PG_TMP/server.log"; echo "PostgreSQL did not start"; exit 1; }
export TREEM_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"

# --- 3. Build once, warnings as errors -----------------------------------------------------------
log "Building"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build TreEm.slnx -c Release -p:TreatWarningsAsErrors=true -nologo -v:q -clp:ErrorsOnly || { echo "Build failed"; echo "0 passed, 1 failed"; exit 1; }

# --- 4. Run the suites ---------------------------------------------------------------------------
PASSED=0; FAILED=0; SKIPPED=0; STATUS=0
run_suite() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  log "Tests: $name"
  local out="$PG_TMP/$name.log"
  env "$@" dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$out" | grep -E '^(failed|  [A-Za-z.]*Exception|    at TreEm)|error|Test run summary|total:|failed:|succeeded:|skipped:' | grep -v '^  {'
  local rc=${PIPESTATUS[0]}
  local total failed succeeded skipped
  total=$(grep -E '^\s*total:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  failed=$(grep -E '^\s*failed:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  succeeded=$(grep -E '^\s*succeeded:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  skipped=$(grep -E '^\s*skipped:' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  PASSED=$((PASSED + ${succeeded:-0})); FAILED=$((FAILED + ${failed:-0})); SKIPPED=$((SKIPPED + ${skipped:-0}))
  if [ "$rc" != 0 ]; then
    STATUS=1
    # A crash or a run with no test counts as a failure even when no test reported one.
    [ "${failed:-0}" = 0 ] && FAILED=$((FAILED + 1))
  fi
  if [ "${total:-0}" = 0 ]; then STATUS=1; fi
}

run_suite sqlite tests/TreEm.Tests TREEM_TEST_DB=sqlite
run_suite postgres tests/TreEm.Tests TREEM_TEST_DB=postgres
run_suite browser tests/TreEm.BrowserTests TREEM_TEST_DB=sqlite

echo
if [ "$SKIPPED" -gt 0 ]; then
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
else
  echo "$PASSED passed, $FAILED failed"
fi
exit $STATUS
