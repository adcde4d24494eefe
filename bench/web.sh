#!/usr/bin/env bash
# Benchmark of the web app: startup time, resident memory (RSS) and throughput/latency of the
# masterplan overview page (/masterplans/{id} of the demo masterplan, logged in) under wrk.
#
#   bench/web.sh                 # build, run, print a summary and write bench/results/web-<time>.txt
#   SKIP_BUILD=1 bench/web.sh    # reuse target/rancang-*.jar
#   JAR=/path/to/other.jar bench/web.sh   # measure another build (A/B comparisons)
#
# Everything talks to 127.0.0.1 only. Needs: a JDK 17, curl, wrk (apt-get install -y wrk).
# Knobs (environment): PORT (8383), USERS (50 sessions = 50 connections), THREADS (2),
# DURATION (30s), WARMUP (20s), THINK_MS (0: no pause between a user's requests),
# JAVA_OPTS (none: the JVM's defaults), ACCEPT_ENCODING (gzip),
# STARTS (3 restarts on the existing data; the last one is load-tested),
# PROFILE=1 (also record a JFR profile of the measured run into the results directory).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8383}
USERS=${USERS:-50}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
JAVA_OPTS=${JAVA_OPTS:-}
ACCEPT_ENCODING=${ACCEPT_ENCODING-gzip}
PROFILE=${PROFILE:-0}
THINK_MS=${THINK_MS:-0}
STARTS=${STARTS:-3}
BASE="http://127.0.0.1:${PORT}"
ADMIN_PASSWORD="bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if curl -s -o /dev/null "${BASE}/login"; then
  echo "Port ${PORT} is already in use" >&2; exit 1
fi

if [ -z "${JAR:-}" ]; then
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -q -DskipTests package
  fi
  JAR=$(ls target/rancang-*.jar | grep -v plain | head -1)
fi
JAR=$(realpath "$JAR")

WORK=$(mktemp -d /tmp/rancang-bench.XXXXXX)   # fresh ./data for the H2 database, logs, cookies
RESULTS=bench/results
mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$RESULTS/web-${STAMP}.txt"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { echo "$*" | tee -a "$REPORT"; }
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }
hwm_mb() { awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }
now_ms() { date +%s%3N; }
# CPU accounting in clock ticks: all CPUs busy, and the app alone (utime + stime).
cpu_busy() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9}' /proc/stat; }
cpu_app() { awk '{print $14+$15}' "/proc/$APP_PID/stat"; }
TICKS=$(getconf CLK_TCK)

# Starts the jar in $WORK (so ./data is $WORK/data) and waits for readiness.
# Sets STARTED_S (Spring's "Started RancangApplication in X seconds") and READY_S (wall clock
# from exec to the readiness probe answering UP, i.e. after the start-up runners such as the
# demo data loader).
start_app() {
  local log="$WORK/app-$1.log"
  local t0; t0=$(now_ms)
  ( cd "$WORK" && RANCANG_ADMIN_PASSWORD="$ADMIN_PASSWORD" RANCANG_DEMO_DATA=true \
      exec java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 ) >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "${BASE}/actuator/health/readiness"; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app died, see $log" >&2; tail -50 "$log" >&2; exit 1; }
    sleep 0.1
  done
  READY_S=$(awk -v a="$t0" -v b="$(now_ms)" 'BEGIN {printf "%.2f", (b-a)/1000}')
  STARTED_S=$(grep -o 'Started RancangApplication in [0-9.]* seconds' "$log" | awk '{print $4}')
  PROCESS_S=$(grep -o 'process running for [0-9.]*' "$log" | awk '{print $4}')
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# Logs in with the login form (GET for the CSRF token and session, POST the form) and prints
# the resulting session cookie as "SESSION=...".
login() {
  local jar="$WORK/cookies-$1.txt" csrf status
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "${BASE}/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  [ -n "$csrf" ] || { echo "No CSRF token on the login page" >&2; exit 1; }
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=admin" --data-urlencode "password=${ADMIN_PASSWORD}" \
    --data-urlencode "_csrf=${csrf}" "${BASE}/login")
  case "$status" in
    "302 ${BASE}/") ;;
    *) echo "Login failed: $status" >&2; exit 1 ;;
  esac
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar"
}

