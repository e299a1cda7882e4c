#!/usr/bin/env bash
# Times warm steward mutations one at a time: a copy of a stopped store gets a steward token, the app starts on it,
# WARM pairs of `upsertClaim` are sent and not counted, then COUNT pairs (a FUNDS claim created, then its amount
# corrected: the two mutations of the mixed benchmark), each with curl, one after the other. Prints the median, p95,
# p99 and max of the mutations' times, how many took over 250 ms, and the CPU the application's JVM used per mutation
# (from /proc); the application's log is left in LOG (default /tmp/warm-mutations-app.log).
#   bench/warm-mutations.sh /tmp/ecograph-start/store           # the store of `bench/start.sh fresh`, stopped
#   WARM=100 COUNT=300 JAR=/tmp/other.jar bench/warm-mutations.sh STORE
# The store given is copied, never changed. Outside mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
source_store=${1:?a stopped store directory}
jar=${JAR:-target/ecograph.jar}; port=${PORT:-8094}; warm=${WARM:-100}; count=${COUNT:-300}
source bench/steward-app.sh
steward_app warm-mutations "$source_store"
until grep -q "rehearsed" "$dir/app.log"; do sleep 0.2; done
# one document, the input a variable, as a client sends it (the document is then parsed once)
send() {
  curl -s -o "$dir/answer" -w '%{time_total}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "localhost:$port/graphql" -d "{\"query\":\"mutation M(\$input: UpsertClaimInput!) { upsertClaim(input: \$input) { userErrors { message } } }\", \"variables\": {\"input\": $1}}"
  grep -q '"userErrors":\[\]' "$dir/answer" || { echo "refused: $(cat "$dir/answer")" >&2; exit 1; }
}
pair() {
  local id="claim:warm-mutation-$$-$1"
  send "{\"id\": \"$id\", \"kind\": \"FUNDS\", \"from\": \"company:softbank\", \"to\": \"company:nvidia\", \"status\": \"REPORTED\", \"sources\": [\"source:c9490bf9877dc2fc\"], \"amountUsd\": 1000000}"
  send "{\"id\": \"$id\", \"amountUsd\": 2000000}"
}
for i in $(seq 1 "$warm"); do pair "w$i" > /dev/null; done
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
before=$(ticks); started=$(date +%s.%N)
for i in $(seq 1 "$count"); do pair "m$i"; done > "$dir/times"
after=$(ticks); ended=$(date +%s.%N)
sort -n "$dir/times" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v wall="$(echo "$ended - $started" | bc)" '
  { t[NR] = $1 } END {
    printf "%d mutations in %.1f s: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; over 250 ms: %d; the JVM used %.1f ms of CPU per mutation\n",
      NR, wall, 1000 * t[int(NR / 2) + 1], 1000 * t[int(NR * 0.95)], 1000 * t[int(NR * 0.99)], 1000 * t[NR], slow, 1000 * ticks / hz / NR }
  $1 > 0.25 { slow++ }'
cp "$dir/app.log" "${LOG:-/tmp/warm-mutations-app.log}"
