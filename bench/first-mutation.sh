#!/usr/bin/env bash
# Times the first steward mutations after a restart: a copy of a stopped store gets a steward token, the app starts on
# it, and once the steward warm-up has logged its last line, six `upsertClaim` (a FUNDS claim with an amount, SoftBank
# to Nvidia of the seed) are sent one at a time; prints the warm-up's lines and each mutation's seconds (curl).
#   bench/first-mutation.sh /tmp/ecograph-start/store            # the store of `bench/start.sh fresh`, stopped
#   WAIT_FOR="planned ahead" bench/first-mutation.sh STORE       # send them after the validation warm-up only
#   WAIT_FOR=none bench/first-mutation.sh STORE                  # send them the moment the app is healthy
#   MUTATION=entity bench/first-mutation.sh STORE                # six `upsertEntity` instead: Nvidia's description
#                                                                # corrected (a change of one entity, no claim)
# JAR=/path/to/other.jar times another build. The store given is copied, never changed. Outside mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
source_store=${1:?a stopped store directory}
jar=${JAR:-target/ecograph.jar}; wait_for=${WAIT_FOR:-rehearsed}; port=${PORT:-8094}; mutation=${MUTATION:-claim}
case "$mutation" in claim|entity) ;; *) echo "MUTATION is claim or entity, not $mutation" >&2; exit 2 ;; esac
source bench/steward-app.sh
steward_app first-mutation "$source_store"
if [ "$wait_for" != none ]; then
  until grep -q "$wait_for" "$dir/app.log"; do sleep 0.2; done
fi
grep -o 'Validation of steward mutations planned ahead.*\|Steward mutations rehearsed.*' "$dir/app.log" || true
for i in 1 2 3 4 5 6; do
  if [ "$mutation" = entity ]; then
    body="{\"query\":\"mutation { upsertEntity(input: {id: \\\"company:nvidia\\\", description: \\\"first mutation $$ $i\\\"}) { userErrors { message } } }\"}"
  else
    body="{\"query\":\"mutation { upsertClaim(input: {id: \\\"claim:first-mutation-$$-$i\\\", kind: FUNDS, from: \\\"company:softbank\\\", to: \\\"company:nvidia\\\", status: REPORTED, sources: [\\\"source:c9490bf9877dc2fc\\\"], amountUsd: 1000000}) { userErrors { message } } }\"}"
  fi
  curl -s -o "$dir/answer" -w '%{time_total} ' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "localhost:$port/graphql" -d "$body"
  grep -q '"userErrors":\[\]' "$dir/answer" || { echo "refused: $(cat "$dir/answer")" >&2; exit 1; }
done
echo