run_wrk() { # $1 duration, $2 label
  BENCH_PATH="$PAGE" BENCH_COOKIES="$WORK/sessions.txt" BENCH_ACCEPT_ENCODING="$ACCEPT_ENCODING" BENCH_THINK_MS="$THINK_MS" \
    /usr/bin/time -f "%U %S" -o "$WORK/wrk-$2.cpu" wrk -t"$THREADS" -c"$USERS" -d"$1" --timeout 10s -s bench/page.lua "$BASE" >"$WORK/wrk-$2.txt"
}
metric() { awk -F= -v k="BENCH $1" '$1 == k {print $2}' "$WORK/wrk-$2.txt"; }

: >"$REPORT"
say "# bench/web.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "commit:   $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (+ uncommitted changes)')"
say "machine:  nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), RAM $(free -h | awk '/^Mem:/ {print $2}')"
say "jar:      $JAR ($(sha256sum "$JAR" | cut -c1-12))"
say "java:     $(java -version 2>&1 | head -1)"
say "JAVA_OPTS: ${JAVA_OPTS:-(none)}"
say "load before start (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. First start on an empty data directory: Flyway migrations, region master data, demo data.
start_app first
say ""
say "## startup"
MIGRATION_S=$(grep -o 'now at version [^ ]* (execution time [0-9:.]*s)' "$WORK/app-first.log" \
  | sed 's/.*execution time \([0-9:.]*\)s)/\1/' | awk -F: '{print $1*60 + $2}')
say "first start (fresh data dir):  Started RancangApplication in ${STARTED_S} s (JVM up ${PROCESS_S} s, of which Flyway migrations incl. region import ${MIGRATION_S:-?} s); ready after ${READY_S} s wall clock"
stop_app
# 2. Restarts on the same data: the start a user sees every day. The last one stays up.
: >"$WORK/starts.txt"
for i in $(seq 1 "$STARTS"); do
  start_app "restart-$i"
  echo "$STARTED_S $READY_S" >>"$WORK/starts.txt"
  say "restart $i (existing data):     Started RancangApplication in ${STARTED_S} s (JVM up ${PROCESS_S} s); ready after ${READY_S} s wall clock"
  if [ "$i" -lt "$STARTS" ]; then stop_app; fi
done
say "restarts: Started in min $(sort -n "$WORK/starts.txt" | head -1 | cut -d' ' -f1) s, median $(sort -n "$WORK/starts.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s"
say ""
say "## memory (RSS of the java process)"
say "after start (idle, ready):     $(rss_mb) MB"

# One session per simulated user.
: >"$WORK/sessions.txt"
for _ in $(seq 1 "$USERS"); do login bench >>"$WORK/sessions.txt"; done
COOKIE=$(head -1 "$WORK/sessions.txt")

# The demo masterplan: the Flores Timur link on the home page.
MASTERPLAN_ID=$(curl -s -H "Cookie: $COOKIE" "${BASE}/" \
  | grep -o 'href="/masterplans/[0-9]*">Masterplan Smart City Kabupaten Flores Timur' \
  | head -1 | sed 's#href="/masterplans/\([0-9]*\)".*#\1#')
[ -n "$MASTERPLAN_ID" ] || { echo "Demo masterplan not found on the home page" >&2; exit 1; }
PAGE="/masterplans/${MASTERPLAN_ID}"
code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $COOKIE" "${BASE}${PAGE}")
[ "$code" = 200 ] || { echo "GET $PAGE answered $code" >&2; exit 1; }
say "after ${USERS} logins:           $(rss_mb) MB"

