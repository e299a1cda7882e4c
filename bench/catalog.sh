#!/usr/bin/env bash
# The catalog questions of issue 15 (entity, nameContains, relations, subgraph, each asked with ids only and with
# names) on a fresh copy of a stopped store: Ecograph over HTTP, raw Cypher over Bolt and, when bench/peer has its
# node_modules (`cd bench/peer && npm install`), the peer (@neo4j/graphql), all over the same embedded database.
# The app starts with bench/run.sh's JVM flags and page cache; a pass of WARMUP_REQUESTS (100) per operation runs
# first, unreported; the copy is removed at the end. Prints the entity listing's log line and the RSS at the end.
#   bench/catalog.sh /tmp/ecograph-bench/store-100000
#   JAR=/tmp/other.jar REQUESTS=400 CLIENTS=4 ONLY=subgraph,subgraphNames bench/catalog.sh STORE
#   BEARER=1 ONLY=entity,entityIds bench/catalog.sh STORE    (Ecograph's requests with a steward's bearer token)
#   JVM_OPTS="-XX:CompileThresholdScaling=0.25" bench/catalog.sh STORE   (more JVM options for the application)
# Needs target/cds/classpath.txt (written by mvn package). Outside mvn verify; never beside another benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source_store=${1:?a stopped store directory}
jar=${JAR:-target/ecograph.jar}; port=${PORT:-8091}; bolt_port=${BOLT_PORT:-7698}; peer_port=${PEER_PORT:-4001}
only=${ONLY:-entity,entityIds,nameContains,nameContainsIds,relations,relationsNames,subgraph,subgraphNames}
jvm_opts="-Xmx${BENCH_HEAP:-12g} -XX:MaxGCPauseMillis=20 -Dio.netty.leakDetection.level=disabled ${JVM_OPTS:-}"
source bench/steward-app.sh
steward_app catalog "$source_store" --ecograph.neo4j.page-cache="${BENCH_PAGE_CACHE:-4g}" \
  --ecograph.neo4j.bolt-auth=false
until grep -q "Analysis projection of graph version .* built" "$dir/app.log"; do sleep 0.5; done
# The entity listing (entities(nameContains) from memory) is read after a snapshot read back from its file: wait for
# it, up to LISTING_WAIT seconds (120; 0 for a jar from before it, which never logs it).
for _ in $(seq $(( ${LISTING_WAIT:-120} * 2 ))); do
  grep -q -E "Entity listing of graph version .* made|entity listing in" "$dir/app.log" && break
  sleep 0.5
done
# The steward warm-up plans and rehearses a mutation's statements in the background after the start (several seconds
# of both cores): wait for it, up to 120 s, so that it does not run inside the timed pass.
for _ in $(seq 240); do
  grep -q -E "Steward mutations (not )?rehearsed" "$dir/app.log" && break
  sleep 0.5
done
peer_args=()
if [ -d bench/peer/node_modules ]; then
  (cd bench/peer && NEO4J_URI="bolt://localhost:$bolt_port" PORT=$peer_port exec node server.js \
    > "$dir/peer.log" 2>&1) &
  peer=$!
  trap 'kill "${peer:-0}" "${app:-0}" 2>/dev/null || true; wait "${app:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT
  until grep -q "peer ready" "$dir/peer.log" 2>/dev/null; do sleep 0.5; done
  peer_args=(--peer "http://localhost:$peer_port/")
fi
bench() {
  java -cp "$(cat target/cds/classpath.txt)" bench/Bench.java --http "http://localhost:$port/graphql" \
    --bolt "bolt://localhost:$bolt_port" --only "$only" "${peer_args[@]}" "$@" 2>&1 | grep -v -E "SystemLogger|^INFO:"
}
bearer_args=()
if [ "${BEARER:-0}" = 1 ]; then bearer_args=(--bearer "$token"); fi
# A warm-up pass, not reported: the first requests after a start plan the queries and compile the code.
bench --requests "${WARMUP_REQUESTS:-100}" --clients "${CLIENTS:-4}" "${bearer_args[@]}" > /dev/null
bench --requests "${REQUESTS:-200}" --clients "${CLIENTS:-4}" --app-pid "$app" "${bearer_args[@]}"
listing_line="Entity listing of graph version .*|entity listing in [0-9]+ ms, [0-9]+ MB"
grep -h -o -E "$listing_line" "$dir/app.log" | head -2 || true
echo "RSS after the run: $(( $(ps -o rss= -p "$app") / 1024 )) MB"
