#!/usr/bin/env bash
# HTTP benchmark: wrk against the release binary on loopback, for a trivial
# route (the framework's ceiling), the initiative page, the ideas board (plain,
# searched by words, one idea), a closed poll and budget (counted once, then
# served stored), a conversation and its opinion-map report, a survey's results,
# and the login POST, on SQLite and on PostgreSQL. Prints a Markdown table for BENCHMARKS.md.
#
#   bench/http.sh                 # both backends
#   BACKENDS=sqlite bench/http.sh
#   SCALE=100 bench/http.sh       # the demo enlarged 100× (tandem demo --scale)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
BACKENDS="${BACKENDS:-sqlite postgres}"
PG_ADMIN="${PG_ADMIN:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT="${PORT:-18080}"
SCALE="${SCALE:-1}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cargo build --release --bin tandem >&2
BIN="$CARGO_TARGET_DIR/release/tandem"
INITIATIVE="/c/riverbend/i/northside-middle-school-redesign-a-community-design-team"

# Anonymous login form posts carry a CSRF token that must equal the CSRF cookie;
# any well-formed token will do for a visitor without a session.
TOKEN="benchmarkbenchmarkbenchmarkbenchmarkbenchma"  # 43 characters, like a real token
LUA="$(mktemp --suffix=.lua)"
cat > "$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "tandem_csrf=${TOKEN}"
wrk.body = "_csrf=${TOKEN}&email=parent%40riverbend.example&password=tandem-demo-2026&next=%2F"
LUA

run_wrk() { # label path [script]
  local out
  local extra=()
  [ -n "${HEADER:-}" ] && extra=(-H "$HEADER")
  if [ -n "${3:-}" ]; then
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${extra[@]}" -s "$3" "http://127.0.0.1:$PORT$2")"
  else
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${extra[@]}" "http://127.0.0.1:$PORT$2")"
  fi
  local rps p50 p99 non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx or 3xx/ {print $NF}' <<<"$out")"
  echo "| $BACKEND | ${SCALE}× | $1 | ${rps} | ${p50} | ${p99} | ${non2xx:-0} |"
}

echo "| backend | scale | route | requests/s | p50 | p99 | non-2xx/3xx |"
echo "|---|---:|---|---:|---:|---:|---:|"
for BACKEND in $BACKENDS; do
  DATA="$(mktemp -d)"
  case "$BACKEND" in
    sqlite) URL_ARGS=(--database "$DATA/bench.db") ;;
    postgres)
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS tandem_bench WITH (FORCE)" -c "CREATE DATABASE tandem_bench" >&2
      URL_ARGS=(--database-url "${PG_ADMIN%/*}/tandem_bench") ;;
  esac
  TANDEM_LOG=warn "$BIN" demo --addr "127.0.0.1:$PORT" --scale "$SCALE" "${URL_ARGS[@]}" > "$DATA/demo.out" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do grep -q "Ctrl+C" "$DATA/demo.out" 2>/dev/null && break; sleep 0.2; done
  curl -sf "http://127.0.0.1:$PORT$INITIATIVE" >/dev/null
  # The first reader of a closed poll or budget counts it once and stores the result.
  curl -sf "http://127.0.0.1:$PORT$INITIATIVE/polls/1" "http://127.0.0.1:$PORT$INITIATIVE/budgets/1" >/dev/null
  # Who takes part is counted once per 30 s and kept; the first count of a
  # scope after start is the one every reader waits for, so it is made here.
  curl -sf "http://127.0.0.1:$PORT$INITIATIVE/who" >/dev/null
  wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT$INITIATIVE" >/dev/null   # warm up
  run_wrk "GET /livez (trivial)" "/livez"
  run_wrk "GET initiative page" "$INITIATIVE"
  run_wrk "GET ideas board" "$INITIATIVE/ideas"
  run_wrk "GET ideas search (words)" "$INITIATIVE/ideas?q=lunch+break&sort=endorsed"
  run_wrk "GET idea page" "$INITIATIVE/ideas/1"
  run_wrk "GET closed poll (IRV, stored count)" "$INITIATIVE/polls/1"
  run_wrk "GET closed budget (Equal Shares, stored)" "$INITIATIVE/budgets/1"
  run_wrk "GET conversation (next statement)" "$INITIATIVE/conversations/1"
  run_wrk "GET opinion map report" "$INITIATIVE/conversations/1/report"
  run_wrk "GET who takes part" "$INITIATIVE/who"
  run_wrk "GET survey results (about 300 answers, change since the previous wave)" "/c/riverbend/surveys/2/results"
  # Signed-in people never get a kept page: these rows are every page
  # rendered afresh (anonymous rows above are served from the page cache
  # for up to a second, see crates/web/src/page_cache.rs).
  JAR="$DATA/cookies"
  LOGIN_CSRF="$(curl -sf -c "$JAR" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -sf -b "$JAR" -c "$JAR" -o /dev/null \
    -d "_csrf=$LOGIN_CSRF&email=parent%40riverbend.example&password=tandem-demo-2026&next=%2F" "http://127.0.0.1:$PORT/login"
  SESSION_HEADER="Cookie: tandem_session=$(awk '$6=="tandem_session" {print $7}' "$JAR")"
  HEADER="$SESSION_HEADER" run_wrk "GET initiative page (signed in, rendered)" "$INITIATIVE"
  HEADER="$SESSION_HEADER" run_wrk "GET ideas board (signed in, rendered)" "$INITIATIVE/ideas"
  HEADER="$SESSION_HEADER" run_wrk "GET closed poll (signed in, rendered)" "$INITIATIVE/polls/1"
  HEADER="$SESSION_HEADER" run_wrk "GET who takes part (signed in, rendered)" "$INITIATIVE/who"
  HEADER="$SESSION_HEADER" run_wrk "GET survey results (signed in, rendered)" "/c/riverbend/surveys/2/results"
  # One account: more than five attempts at once on one account are refused
  # by design (guessing protection), so four connections, which keep both
  # cores busy hashing.
  CONNECTIONS=4 run_wrk "POST /login (argon2id, 4 connections)" "/login" "$LUA"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
done
rm -f "$LUA"