say ""
say "## load: GET ${PAGE} (demo masterplan overview, logged in as admin)"
say "page: $(wc -c <"$WORK/page.html") bytes of HTML; Accept-Encoding: ${ACCEPT_ENCODING:-identity}"
say "wrk: ${USERS} connections (one session each), ${THREADS} threads, think time ${THINK_MS} ms, warm-up ${WARMUP}, measured ${DURATION}"

run_wrk "$WARMUP" warmup
say "warm-up: $(metric throughput_rps warmup) req/s, p95 $(metric latency_p95_ms warmup) ms, RSS after warm-up $(rss_mb) MB"

# Measured run, with RSS sampled every second.
: >"$WORK/rss.txt"
( while kill -0 "$APP_PID" 2>/dev/null; do rss_mb >>"$WORK/rss.txt"; echo >>"$WORK/rss.txt"; sleep 1; done ) &
SAMPLER=$!
( sleep "$(( ${DURATION%s} / 2 ))"; top -b -n 1 -w 200 >"$WORK/top.txt" ) &
if [ "$PROFILE" = 1 ]; then
  jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$WORK/bench.jfr" >/dev/null
fi
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
BUSY0=$(cpu_busy); APP0=$(cpu_app); T0=$(now_ms)
run_wrk "$DURATION" measured
BUSY1=$(cpu_busy); APP1=$(cpu_app); T1=$(now_ms)
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
if [ "$PROFILE" = 1 ]; then
  jcmd "$APP_PID" JFR.stop name=bench >/dev/null
  cp "$WORK/bench.jfr" "$RESULTS/web-${STAMP}.jfr"
fi
kill "$SAMPLER" 2>/dev/null; wait "$SAMPLER" 2>/dev/null || true
sleep 2
RSS_MAX=$(grep -v '^$' "$WORK/rss.txt" | sort -n | tail -1)

say ""
say "requests:        $(metric requests measured) in $(metric duration_s measured) s (200: $(metric status_200 measured), other status: $(metric status_other measured), socket errors: $(metric socket_errors measured))"
say "throughput:      $(metric throughput_rps measured) req/s"
say "latency (ms):    mean $(metric latency_mean_ms measured), p50 $(metric latency_p50_ms measured), p90 $(metric latency_p90_ms measured), p95 $(metric latency_p95_ms measured), p99 $(metric latency_p99_ms measured), p99.9 $(metric latency_p99.9_ms measured), max $(metric latency_max_ms measured)"
say "RSS under load:  max ${RSS_MAX} MB (sampled every second); peak since start (VmHWM) $(hwm_mb) MB"
say "RSS after load:  $(rss_mb) MB"
say "load average (1 min) at start / end of the measured run: ${LOAD_BEFORE} / ${LOAD_AFTER}"
# Where the 2 cores went during the measured run; "everything else" is other people's builds etc.
awk -v b="$((BUSY1 - BUSY0))" -v a="$((APP1 - APP0))" -v t="$TICKS" -v ms="$((T1 - T0))" -v n="$(nproc)" \
    -v w="$(awk '{print $1+$2}' "$WORK/wrk-measured.cpu")" -v r="$(metric requests measured)" 'BEGIN {
  cap = ms / 1000 * n; app = a / t; busy = b / t; other = busy - app - w; if (other < 0) other = 0
  printf "CPU during the measured run (core-seconds of %.0f available): app %.1f (%.0f%%), wrk %.1f (%.0f%%), everything else %.1f (%.0f%%), idle %.1f\n",
    cap, app, 100*app/cap, w, 100*w/cap, other, 100*other/cap, cap - busy
  if (r > 0) printf "app CPU per request: %.1f ms\n", 1000 * app / r }' \
  | tee -a "$REPORT"
say "busiest processes half-way through the measured run (top):"
sed -n '7,13p' "$WORK/top.txt" | cut -c1-150 | tee -a "$REPORT"

stop_app
for f in "$WORK"/wrk-*.txt "$WORK"/app-*.log "$WORK"/top.txt; do
  b=$(basename "$f"); cp "$f" "$RESULTS/web-${STAMP}-${b}"
done
echo "Report: $REPORT"
