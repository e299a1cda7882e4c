#!/usr/bin/env bash
# Times the README's first command, `mvn spring-boot:run`, from the prompt to /actuator/health/readiness answering
# 200 (the analysis ready), then stops it as Ctrl-C would (SIGTERM to its process group) and waits for the stop, which
# is when a run that records the class-data archive writes it (target/cds/app.jsa).
#
#   bench/spring-boot-run.sh            # a restart on ./data/neo4j
#   FRESH=1 bench/spring-boot-run.sh    # a first start: ./data is moved aside (to data.moved-<time>), never deleted
#   NOCDS=1 ...                         # removes target/cds/app.jsa first (the class-data archive is made again)
#
# Prints the time from the prompt and the application's own "Start-up timeline" (from its JVM's start); Maven's part
# is the difference. The store is the README's default, ./data/neo4j, which is also what the build looks at when it
# decides whether this run records the class-data archive (pom.xml, class-data-sharing). PORT (default 8095).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8095}
log=target/spring-boot-run.log
if [ "${FRESH:-0}" = 1 ] && [ -e data ]; then mv data "data.moved-$(date +%Y%m%dT%H%M%S)"; fi
if [ "${NOCDS:-0}" = 1 ]; then rm -f target/cds/app.jsa; fi
mkdir -p target
start=$(date +%s.%N)
setsid mvn -o -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port" > "$log" 2>&1 &
pid=$!
ready=0
for _ in $(seq 1 1800); do
  if curl -sf -o /dev/null "localhost:$port/actuator/health/readiness"; then ready=1; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 0.1
done
end=$(date +%s.%N)
if [ $ready = 1 ]; then
  printf 'mvn spring-boot:run to ready: %.1f s\n' "$(echo "$end - $start" | bc)"
else
  echo "not ready; see $log"
fi
grep "Start-up timeline: analysis" "$log" | sed 's/.*Start-up/Start-up/' || true
kill -TERM -- -$pid 2>/dev/null || true
wait $pid 2>/dev/null || true
[ $ready = 1 ]
