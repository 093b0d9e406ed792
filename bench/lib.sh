# Shared by bench/run and bench/load: a throwaway PostGIS with geodata/ imported, and a fresh API
# process on loopback port 0 (the port it got is read from its log). Sets $cs, $api_url and $api_pid; cleans up on exit.
source scripts/lib/postgis.sh

bench_start() {
  ensure_postgis
  npm_ci src/PartyAtlas.Api/viewer
  bench_dir=$(mktemp -d /tmp/partyatlas-bench-pg.XXXXXX)
  chmod 755 "$bench_dir"
  local port
  port=$(free_port 55600)
  api_pid=
  trap 'bench_stop' EXIT
  start_cluster "$bench_dir/data" "$port"
  psql_admin "$port" -d postgres -c "CREATE DATABASE bench" >/dev/null
  cs="Host=127.0.0.1;Port=$port;Username=postgres;Database=bench"

  dotnet build src/PartyAtlas.Api -c Release -v quiet -nologo >/dev/null
  dotnet build src/PartyAtlas.Cli -c Release -v quiet -nologo >/dev/null
  ConnectionStrings__PartyAtlas=$cs dotnet src/PartyAtlas.Cli/bin/Release/net10.0/PartyAtlas.Cli.dll migrate >/dev/null
  ConnectionStrings__PartyAtlas=$cs dotnet src/PartyAtlas.Cli/bin/Release/net10.0/PartyAtlas.Cli.dll import geodata >/dev/null
  # Rate limits off: the benchmarks measure the service, not the limiter. Request logs off: the console is not the subject either.
  # Kestrel binds port 0 and logs "Now listening on: http://127.0.0.1:NNNNN" (Microsoft.Hosting.Lifetime, kept at Information).
  env ConnectionStrings__PartyAtlas="$cs" Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    PartyAtlas__RateLimits__Enabled=false \
    dotnet src/PartyAtlas.Api/bin/Release/net10.0/PartyAtlas.Api.dll --urls "http://127.0.0.1:0" >"$bench_dir/api.log" 2>&1 &
  api_pid=$!
  api_url=
  for _ in $(seq 1 150); do
    api_url=$(sed -n 's|.*Now listening on: \(http://[^[:space:]"]*\).*|\1|p' "$bench_dir/api.log" | head -n 1)
    [ -n "$api_url" ] && break
    sleep 0.2
  done
  [ -n "$api_url" ] || { echo "The API reported no listening address:" >&2; cat "$bench_dir/api.log" >&2; exit 1; }
  for _ in $(seq 1 150); do curl -sf "$api_url/health/ready" >/dev/null && break; sleep 0.2; done
  # Warm the connection pool and JIT on a route the measurements do not use.
  curl -sf "$api_url/dialogues" >/dev/null
}

bench_stop() {
  [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null || true
  stop_cluster "$bench_dir/data"
  rm -rf "$bench_dir"
}
