#!/usr/bin/env bash
# Times warm steward mutations one at a time: a copy of a stopped store gets a steward token, the app starts on it,
# WARM pairs of `upsertClaim` are sent and not counted, then COUNT pairs (a FUNDS claim created, then its amount
# corrected: the two mutations of the mixed benchmark), each with curl, one after the other. Prints the median, p95,
# p99 and max of the mutations' times, how many took over 250 ms, and the CPU the application's JVM used per mutation
# (from /proc); the application's log is left in LOG (default /tmp/warm-mutations-app.log).
#   bench/warm-mutations.sh /tmp/ecograph-start/store           # the store of `bench/start.sh fresh`, stopped
#   WARM=100 COUNT=300 JAR=/tmp/other.jar bench/warm-mutations.sh STORE
#   APP_ARGS="--ecograph.neo4j.in-process=false" bench/warm-mutations.sh STORE   (more arguments for the application)
#   FROM=company:e5000 TO=company:e21676 SOURCE=source:synthetic KIND=SUPPLIES WARM=1500 \
#     bench/warm-mutations.sh /tmp/ecograph-bench/store-100000     # a generated store: its ids, a hub as TO
# READ='{ influencePaths(...) { hops } }' also sends that query after each timed pair, as of the version the pair's
# correction made (the header Ecograph-Min-Version), and prints its times apart: what the first analysis request on
# each new version costs (a cache per version, such as the step weights, would be computed there).
# Also prints the CPU of each kind of the JVM's threads per mutation (from /proc/PID/task), so that what a mutation
# costs beside its request (the projection's update, the standing questions, the JIT) is seen.
# The store given is copied, never changed. Outside mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
source_store=${1:?a stopped store directory}
jar=${JAR:-target/ecograph.jar}; port=${PORT:-8094}; warm=${WARM:-100}; count=${COUNT:-300}
from=${FROM:-company:softbank}; to=${TO:-company:nvidia}; source=${SOURCE:-source:c9490bf9877dc2fc}; kind=${KIND:-FUNDS}
source bench/steward-app.sh
# shellcheck disable=SC2086 # APP_ARGS are words
steward_app warm-mutations "$source_store" ${APP_ARGS:-}
until grep -q "rehearsed" "$dir/app.log"; do sleep 0.2; done
# one document, the input a variable, as a client sends it (the document is then parsed once)
send() {
  curl -s -o "$dir/answer" -w '%{time_total}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "localhost:$port/graphql" -d "{\"query\":\"mutation M(\$input: UpsertClaimInput!) { upsertClaim(input: \$input) { userErrors { message } } }\", \"variables\": {\"input\": $1}}"
  grep -q '"userErrors":\[\]' "$dir/answer" || { echo "refused: $(cat "$dir/answer")" >&2; exit 1; }
}
pair() {
  local id="claim:warm-mutation-$$-$1"
  send "{\"id\": \"$id\", \"kind\": \"$kind\", \"from\": \"$from\", \"to\": \"$to\", \"status\": \"REPORTED\", \"sources\": [\"$source\"], \"amountUsd\": 1000000}"
  send "{\"id\": \"$id\", \"amountUsd\": 2000000}"
}
# the query READ, as of the version of the last answer; its time to "$dir/reads"
read_after() {
  local version
  version=$(grep -o '"graphVersion":[0-9]*' "$dir/answer" | cut -d: -f2)
  local query
  query=$(printf '%s' "$READ" | sed 's/\\/\\\\/g; s/"/\\"/g')
  curl -s -o "$dir/read" -w '%{time_total}\n' -H "Ecograph-Min-Version: $version" -H 'Content-Type: application/json' \
    "localhost:$port/graphql" -d "{\"query\": \"$query\"}" >> "$dir/reads"
  grep -q '"errors"' "$dir/read" && { echo "the read failed: $(cat "$dir/read")" >&2; exit 1; }
  return 0
}
for i in $(seq 1 "$warm"); do pair "w$i" > /dev/null; [ -z "${READ:-}" ] || read_after; done
: > "$dir/reads"
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
threads() {
  for t in /proc/$app/task/*; do echo "${t##*/} $(cut -d' ' -f14,15 "$t/stat" 2>/dev/null) $(tr ' ' _ < "$t/comm")"; done
}
threads > "$dir/threads.before"; before=$(ticks); started=$(date +%s.%N)
for i in $(seq 1 "$count"); do pair "m$i"; [ -z "${READ:-}" ] || read_after; done > "$dir/times"
after=$(ticks); ended=$(date +%s.%N); threads > "$dir/threads.after"
sort -n "$dir/times" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v wall="$(echo "$ended - $started" | bc)" '
  { t[NR] = $1 } END {
    printf "%d mutations in %.1f s: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; over 250 ms: %d; the JVM used %.1f ms of CPU per mutation\n",
      NR, wall, 1000 * t[int(NR / 2) + 1], 1000 * t[int(NR * 0.95)], 1000 * t[int(NR * 0.99)], 1000 * t[NR], slow, 1000 * ticks / hz / NR }
  $1 > 0.25 { slow++ }'
if [ -n "${READ:-}" ]; then
  sort -n "$dir/reads" | awk '{ t[NR] = $1 } END {
    printf "%d reads, each after a pair, as of its version: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      NR, 1000 * t[int(NR / 2) + 1], 1000 * t[int(NR * 0.95)], 1000 * t[int(NR * 0.99)], 1000 * t[NR] }'
fi
# each thread's CPU (by thread id), summed by its name less a trailing number (its pool); ended threads left out
awk -v hz="$(getconf CLK_TCK)" -v n=$((2 * count)) '
  { key = $4; sub(/[-#]?[0-9]+$/, "", key); ticks = $2 + $3 }
  FNR == NR { was[$1] = ticks; next }
  { used[key] += ticks - was[$1] }
  END { for (k in used) if (used[k] > 0)
          printf "  %-24s %6.2f ms of CPU per mutation\n", k, 1000 * used[k] / hz / n }' \
  "$dir/threads.before" "$dir/threads.after" | sort -k2 -nr | head -10
cp "$dir/app.log" "${LOG:-/tmp/warm-mutations-app.log}"
