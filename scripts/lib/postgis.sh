# Shared by scripts/run and scripts/test: install PostGIS and a CJK font (and GDAL and Chromium for the tests) and the
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

# A CJK font for Chinese PNG figures (lang=zh), drawn with the server's fonts: WenQuanYi Micro Hei, 1.6 MB.
ensure_cjk_font() {
  # One of the families the figures ask for (Maps/FigureFonts.cs), not just any Chinese font.
  if command -v fc-list >/dev/null && fc-list : family 2>/dev/null | grep -qE 'Noto Sans CJK SC|Noto Sans SC|WenQuanYi Micro Hei'; then return 0; fi
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "No CJK font: Chinese PNG figures would show boxes. Install one (Debian 12): sudo apt-get install -y fonts-wqy-microhei" >&2
    return 0 # the service runs without it; the test of Chinese PNGs will fail and say why
  fi
  _apt_install fonts-wqy-microhei
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

# Debian's nginx: the caching load balancer of ./scripts/cluster and the scale tests.
ensure_nginx() {
  command -v nginx >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "nginx is missing (./scripts/cluster and the scale tests use it). Install it (Debian 12): sudo apt-get install -y nginx-light" >&2
    exit 1
  fi
  _apt_install nginx-light
  # Debian starts the packaged service on port 80; PartyAtlas runs its own instances only.
  if command -v service >/dev/null; then service nginx stop >/dev/null 2>&1 || true; fi
}

# start_replica DIR PORT PRIMARY_PORT: a streaming replica of the cluster on PRIMARY_PORT (pg_basebackup -R), started.
start_replica() {
  local dir=$1 port=$2 primary=$3
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    chmod 700 "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    _pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir" -R -X stream -c fast
  fi
  start_cluster "$dir" "$port"
}

# render_nginx TEMPLATE OUT LISTEN CACHE_DIR UPSTREAM...: the nginx template with its ${PA_…} values filled in.
render_nginx() {
  local template=$1 out=$2 listen=$3 cache=$4; shift 4
  local upstreams=""
  for u in "$@"; do upstreams+="server $u; "; done
  sed -e "s|\${PA_LISTEN}|$listen|g" -e "s|\${PA_CACHE_DIR}|$cache|g" -e "s|\${PA_UPSTREAMS}|$upstreams|g" "$template" > "$out"
}

# start_nginx DIR CONF_INCLUDE: nginx in the foreground of a background job, everything (pid, logs, temp) under DIR; sets $nginx_pid.
start_nginx() {
  local dir=$1 include=$2
  mkdir -p "$dir/logs" "$dir/temp" "$dir/cache"
  # Worker processes run as nobody when started by root: let them write the cache and temp files.
  [ "$(id -u)" -ne 0 ] || chown -R nobody: "$dir/temp" "$dir/cache"
  sed -e "s|\${PA_PREFIX}|$dir|g" -e "s|\${PA_INCLUDE}|$include|g" scripts/nginx/nginx.conf.template > "$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" &
  nginx_pid=$!
}
