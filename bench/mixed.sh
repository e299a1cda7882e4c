#!/usr/bin/env bash
# Issue 15's mixed run on a fresh copy of a stopped store, so that runs compare (each run's writes stay in the store
# it ran on, and a grown hub slows the reads of the next run): a copy of STORE gets a steward token, the app starts on
# it with the expensive operations bounded to the cores, and once it has rehearsed its writes bench/Bench.java runs
# 16 readers of entity, nameContains, relations, subgraph and ranking for SECONDS (default 600) without writes, then
# as long with WRITERS writers (default 1) aiming at 1 request in 10, and checks that every acknowledged write reads
# back; it also prints the application's CPU per request in each phase, in all and by group of threads. With
# AFTER_SECONDS, the readers then run as long again alone on the graph the writes grew (the writers write at the
# entities the readers ask about, so that tells the graph's growth from the writes' interference). With WARM_SECONDS,
# readers and writers first run together that long, not compared: the JIT compiles the write path before the reads
# alone are timed, as in a server that has taken writes before. The copy is removed at the end; the application's log
# is printed on failure.
#   bench/mixed.sh /tmp/ecograph-bench/store-100000
#   JAR=/tmp/other.jar SECONDS_EACH=120 WRITERS=4 bench/mixed.sh STORE     (WRITERS: writer clients, default 1)
#   APP_ARGS="--ecograph.neo4j.in-process=false" bench/mixed.sh STORE        (more arguments for the application)
#   AFTER_SECONDS=120 bench/mixed.sh STORE                                    (reads alone again after the writes)
#   WARM_SECONDS=180 bench/mixed.sh STORE                                     (reads and writes to warm, first)
# Needs target/cds/classpath.txt (written by mvn package). Outside mvn verify; never beside another benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source_store=${1:?a stopped store directory}
jar=${JAR:-target/ecograph.jar}; port=${PORT:-8091}; bolt_port=${BOLT_PORT:-7698}; seconds=${SECONDS_EACH:-600}
jvm_opts="-Xmx12g -XX:MaxGCPauseMillis=20"
source bench/steward-app.sh
# shellcheck disable=SC2086 # APP_ARGS are words
steward_app mixed "$source_store" --ecograph.neo4j.page-cache=4g --ecograph.neo4j.bolt-auth=false \
  --ecograph.api.request.max-concurrent-expensive=2 --ecograph.api.request.max-concurrent-expensive-per-client=16 \
  --ecograph.api.request.busy-wait=30s ${APP_ARGS:-}
until grep -q "rehearsed" "$dir/app.log"; do sleep 0.5; done
java -cp "$(cat target/cds/classpath.txt)" bench/Bench.java --http "http://localhost:$port/graphql" \
  --bolt "bolt://localhost:$bolt_port" --clients 16 --mixed "$seconds" --token "$token" --writers "${WRITERS:-1}" \
  --write-ratio 0.1 --mixed-after "${AFTER_SECONDS:-0}" --mixed-warm "${WARM_SECONDS:-0}" --app-pid "$app" \
  --only entity,nameContains,relations,subgraph,ranking 2>&1 | grep -v -E "SystemLogger|^INFO:"
