# Sourced by the steward benchmarks (bench/first-mutation.sh, bench/warm-mutations.sh, bench/mixed.sh):
# `steward_app NAME STORE [ARG...]` copies the stopped STORE into a new directory ($dir, removed on exit), creates a
# steward token there ($token), starts $jar on it at $port with the JVM options $jvm_opts (none by default), Bolt at
# $bolt_port (default 0: a free port) and the application arguments ARG... ($app, stopped on exit, its log in
# $dir/app.log), and returns once it is ready.
steward_app() {
  local name=$1 source_store=$2
  shift 2
  dir=$(mktemp -d "/tmp/ecograph-$name.XXXXXX")
  trap 'kill "${app:-0}" 2>/dev/null || true; wait "${app:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT
  cp -r "$source_store" "$dir/store"
  token=$(java -jar "$jar" token create --role steward --name "$name-$$" --ecograph.neo4j.home="$dir/store" \
    2>/dev/null | grep -o 'eg_[A-Za-z0-9_-]*' | head -1)
  # shellcheck disable=SC2086 # the JVM options are words
  java ${jvm_opts:-} -jar "$jar" --ecograph.neo4j.home="$dir/store" --server.port="$port" \
    --ecograph.neo4j.bolt-port="${bolt_port:-0}" "$@" > "$dir/app.log" 2>&1 &
  app=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health/readiness")" = 200 ]; do
    kill -0 "$app" 2>/dev/null || { echo "the application exited:"; tail -20 "$dir/app.log"; exit 1; }
    sleep 0.2
  done
}
