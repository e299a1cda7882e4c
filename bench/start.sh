#!/usr/bin/env bash
# Time one start of Ecograph as a user runs it: `java -jar target/ecograph.jar` on a store directory until
# /actuator/health says UP (readiness includes the analysis projection), then stop it. Outside mvn verify.
#   bench/start.sh fresh    # an empty store each run: the seed scripts are loaded (first start)
#   bench/start.sh again    # the same store each run: nothing to load (restart)
# With farm-bench (medians of several runs): farm-bench -n 5 --timeout 600 -- bench/start.sh fresh
# Prints the seconds to healthy, the CPU seconds the process used until then (less sensitive than the wall clock to
# other work on the machine) and the start-up timeline the application logs; the log is in ${START_DIR}/app.log.
# JAR=/path/to/other.jar times another build (e.g. the one before a change) the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?fresh or again}
dir=${START_DIR:-/tmp/ecograph-start}; mkdir -p "$dir"
store="$dir/store"; port=${START_PORT:-8093}
jar=${JAR:-target/ecograph.jar}
[ -f "$jar" ] || mvn -q package -DskipTests
if [ "$mode" = fresh ]; then rm -rf "$store"; fi
start=$(date +%s.%N)
java -jar "$jar" --ecograph.neo4j.home="$store" --server.port="$port" --ecograph.neo4j.bolt-port=0 \
  > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -s "localhost:$port/actuator/health" | grep -q '"status":"UP"'; do
  kill -0 $app 2>/dev/null || { echo "the application exited; see $dir/app.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
ticks=$(awk '{print $14 + $15}' "/proc/$app/stat" 2>/dev/null || echo 0)
printf '%s start to healthy: %.1f s (CPU %.1f s)\n' "$mode" "$(echo "$ready - $start" | bc)" \
  "$(echo "$ticks / $(getconf CLK_TCK)" | bc -l)"
grep -E "Start-up|timeline" "$dir/app.log" | sed 's/.*\] //' | head -20 || true
if grep -E " (WARN|ERROR) " "$dir/app.log" >/dev/null; then echo "WARN/ERROR lines:"; grep -E " (WARN|ERROR) " "$dir/app.log" | cut -c1-200; fi
