#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md in one command: generate a synthetic ecosystem, load it with the loader,
# start Ecograph on it (and the peer, when bench/peer has its node_modules), and time every operation against the
# same database in raw Cypher. Outside mvn verify. Usage:
#   bench/run.sh ENTITIES [REQUESTS] [CLIENTS]      e.g. bench/run.sh 100000 200 4, or bench/run.sh 1000000 200 4
# Work files go to ${BENCH_DIR:-/tmp/ecograph-bench}: ecosystem-N (the CSV and scripts), store-N (the Neo4j store;
# reused when it exists, delete it to reload), logs.
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:?entities}; requests=${2:-200}; clients=${3:-4}
dir=${BENCH_DIR:-/tmp/ecograph-bench}; mkdir -p "$dir"
eco="$dir/ecosystem-$entities"; store="$dir/store-$entities"
heap=${BENCH_HEAP:-12g}; cache=${BENCH_PAGE_CACHE:-4g}
# The app's JVM: G1 aiming at 20 ms pauses (its default, 200 ms, lets young collections stop every request for
# 100-180 ms at a 1M-entity heap), Netty's buffer leak tracking off (a debugging aid that allocates per buffer).
app_jvm=(-Xmx"$heap" -XX:MaxGCPauseMillis=${BENCH_GC_PAUSE:-20} -Dio.netty.leakDetection.level=disabled)
http_port=8091; bolt_port=7698; peer_port=4001

[ -f target/ecograph.jar ] || mvn -q package -DskipTests
[ -f "$dir/classpath.txt" ] || mvn -q dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=runtime

if [ ! -d "$store" ]; then
  [ -d "$eco" ] || java bench/Generate.java "$entities" "$eco"
  echo "Loading $eco into $store"
  /usr/bin/time -f "load: %e s wall, %M KB max RSS" java -Xmx"$heap" -jar target/ecograph.jar load \
    --ecograph.neo4j.home="$store" --ecograph.neo4j.page-cache="$cache" --ecograph.neo4j.transaction-timeout=3h \
    cypher/schema "$eco" 2>&1 | grep -E "applied|Loaded|REFUSED|load:" | cut -c1-220
fi

start=$(date +%s.%N)
cp -f target/ecograph.jar "$dir/ecograph-app.jar"   # a rebuild during the run must not pull the jar from under it
java "${app_jvm[@]}" -jar "$dir/ecograph-app.jar" --ecograph.neo4j.home="$store" --ecograph.neo4j.page-cache="$cache" \
  --server.port=$http_port --ecograph.neo4j.bolt-port=$bolt_port --ecograph.neo4j.bolt-auth=false \
  > "$dir/app-$entities.log" 2>&1 &
app=$!
peer=""
trap 'kill $app ${peer:-} 2>/dev/null || true' EXIT
until curl -s "localhost:$http_port/actuator/health" | grep -q UP; do sleep 0.5; done
ready=$(date +%s.%N)
# Analysis is ready when the first projection is in (the log says so); the catalog answers before.
until grep -q "Analysis projection of graph version .* built" "$dir/app-$entities.log"; do sleep 0.5; done
analysed=$(date +%s.%N)
until grep -q "Ranking of graph version" "$dir/app-$entities.log"; do sleep 0.5; done
printf 'start to HTTP ready: %.1f s; to analysis ready: %.1f s\n' "$(echo "$ready - $start" | bc)" "$(echo "$analysed - $start" | bc)"
grep -E "projection of graph version .* built|Ranking of graph version" "$dir/app-$entities.log" | sed 's/.*: //'
echo "RSS after start: $(( $(ps -o rss= -p $app) / 1024 )) MB"

peer_args=()
if [ -d bench/peer/node_modules ]; then
  (cd bench/peer && NEO4J_URI="bolt://localhost:$bolt_port" PORT=$peer_port exec node server.js > "$dir/peer-$entities.log" 2>&1) &
  peer=$!
  until grep -q "peer ready" "$dir/peer-$entities.log" 2>/dev/null; do sleep 0.5; done
  peer_args=(--peer "http://localhost:$peer_port/")
fi

java -cp "$(cat "$dir/classpath.txt")" bench/Bench.java --http "http://localhost:$http_port/graphql" \
  --bolt "bolt://localhost:$bolt_port" --requests "$requests" --clients "$clients" --app-pid "$app" "${peer_args[@]}" 2>&1 \
  | grep -v -E "SystemLogger|^INFO:"
echo "RSS after the run: $(( $(ps -o rss= -p $app) / 1024 )) MB"
