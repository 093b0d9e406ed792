# Shared by bench/run, bench/load and bench/synthetic: a throwaway PostGIS with geodata/ (or
# $BENCH_GEODATA) imported, and two fresh API processes on loopback port 0 (the port each got is read
# from its log): $api_url with the response cache on (as served), $api_cold_url with it off (every
# answer built from PostGIS: the "cold" figures). Sets $cs, $api_url, $api_pid, $api_cold_url; cleans up on exit.
source scripts/lib/postgis.sh

bench_start() {
  ensure_postgis
  npm_ci src/PartyAtlas.Api/viewer
  bench_dir=$(mktemp -d /tmp/partyatlas-bench-pg.XXXXXX)
  chmod 755 "$bench_dir"
  local port
  port=$(free_port 55600)
  bench_pids=
  trap 'bench_stop' EXIT
  bench_port=$port
  start_cluster "$bench_dir/data" "$port"
  psql_admin "$port" -d postgres -c "CREATE DATABASE bench" >/dev/null
  cs="Host=127.0.0.1;Port=$port;Username=postgres;Database=bench"

  dotnet build src/PartyAtlas.Api -c Release -v quiet -nologo >/dev/null
  dotnet build src/PartyAtlas.Cli -c Release -v quiet -nologo >/dev/null
  ConnectionStrings__PartyAtlas=$cs dotnet src/PartyAtlas.Cli/bin/Release/net10.0/PartyAtlas.Cli.dll migrate >/dev/null
  echo "Importing ${BENCH_GEODATA:-geodata} ..." >&2
  local started=$SECONDS
  ConnectionStrings__PartyAtlas=$cs dotnet src/PartyAtlas.Cli/bin/Release/net10.0/PartyAtlas.Cli.dll import "${BENCH_GEODATA:-geodata}" >"$bench_dir/import.log" \
    || { cat "$bench_dir/import.log" >&2; exit 1; }
  echo "Imported in $((SECONDS - started)) s" >&2
  start_api "${BENCH_CACHE_MB:-128}"; api_url=$started_url; api_pid=$started_pid
  start_api 0; api_cold_url=$started_url; api_cold_pid=$started_pid
}

# Starts an API process with the given response cache size (0: off); sets $started_url and $started_pid.
start_api() {
  local log="$bench_dir/api-$1.log"
  # Rate limits off: the benchmarks measure the service, not the limiter. Request logs off: the console is not the subject either.
  # Kestrel binds port 0 and logs "Now listening on: http://127.0.0.1:NNNNN" (Microsoft.Hosting.Lifetime, kept at Information).
  env ConnectionStrings__PartyAtlas="$cs" Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    PartyAtlas__RateLimits__Enabled=false PartyAtlas__ResponseCacheMegabytes="$1" ${BENCH_API_ENV:-} \
    dotnet src/PartyAtlas.Api/bin/Release/net10.0/PartyAtlas.Api.dll --urls "http://127.0.0.1:0" >"$log" 2>&1 &
  started_pid=$!
  bench_pids="${bench_pids:-} $started_pid"
  started_url=
  for _ in $(seq 1 150); do
    started_url=$(sed -n 's|.*Now listening on: \(http://[^[:space:]"]*\).*|\1|p' "$log" | head -n 1)
    [ -n "$started_url" ] && break
    sleep 0.2
  done
  [ -n "$started_url" ] || { echo "The API reported no listening address:" >&2; cat "$log" >&2; exit 1; }
  for _ in $(seq 1 150); do curl -sf "$started_url/health/ready" >/dev/null && break; sleep 0.2; done
  # Warm the connection pool and JIT on a route the measurements do not use.
  curl -sf "$started_url/dialogues" >/dev/null
}

bench_stop() {
  for pid in ${bench_pids:-}; do kill "$pid" 2>/dev/null || true; done
  bench_pids=
  stop_cluster "$bench_dir/data"
  rm -rf "$bench_dir"
}
