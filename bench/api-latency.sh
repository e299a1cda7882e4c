#!/usr/bin/env bash
# Latency of the analyst's questions against a running Ecograph (default http://localhost:8080/graphql).
# Usage: src/test/bench/api-latency.sh [endpoint] [runs]
# Prints, per query: the median and the slowest of <runs> timed requests, after 3 warm-up requests.
set -euo pipefail
endpoint=${1:-http://localhost:8080/graphql}
runs=${2:-20}

declare -A queries=(
  [entity]='{ entity(id: "company:nvidia") { id name relations(first: 20) { totalCount edges { node { kind to { id } } } } } }'
  [search_chinese]='{ search(text: "星际之门") { score entity { id } } }'
  [search_typo]='{ search(text: "Nvidai") { score entity { id } } }'
  [entities_50_nested]='{ entities(first: 50) { edges { node { id relations(first: 10) { edges { node { from { id } to { id } sources { id } } } } } } } }'
  [influence_paths]='{ influencePaths(from: "company:softbank", to: "company:vertiv", maxHops: 4, k: 5) { hops strength } }'
  [influence_paths_6_hops]='{ influencePaths(from: "company:softbank", to: "company:vertiv", maxHops: 6, k: 20) { hops strength } }'
  [exposure_upstream]='{ exposure(entity: "company:nvidia", direction: UPSTREAM, maxHops: 3) { counterpart { id } totalShare } }'
  [exposure_downstream]='{ exposure(entity: "program:stargate", direction: DOWNSTREAM, maxHops: 3) { counterpart { id } totalShare } }'
  [funding_summary]='{ fundingSummary(target: "program:stargate") { totalUsd sharesConsistent } }'
  [ranking]='{ ranking(first: 20) { score entity { id } } }'
  [subgraph_2_hops]='{ subgraph(ids: ["agency:us-doe"], hops: 2) { truncated nodes { id } edges { id } } }'
)

for name in $(printf '%s\n' "${!queries[@]}" | sort); do
  body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "${queries[$name]}")
  for _ in 1 2 3; do curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$endpoint"; done
  times=$(for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$endpoint"
  done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  slowest=$(echo "$times" | tail -1)
  printf '%-24s median %6.1f ms   slowest %6.1f ms\n' "$name" "$(echo "$median*1000" | bc)" "$(echo "$slowest*1000" | bc)"
done
