# Sourced by the steward benchmarks (bench/first-mutation.sh, bench/warm-mutations.sh): `steward_app NAME STORE` copies
# the stopped STORE into a new directory ($dir, removed on exit), creates a steward token there ($token), starts
# $jar on it at $port ($app, stopped on exit, its log in $dir/app.log) and returns once it is ready.
steward_app() {
  local name=$1 source_store=$2
  dir=$(mktemp -d "/tmp/ecograph-$name.XXXXXX")
  trap 'kill "${app:-0}" 2>/dev/null || true; wait "${app:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT
  cp -r "$source_store" "$dir/store"
  token=$(java -jar "$jar" token create --role steward --name "$name-$$" --ecograph.neo4j.home="$dir/store" \
    2>/dev/null | grep -o 'eg_[A-Za-z0-9_-]*' | head -1)
  java -jar "$jar" --ecograph.neo4j.home="$dir/store" --server.port="$port" --ecograph.neo4j.bolt-port=0 \
    > "$dir/app.log" 2>&1 &
  app=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ]; do
    kill -0 "$app" 2>/dev/null || { echo "the application exited:"; tail -20 "$dir/app.log"; exit 1; }
    sleep 0.2
  done
}
