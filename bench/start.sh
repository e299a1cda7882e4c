#!/usr/bin/env bash
# Time one start of Ecograph as a user runs it: `java -jar target/ecograph.jar` on a store directory until
# /actuator/health/readiness answers 200 (readiness includes the analysis projection), then stop it. Outside mvn verify.
#   bench/start.sh fresh    # an empty store each run: the seed scripts are loaded (first start)
#   bench/start.sh again    # the same store each run: nothing to load (restart)
# With farm-bench (medians of several runs): farm-bench -n 5 --timeout 600 -- bench/start.sh fresh
# Prints the seconds to healthy, the CPU seconds the process used until then (less sensitive than the wall clock to
# other work on the machine) and the start-up timeline the application logs; the log is in ${START_DIR}/app.log.
# JAR=/path/to/other.jar times another build (e.g. the one before a change) the same way.
# LAYOUT=extracted runs the jar's extracted layout (`java -Djarmode=tools -jar JAR extract`, in ${START_DIR}/extracted,
#   made again when the jar is newer): one small jar and its libraries beside it, which the JVM opens directly.
# CDS=1 (implies LAYOUT=extracted) adds a dynamic class-data archive (${START_DIR}/app.jsa), made when missing or older
#   than the extracted jar by a training run that is not timed: a first start on a store of its own, one GraphQL
#   request, then stopped (SIGTERM), with -XX:ArchiveClassesAtExit (docs/benchmarks.md, "Class-data sharing").
# JAVA_OPTS="..." adds JVM flags to the timed run (and to the training run).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?fresh or again}
dir=${START_DIR:-/tmp/ecograph-start}; mkdir -p "$dir"
store="$dir/store"; port=${START_PORT:-8093}
jar=${JAR:-target/ecograph.jar}
cds=${CDS:-0}; layout=${LAYOUT:-jar}; [ "$cds" = 1 ] && layout=extracted
read -r -a opts <<< "${JAVA_OPTS:-}"
[ -f "$jar" ] || mvn -q package -DskipTests
run_jar=$jar
if [ "$layout" = extracted ]; then
  run_jar="$dir/extracted/$(basename "$jar")"
  if [ ! -f "$run_jar" ] || [ "$jar" -nt "$run_jar" ]; then
    rm -rf "$dir/extracted" "$dir/app.jsa"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir/extracted" >/dev/null
    touch "$run_jar"
  fi
fi

healthy() { # waits until the application $1 is ready (readiness 200: the analysis too); fails if it exited
  # not a grep for "UP" in /actuator/health: a component (the database) says UP while the analysis is still built
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ]; do
    kill -0 "$1" 2>/dev/null || { echo "the application exited; see $2"; exit 1; }
    sleep 0.2
  done
}

if [ "$cds" = 1 ]; then
  archive="$dir/app.jsa"
  if [ ! -f "$archive" ] || [ "$run_jar" -nt "$archive" ]; then
    rm -rf "$dir/train-store" "$archive"
    java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off,cds+dynamic=off "${opts[@]}" -jar "$run_jar" \
      --ecograph.neo4j.home="$dir/train-store" --server.port="$port" --ecograph.neo4j.bolt-port=0 \
      > "$dir/train.log" 2>&1 &
    trainer=$!
    healthy $trainer "$dir/train.log"
    curl -s -H 'Content-Type: application/json' localhost:$port/graphql \
      -d '{"query":"{ influencePaths(from: \"company:softbank\", to: \"company:vertiv\", k: 3) { hops strength } }"}' >/dev/null
    kill -TERM $trainer; wait $trainer || true
    rm -rf "$dir/train-store"
    [ -f "$archive" ] || { echo "the training run wrote no archive; see $dir/train.log"; exit 1; }
  fi
  opts+=("-XX:SharedArchiveFile=$archive")
fi

if [ "$mode" = fresh ]; then rm -rf "$store"; fi
start=$(date +%s.%N)
java "${opts[@]}" -jar "$run_jar" --ecograph.neo4j.home="$store" --server.port="$port" --ecograph.neo4j.bolt-port=0 \
  > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
healthy $app "$dir/app.log"
ready=$(date +%s.%N)
ticks=$(awk '{print $14 + $15}' "/proc/$app/stat" 2>/dev/null || echo 0)
printf '%s start to healthy: %.1f s (CPU %.1f s)%s\n' "$mode" "$(echo "$ready - $start" | bc)" \
  "$(echo "$ticks / $(getconf CLK_TCK)" | bc -l)" "${JAVA_OPTS:+ with $JAVA_OPTS}$([ "$layout" = jar ] || echo ", $layout")$([ "$cds" = 1 ] && echo ", CDS")"
grep -E "Start-up|timeline" "$dir/app.log" | sed 's/.*\] //' | head -20 || true
if grep -E " (WARN|ERROR) |^\[[0-9.]+s\]\[(warning|error)\]" "$dir/app.log" >/dev/null; then
  echo "WARN/ERROR lines:"; grep -E " (WARN|ERROR) |^\[[0-9.]+s\]\[(warning|error)\]" "$dir/app.log" | cut -c1-200
fi
