# Shared by scripts/run and scripts/test: install PostGIS (and GDAL and Chromium for the tests) and the
# viewer's npm packages when missing, and start or
# stop a private PostgreSQL cluster listening on 127.0.0.1 only.
PG_BIN=/usr/lib/postgresql/15/bin

ensure_postgis() {
  if [ -x "$PG_BIN/postgres" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostGIS is missing. Install it (Debian 12): sudo apt-get install -y postgresql-15-postgis-3" >&2
    exit 1
  fi
  _apt_install postgresql-15-postgis-3
}

_apt_updated=
_apt_install() {
  echo "Installing $* with apt…" >&2
  [ -n "$_apt_updated" ] || { apt-get update -qq; _apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# GDAL's ogrinfo is a real OGC API – Features and MVT client the tests drive.
ensure_gdal() {
  command -v ogrinfo >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "GDAL is missing (the tests use ogrinfo). Install it (Debian 12): sudo apt-get install -y gdal-bin" >&2
    exit 1
  fi
  _apt_install gdal-bin
}

# Debian's chromium drives the viewer test (no browser download from npm).
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing (the viewer test uses it). Install it (Debian 12): sudo apt-get install -y chromium" >&2
    exit 1
  fi
  _apt_install chromium
}

# npm ci in a folder when its node_modules is missing or older than its lock file.
npm_ci() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) && touch "$dir/node_modules"
  fi
}

# Runs a PostgreSQL binary as the cluster's owner: postgres refuses to run as root.
_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_cluster DIR PORT [extra server options]
start_cluster() {
  local dir=$1 port=$2 extra=${3:-}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    chmod 700 "$dir"
    # The postgres user must be able to reach the folder: open the search (x) bit
    # of any ancestor that lacks it, and say so.
    local d=$dir
    while d=$(dirname "$d"); [ "$d" != / ]; do
      if ! runuser -u postgres -- test -x "$d"; then
        echo "note: chmod o+x $d so the postgres user can reach $dir" >&2
        chmod o+x "$d"
      fi
    done
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    _pg "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  # No Unix socket: long paths break it, and TCP on loopback is all we need.
  _pg "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' $extra" start >/dev/null
}

stop_cluster() {
  local dir=$1
  if [ -f "$dir/postmaster.pid" ]; then
    _pg "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# free_port FROM: the first loopback TCP port at or above FROM that nobody listens on.
free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

psql_admin() {
  local port=$1; shift
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}
